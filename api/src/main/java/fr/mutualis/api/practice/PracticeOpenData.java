package fr.mutualis.api.practice;

import static fr.mutualis.api.opendata.OpenDataColumn.dateTime;
import static fr.mutualis.api.opendata.OpenDataColumn.text;

import fr.mutualis.api.opendata.OpenDataset;
import fr.mutualis.api.opendata.SqlDataset;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/** Published PUBLIC best practices in the open data, without their author's name. */
@Configuration(proxyBeanMethods = false)
class PracticeOpenData {

    private static final String PRACTICES = """
            SELECT p.id::text AS pratique_id, au.slug AS collectivite, p.title AS titre, p.summary AS resume,
                   p.body AS texte_markdown, p.theme AS theme, array_to_string(p.tags, '|') AS mots_cles,
                   p.effort AS effort, p.cost AS cout, p.impact AS impact,
                   array_to_string(p.indicators, '|') AS indicateurs, p.published_at AS publiee_le
            FROM practice p JOIN authority au ON au.id = p.tenant_id
            WHERE p.status = 'PUBLISHED' AND p.visibility = 'PUBLIC'
            ORDER BY p.published_at, p.id""";

    @Bean
    OpenDataset practicesDataset(DatabaseClient database) {
        return new SqlDataset("bonnes-pratiques", "Bonnes pratiques publiées en accès public par les collectivités.",
                List.of(text("pratique_id", "Identifiant de la bonne pratique"),
                        text("collectivite", "Collectivité autrice (voir collectivites.csv)"),
                        text("titre", "Titre"),
                        text("resume", "Résumé"),
                        text("texte_markdown", "Texte complet, au format Markdown"),
                        text("theme", "Thème (STRATEGY_GOVERNANCE, PROCUREMENT, END_OF_LIFE…)"),
                        text("mots_cles", "Mots-clés, séparés par |"),
                        text("effort", "Effort de mise en œuvre : LOW, MEDIUM ou HIGH"),
                        text("cout", "Coût : LOW, MEDIUM ou HIGH"),
                        text("impact", "Impact attendu : LOW, MEDIUM ou HIGH"),
                        text("indicateurs", "Codes des indicateurs liés, séparés par |"),
                        dateTime("publiee_le", "Date de publication")), PRACTICES, database);
    }
}
