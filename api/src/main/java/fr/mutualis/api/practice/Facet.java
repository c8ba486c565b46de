package fr.mutualis.api.practice;

/** How many practices found have this value (a theme, an authority kind, a région code). */
public record Facet(String value, long count) {
}
