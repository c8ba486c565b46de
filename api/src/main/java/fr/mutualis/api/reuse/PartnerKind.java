package fr.mutualis.api.reuse;

/** The legal kind of a partner (the first three belong to the social economy). */
public enum PartnerKind {
    ASSOCIATION, SOCIAL_ECONOMY_COMPANY, SOCIAL_ENTERPRISE, COMPANY
}
