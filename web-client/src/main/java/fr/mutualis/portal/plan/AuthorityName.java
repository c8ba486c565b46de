package fr.mutualis.portal.plan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the plan pages show of an authority.
 *
 * @param slug its slug
 * @param name its name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthorityName(String slug, String name) {
}
