package fr.mutualis.api.authority;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A local authority, the tenant of Mutualis. Its slug is also its Keycloak organization's alias. */
public record Authority(
        UUID id,
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
        List<String> emailDomains,
        long version,
        @Nullable String organizationId) {

    /** True when a retried creation asks for this same authority again. */
    boolean sameAs(AuthorityDraft draft) {
        return slug.equals(draft.slug()) && siren.equals(draft.siren()) && name.equals(draft.name())
                && kind == draft.kind();
    }
}
