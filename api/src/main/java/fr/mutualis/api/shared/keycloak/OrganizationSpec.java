package fr.mutualis.api.shared.keycloak;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an authority's Keycloak organization should look like: its alias (the authority's slug, which never changes),
 * its display name, the e-mail domains that belong to it (a domain belongs to one organization per realm) and
 * attributes such as the SIREN.
 */
public record OrganizationSpec(String alias, String name, List<String> domains, Map<String, List<String>> attributes) {

    public OrganizationSpec {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(name, "name");
        domains = domains == null ? List.of() : List.copyOf(domains);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
