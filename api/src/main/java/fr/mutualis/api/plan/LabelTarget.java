package fr.mutualis.api.plan;

/** The level of the INR "Numérique Responsable" label that the plan aims at, if any. */
public enum LabelTarget {
    NONE, INR_LEVEL_1, INR_LEVEL_2
}
