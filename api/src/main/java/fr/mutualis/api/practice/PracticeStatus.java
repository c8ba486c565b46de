package fr.mutualis.api.practice;

/** A draft is private to its authority; a published practice is read by the network. */
public enum PracticeStatus {
    DRAFT, PUBLISHED
}
