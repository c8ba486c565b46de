package fr.mutualis.api.shared.web;

/** A list parameter ({@code cursor} or {@code limit}) that cannot be used. */
public class InvalidCursor extends InvalidField {

    public InvalidCursor() {
        super("cursor", "cursor is not one that this api gave out");
    }

    InvalidCursor(String field, String message) {
        super(field, message);
    }
}
