package fr.mutualis.api.authority;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the operator gives to create an authority (already validated by the web layer). */
public record AuthorityDraft(
        String slug,
        String name,
        AuthorityKind kind,
        String siren,
        @Nullable String inseeCode,
        @Nullable Integer population,
        @Nullable Integer agents,
        @Nullable String regionCode,
        @Nullable String departmentCode,
        @Nullable String parent,
        List<String> emailDomains) {
}
