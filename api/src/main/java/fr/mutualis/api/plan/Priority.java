package fr.mutualis.api.plan;

public enum Priority {
    HIGH, MEDIUM, LOW
}
