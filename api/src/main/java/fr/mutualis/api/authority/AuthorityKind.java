package fr.mutualis.api.authority;

/** The kinds of French local authority; the enum values stay in French as the contract names them. */
public enum AuthorityKind {
    REGION, DEPARTEMENT, EPCI, COMMUNE, SYNDICAT
}
