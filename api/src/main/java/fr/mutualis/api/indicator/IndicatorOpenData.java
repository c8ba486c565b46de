package fr.mutualis.api.indicator;

import static fr.mutualis.api.opendata.OpenDataColumn.integer;
import static fr.mutualis.api.opendata.OpenDataColumn.number;
import static fr.mutualis.api.opendata.OpenDataColumn.text;

import fr.mutualis.api.opendata.OpenDataset;
import fr.mutualis.api.opendata.SqlDataset;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Peer statistics in the open data: for each shared indicator and year, over all authorities and per kind, the
 * distribution of normalised values through {@code indicator_statistics} (confidential values never count; a group
 * of fewer than 3 values is left out). Never an authority's own value.
 */
@Configuration(proxyBeanMethods = false)
class IndicatorOpenData {

    private static final String STATISTICS = """
            SELECT g.code AS indicateur, g.year AS annee, coalesce(g.kind, 'TOUTES') AS type_collectivite,
                   s.count::integer AS nombre, s.min AS minimum, s.p25 AS premier_quartile, s.median AS mediane,
                   s.p75 AS troisieme_quartile, s.max AS maximum, s.mean AS moyenne
            FROM (SELECT m.indicator_code AS code, m.year, a.kind
                  FROM measurement m JOIN authority a ON a.id = m.tenant_id
                  JOIN indicator i ON i.code = m.indicator_code
                  GROUP BY GROUPING SETS ((m.indicator_code, m.year, a.kind), (m.indicator_code, m.year))) g
            CROSS JOIN LATERAL indicator_statistics(g.code, g.year, g.kind, NULL) s
            WHERE s.count >= 3
            ORDER BY g.code, g.year, g.kind NULLS FIRST""";

    @Bean
    OpenDataset indicatorStatisticsDataset(DatabaseClient database) {
        return new SqlDataset("statistiques-indicateurs",
                "Distribution des valeurs des indicateurs partagés, par année, pour toutes les collectivités et par "
                        + "type ; valeurs normalisées (par agent ou pour 1 000 habitants selon l'indicateur), groupes "
                        + "d'au moins 3 collectivités, sans aucune valeur confidentielle.",
                List.of(text("indicateur", "Code de l'indicateur (catalogue Mutualis)"),
                        integer("annee", "Année de mesure"),
                        text("type_collectivite", "REGION, DEPARTEMENT, EPCI, COMMUNE, SYNDICAT ou TOUTES"),
                        integer("nombre", "Nombre de collectivités dont la valeur compte"),
                        number("minimum", "Valeur minimale"),
                        number("premier_quartile", "Premier quartile"),
                        number("mediane", "Médiane"),
                        number("troisieme_quartile", "Troisième quartile"),
                        number("maximum", "Valeur maximale"),
                        number("moyenne", "Moyenne")), STATISTICS, database);
    }
}
