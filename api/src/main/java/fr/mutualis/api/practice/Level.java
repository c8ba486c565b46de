package fr.mutualis.api.practice;

/** Effort, cost or impact of a practice. */
public enum Level {
    LOW, MEDIUM, HIGH
}
