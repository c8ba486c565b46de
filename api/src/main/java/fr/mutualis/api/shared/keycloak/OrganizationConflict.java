package fr.mutualis.api.shared.keycloak;

/**
 * Keycloak refused an organization because another one already has this value: {@link #field()} is
 * {@code "alias"}, {@code "name"} or {@code "domains"} (the names of {@link OrganizationSpec}'s fields), or
 * {@code "email"} for an invitation to someone who is already a member.
 */
public class OrganizationConflict extends RuntimeException {

    private final String field;

    public OrganizationConflict(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
