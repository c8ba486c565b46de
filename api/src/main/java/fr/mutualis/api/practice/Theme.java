package fr.mutualis.api.practice;

/** The themes of sustainable IT work, shared with action plans. */
public enum Theme {
    STRATEGY_GOVERNANCE, MEASUREMENT, PROCUREMENT, EQUIPMENT_REDUCTION, USAGE, ECO_DESIGN, DATA_CENTRES_HOSTING,
    TRAINING_AWARENESS, END_OF_LIFE, DIGITAL_INCLUSION, DATA_ETHICS
}
