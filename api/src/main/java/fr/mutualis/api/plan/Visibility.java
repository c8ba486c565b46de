package fr.mutualis.api.plan;

/** Who reads a published plan: the authorities of the network, or everyone (including {@code /public/v1/plans}). */
public enum Visibility {
    NETWORK, PUBLIC
}
