package fr.mutualis.api.plan;

/** Where an action stands. ABANDONED actions do not count in the progress of their parent or plan. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, PAUSED, ABANDONED, BLOCKED
}
