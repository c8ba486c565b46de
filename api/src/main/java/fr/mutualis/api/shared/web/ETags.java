package fr.mutualis.api.shared.web;

import org.jspecify.annotations.Nullable;

/** Versions of mutable resources as strong ETags ({@code "3"}), and the version an {@code If-Match} asks for. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version named by an If-Match header; null when there is none or it is {@code *}. */
    public static @Nullable Long expectedVersion(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new VersionMismatch();
        }
    }
}
