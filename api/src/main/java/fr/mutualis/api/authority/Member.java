package fr.mutualis.api.authority;

import fr.mutualis.api.shared.tenancy.Role;
import java.time.OffsetDateTime;

/** A person's membership of one authority, with their role there. */
public record Member(String userId, String name, String email, Role role, OffsetDateTime since) {
}
