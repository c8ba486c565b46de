package fr.mutualis.portal.reuse;

import java.util.Map;

import fr.mutualis.portal.shared.api.ApiPage;
import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.api.Versioned;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The reuse endpoints of the api, as the portal's pages call them (through the shared {@link MutualisApi}). */
@Component
class ReuseApi {

	private static final ParameterizedTypeReference<ApiPage<Partner>> PARTNERS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ApiPage<Lot>> LOTS = new ParameterizedTypeReference<>() {
	};

	private static final String LOT = "/api/v1/authorities/{slug}/lots/{lotId}";

	private final MutualisApi api;

	ReuseApi(MutualisApi api) {
		this.api = api;
	}

	Mono<ApiPage<Partner>> partners(PartnerFilters filters, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/partners").query("department", filters.departement())
			.query("service", filters.service()).query("category", filters.categorie())
			.query("cursor", filters.cursor()), PARTNERS, user);
	}

	Mono<Partner.Profile> partner(String id, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/partners/{id}", id), Partner.Profile.class, user);
	}

	Mono<Versioned<Partner.Registration>> register(Map<String, @Nullable Object> body, OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of("/api/v1/partners"), body, Partner.Registration.class, user);
	}

	Mono<Versioned<Partner.Review>> review(String slug, String partnerId, Map<String, @Nullable Object> body,
			OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of("/api/v1/authorities/{slug}/partners/{id}/reviews", slug, partnerId), body,
				Partner.Review.class, user);
	}

	Mono<ApiPage<Lot>> lots(String slug, @Nullable String status, @Nullable String cursor,
			OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/authorities/{slug}/lots", slug).query("status", status)
			.query("cursor", cursor), LOTS, user);
	}

	Mono<Lot.Details> lot(String slug, String lotId, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of(LOT, slug, lotId), Lot.Details.class, user);
	}

	Mono<Versioned<Lot>> declare(String slug, Map<String, @Nullable Object> body, OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of("/api/v1/authorities/{slug}/lots", slug), body, Lot.class, user);
	}

	Mono<Versioned<Lot>> move(String slug, String lotId, String action, OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of(LOT + "/" + action, slug, lotId), Map.of(), Lot.class, user);
	}

	Mono<Services> suggestions(String slug, String lotId, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of(LOT + "/suggestions", slug, lotId), Services.class, user);
	}

	Mono<Versioned<Lot>> assign(String slug, String lotId, String serviceId, OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of(LOT + "/assignment", slug, lotId), Map.of("serviceId", serviceId), Lot.class,
				user);
	}

	/**
	 * Services of an authority that a lot can be redeployed to.
	 *
	 * @param items the STANDARD services, best first
	 */
	@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
	record Services(java.util.List<Service> items) {

		Services {
			items = (items != null) ? java.util.List.copyOf(items) : java.util.List.of();
		}

	}

	/**
	 * A service of the authority.
	 *
	 * @param id its id
	 * @param name its name
	 * @param tier VITAL or STANDARD
	 * @param agents how many agents work there
	 */
	@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
	public record Service(String id, String name, String tier, int agents) {
	}

	Mono<Purchase.Ledger> purchases(String slug, @Nullable Integer year, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/authorities/{slug}/purchases", slug).query("year", year),
				Purchase.Ledger.class, user);
	}

	Mono<Versioned<Purchase>> recordPurchase(String slug, Map<String, @Nullable Object> body,
			OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of("/api/v1/authorities/{slug}/purchases", slug), body, Purchase.class, user);
	}

	Mono<Compliance> compliance(String slug, int year, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/authorities/{slug}/compliance/{year}", slug, year), Compliance.class,
				user);
	}

}
