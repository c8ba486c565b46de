package fr.mutualis.api.reuse;

import static fr.mutualis.api.opendata.OpenDataColumn.text;

import fr.mutualis.api.opendata.OpenDataset;
import fr.mutualis.api.opendata.SqlDataset;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/** The directory of reuse and refurbishment partners in the open data (never their webhook or client id). */
@Configuration(proxyBeanMethods = false)
class PartnerOpenData {

    private static final String PARTNERS = """
            SELECT p.id::text AS partenaire_id, p.name AS nom, p.siret AS siret, p.kind AS type,
                   array_to_string(p.services, '|') AS services, array_to_string(p.categories, '|') AS categories,
                   array_to_string(p.departments, '|') AS departements, array_to_string(p.labels, '|') AS labels,
                   p.website AS site_web
            FROM partner p ORDER BY p.name, p.id""";

    @Bean
    OpenDataset partnersDataset(DatabaseClient database) {
        return new SqlDataset("partenaires", "Structures de réemploi et de reconditionnement partenaires.", List.of(
                text("partenaire_id", "Identifiant du partenaire"),
                text("nom", "Nom"),
                text("siret", "SIRET (14 chiffres)"),
                text("type", "ASSOCIATION, SOCIAL_ECONOMY_COMPANY, SOCIAL_ENTERPRISE ou COMPANY"),
                text("services", "Services (collecte, effacement, reconditionnement…), séparés par |"),
                text("categories", "Catégories d'équipements acceptées, séparées par |"),
                text("departements", "Départements desservis (codes INSEE), séparés par |"),
                text("labels", "Labels, séparés par |"),
                text("site_web", "Site web")), PARTNERS, database);
    }
}
