package fr.mutualis.api.questionnaire;

/** Who a campaign asks: the authority's agents or its elected officials. */
public enum Audience {
    AGENTS, ELECTED
}
