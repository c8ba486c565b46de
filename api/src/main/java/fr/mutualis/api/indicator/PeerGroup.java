package fr.mutualis.api.indicator;

/** Whom an authority is compared with: the same kind, the same région, the same population band, or everyone. */
public enum PeerGroup {
    KIND, REGION, POPULATION_BAND, ALL
}
