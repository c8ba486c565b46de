package fr.mutualis.api.authority.web;

import fr.mutualis.api.authority.Authority;
import fr.mutualis.api.authority.AuthorityKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An authority's public profile. */
record AuthorityResponse(String slug, String name, AuthorityKind kind, String siren, @Nullable String inseeCode,
        @Nullable Integer population, @Nullable Integer agents, @Nullable String regionCode,
        @Nullable String departmentCode, @Nullable String parent, List<String> emailDomains, long version) {

    static AuthorityResponse of(Authority authority) {
        return new AuthorityResponse(authority.slug(), authority.name(), authority.kind(), authority.siren(),
                authority.inseeCode(), authority.population(), authority.agents(), authority.regionCode(),
                authority.departmentCode(), authority.parent(), authority.emailDomains(), authority.version());
    }
}
