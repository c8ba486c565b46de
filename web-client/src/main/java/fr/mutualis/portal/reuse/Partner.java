package fr.mutualis.portal.reuse;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** A partner of the directory, as the api answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Partner(String id, String name, String siret, String kind, List<String> services,
		List<String> categories, List<String> departments, List<String> labels, @Nullable String website,
		@Nullable BigDecimal averageRating, int reviewCount, long version) {

	public Partner {
		services = (services != null) ? List.copyOf(services) : List.of();
		categories = (categories != null) ? List.copyOf(categories) : List.of();
		departments = (departments != null) ? List.copyOf(departments) : List.of();
		labels = (labels != null) ? List.copyOf(labels) : List.of();
	}

	/** A partner's profile with the authorities' reviews. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Profile(Partner partner, List<Review> reviews) {

		public Profile {
			reviews = (reviews != null) ? List.copyOf(reviews) : List.of();
		}

	}

	/** One authority's review. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Review(String authority, String authorityName, int rating, String comment, String author,
			String updatedAt) {
	}

	/** A new partner and its secrets, shown once. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Registration(Partner partner, String clientId, String clientSecret, String webhookSecret) {
	}

}
