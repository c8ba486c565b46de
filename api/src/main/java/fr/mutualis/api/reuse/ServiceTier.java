package fr.mutualis.api.reuse;

/** A service of an authority: VITAL services need irreproachable hardware and never get redeployed equipment. */
public enum ServiceTier {
    VITAL, STANDARD
}
