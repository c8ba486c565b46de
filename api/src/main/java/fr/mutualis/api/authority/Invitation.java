package fr.mutualis.api.authority;

import fr.mutualis.api.shared.tenancy.Role;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An invitation sent by e-mail (through Keycloak) to join an authority with a role. */
public record Invitation(UUID id, String email, Role role, String status, OffsetDateTime invitedAt) {
}
