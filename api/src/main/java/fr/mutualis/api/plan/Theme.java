package fr.mutualis.api.plan;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The themes of an action. The names are part of the api contract and stay stable (other features, such as best
 * practices, use them); the French label is what the portal and the CSV files show. Which REEN strategy theme each one
 * counts towards is data, in the migration {@code V3__plans.sql} (table {@code reen_theme_mapping}).
 */
public enum Theme {
    STRATEGY_GOVERNANCE("Stratégie et gouvernance"),
    MEASUREMENT("Mesure"),
    PROCUREMENT("Achats"),
    EQUIPMENT_REDUCTION("Réduction des équipements"),
    USAGE("Usages"),
    ECO_DESIGN("Services numériques écoconçus"),
    DATA_CENTRES_HOSTING("Centres de données et hébergement"),
    TRAINING_AWARENESS("Formation et sensibilisation"),
    END_OF_LIFE("Fin de vie (réemploi, recyclage)"),
    DIGITAL_INCLUSION("Inclusion numérique"),
    DATA_ETHICS("Éthique des données");

    private final String labelFr;

    Theme(String labelFr) {
        this.labelFr = labelFr;
    }

    public String labelFr() {
        return labelFr;
    }

    /** The theme named by its code or its French label, ignoring case and accents (as people type them in a CSV). */
    public static Optional<Theme> parse(String text) {
        String wanted = simplify(text);
        return Arrays.stream(values())
                .filter(theme -> simplify(theme.name()).equals(wanted) || simplify(theme.labelFr).equals(wanted))
                .findFirst();
    }

    static String simplify(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
