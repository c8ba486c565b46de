package fr.mutualis.api.identity;

import java.util.List;

/** Who the caller is, as {@code GET /api/v1/me} answers it. */
public record Me(String id, String name, String email, boolean platformOperator, List<Membership> memberships) {

    /** The caller's role in one authority. */
    public record Membership(String authority, String role) {
    }
}
