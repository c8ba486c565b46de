package fr.mutualis.portal.authority;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * An authority (collectivité) as the api describes it ({@code GET /api/v1/authorities/{slug}}).
 *
 * @param slug its stable key, e.g. {@code region-bretagne}
 * @param name its name, e.g. {@code Région Bretagne}
 * @param kind {@code REGION}, {@code DEPARTEMENT}, {@code EPCI}, {@code COMMUNE} or {@code SYNDICAT}
 * @param siren its SIREN number (9 digits)
 * @param inseeCode its INSEE code, where it has one
 * @param population its number of inhabitants
 * @param agents its number of agents
 * @param regionCode the code of its région, e.g. {@code 53}
 * @param departmentCode the code of its département, e.g. {@code 29}
 * @param parent the slug of the authority it belongs to (commune → EPCI → département → région)
 * @param emailDomains the email domains of its agents
 * @param version its version, which its {@code ETag} also gives
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Authority(String slug, String name, String kind, @Nullable String siren, @Nullable String inseeCode,
		@Nullable Integer population, @Nullable Integer agents, @Nullable String regionCode,
		@Nullable String departmentCode, @Nullable String parent, List<String> emailDomains, long version) {

	public Authority {
		emailDomains = (emailDomains != null) ? List.copyOf(emailDomains) : List.of();
	}

	/** The version to send back in {@code If-Match}: the {@code ETag} the api gave, else the version. */
	String ifMatch(String etag) {
		return etag.isBlank() ? "\"" + this.version + "\"" : etag;
	}

}
