package fr.mutualis.api.practice.web;

/** The formats of practice fields, shared by creation and change. */
final class PracticeFields {

    static final String INDICATOR = "^[A-Z][A-Z0-9_]{1,39}$";
    static final String INDICATOR_MESSAGE = "must be an indicator code such as PAGES_PER_AGENT";
    static final String TAG = "^[\\p{L}0-9][\\p{L}0-9' -]{0,39}$";
    static final String TAG_MESSAGE = "a tag is 1 to 40 letters, digits, spaces or hyphens";
    static final String NOT_BLANK = ".*\\S.*";

    private PracticeFields() {
    }
}
