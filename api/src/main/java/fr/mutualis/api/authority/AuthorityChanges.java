package fr.mutualis.api.authority;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A partial update of an authority's profile: a null field is left unchanged. */
public record AuthorityChanges(
        @Nullable String name,
        @Nullable String inseeCode,
        @Nullable Integer population,
        @Nullable Integer agents,
        @Nullable String regionCode,
        @Nullable String departmentCode,
        @Nullable String parent,
        @Nullable List<String> emailDomains) {
}
