package fr.mutualis.api.plan;

/** An authority that adopted an action or a best practice. */
public record Adopter(String slug, String name) {
}
