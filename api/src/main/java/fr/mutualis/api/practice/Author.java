package fr.mutualis.api.practice;

import org.jspecify.annotations.Nullable;

/** The authority that wrote a practice (or endorsed it, or commented): what the network sees of it. */
public record Author(String slug, String name, String kind, @Nullable String regionCode) {
}
