package fr.mutualis.api.reuse;

/** Where a lot is meant to go: a partner for reuse, a standard service of the authority, or a partner for recycling. */
public enum LotDestination {
    EXTERNAL_REUSE, INTERNAL_REDEPLOYMENT, RECYCLING
}
