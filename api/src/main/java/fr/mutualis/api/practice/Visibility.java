package fr.mutualis.api.practice;

/** Who reads a published practice: the network of authorities, or also anyone through {@code /public/v1}. */
public enum Visibility {
    NETWORK, PUBLIC
}
