package fr.mutualis.api.shared.tenancy;

/** A member's role inside one authority, from least to most powerful. */
public enum Role {
    VIEWER, EDITOR, ADMIN;

    public boolean allows(Role required) {
        return compareTo(required) >= 0;
    }
}
