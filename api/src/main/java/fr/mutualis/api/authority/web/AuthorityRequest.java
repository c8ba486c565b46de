package fr.mutualis.api.authority.web;

import fr.mutualis.api.authority.AuthorityDraft;
import fr.mutualis.api.authority.AuthorityKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/authorities}. */
record AuthorityRequest(
        @NotBlank @Size(min = 2, max = 63) @Pattern(regexp = AuthorityFields.SLUG,
                message = "lower-case letters, digits and single hyphens only") String slug,
        @NotBlank @Size(min = 2, max = 200) String name,
        @NotNull AuthorityKind kind,
        @NotNull @ValidSiren String siren,
        @Nullable @Pattern(regexp = AuthorityFields.INSEE, message = "must be an INSEE code such as 35238") String inseeCode,
        @Nullable @PositiveOrZero Integer population,
        @Nullable @PositiveOrZero Integer agents,
        @Nullable @Pattern(regexp = AuthorityFields.REGION, message = "must be a 2-digit région code") String regionCode,
        @Nullable @Pattern(regexp = AuthorityFields.DEPARTMENT, message = "must be a département code such as 29, 2A or 974")
        String departmentCode,
        @Nullable @Pattern(regexp = AuthorityFields.SLUG, message = "must be the slug of an authority") String parent,
        @Nullable @Size(max = 20) List<@Pattern(regexp = AuthorityFields.DOMAIN,
                message = "must be a lower-case domain name such as bretagne.bzh") String> emailDomains) {

    AuthorityDraft toDraft() {
        return new AuthorityDraft(slug, name.strip(), kind, siren, inseeCode, population, agents, regionCode,
                departmentCode, parent, emailDomains == null ? List.of() : List.copyOf(emailDomains));
    }
}
