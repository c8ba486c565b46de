package fr.mutualis.api.reuse;

/** The state of the equipment of a lot. */
public enum LotCondition {
    WORKING, NEEDS_REPAIR, FOR_PARTS
}
