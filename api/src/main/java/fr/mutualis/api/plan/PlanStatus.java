package fr.mutualis.api.plan;

/** A plan is a private DRAFT, then PUBLISHED to the network (or to everyone), and finally ARCHIVED (private again). */
public enum PlanStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
