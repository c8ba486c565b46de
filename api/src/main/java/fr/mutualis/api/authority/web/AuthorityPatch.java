package fr.mutualis.api.authority.web;

import fr.mutualis.api.authority.AuthorityChanges;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code PATCH /api/v1/authorities/{slug}}: absent or null fields stay as they are. */
record AuthorityPatch(
        @Nullable @Size(min = 2, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Nullable @Pattern(regexp = AuthorityFields.INSEE, message = "must be an INSEE code such as 35238") String inseeCode,
        @Nullable @PositiveOrZero Integer population,
        @Nullable @PositiveOrZero Integer agents,
        @Nullable @Pattern(regexp = AuthorityFields.REGION, message = "must be a 2-digit région code") String regionCode,
        @Nullable @Pattern(regexp = AuthorityFields.DEPARTMENT, message = "must be a département code such as 29, 2A or 974")
        String departmentCode,
        @Nullable @Pattern(regexp = AuthorityFields.SLUG, message = "must be the slug of an authority") String parent,
        @Nullable @Size(max = 20) List<@Pattern(regexp = AuthorityFields.DOMAIN,
                message = "must be a lower-case domain name such as bretagne.bzh") String> emailDomains) {

    AuthorityChanges toChanges() {
        return new AuthorityChanges(name == null ? null : name.strip(), inseeCode, population, agents, regionCode,
                departmentCode, parent, emailDomains == null ? null : List.copyOf(emailDomains));
    }
}
