package fr.mutualis.stack;

import java.util.Locale;
import java.util.Optional;

/**
 * Configuration of the local stack and of the test harness: a system property {@code mutualis.a.b} wins over the
 * environment variable {@code MUTUALIS_A_B}; secrets are never hard-coded elsewhere.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> find(String key) {
        String fromProperty = System.getProperty(key);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty);
        }
        String fromEnvironment = System.getenv(environmentName(key));
        return fromEnvironment == null || fromEnvironment.isBlank() ? Optional.empty() : Optional.of(fromEnvironment);
    }

    public static String get(String key, String fallback) {
        return find(key).orElse(fallback);
    }

    public static int getInt(String key, int fallback) {
        return find(key).map(Integer::parseInt).orElse(fallback);
    }

    public static boolean getBoolean(String key) {
        return find(key).map(Boolean::parseBoolean).orElse(false);
    }

    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
