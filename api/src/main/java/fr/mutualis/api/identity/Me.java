package fr.mutualis.api.identity;

import fr.mutualis.api.authority.MembershipOf;
import java.util.List;

/** Who the caller is, as {@code GET /api/v1/me} answers it. */
public record Me(String id, String name, String email, boolean platformOperator, List<MembershipOf> memberships) {
}
