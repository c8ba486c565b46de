package fr.mutualis.api.authority;

import fr.mutualis.api.shared.tenancy.Role;

/** One authority the caller belongs to, as {@code /me} lists it. */
public record MembershipOf(String authority, String authorityName, Role role) {
}
