package fr.mutualis.portal.practice;

import java.time.OffsetDateTime;
import java.util.Map;

import fr.mutualis.portal.practice.PracticeJson.Comment;
import fr.mutualis.portal.practice.PracticeJson.Plan;
import fr.mutualis.portal.practice.PracticeJson.Practice;
import fr.mutualis.portal.practice.PracticeJson.Results;
import fr.mutualis.portal.practice.PracticeJson.Visit;
import fr.mutualis.portal.shared.api.ApiPage;
import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.api.Versioned;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import reactor.core.publisher.Mono;

/**
 * The practice routes of the api, as the signed-in user (the acting authority is named by {@code ?authority=}).
 */
class PracticesApi {

	private static final ParameterizedTypeReference<ApiPage<Comment>> COMMENTS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ApiPage<Practice>> PRACTICES = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ApiPage<Plan>> PLANS = new ParameterizedTypeReference<>() {
	};

	private final MutualisApi api;

	PracticesApi(MutualisApi api) {
		this.api = api;
	}

	Mono<Results> search(LibraryFilters filters, @Nullable OffsetDateTime since, OAuth2AuthorizedClient user) {
		ApiPath path = ApiPath.of("/api/v1/practices")
			.query("q", filters.q())
			.query("theme", filters.theme())
			.query("kind", filters.kind())
			.query("region", filters.region())
			.query("tag", filters.tag())
			.query("publishedSince", since)
			.query("cursor", filters.cursor())
			.query("limit", 20);
		return this.api.get(path, Results.class, user);
	}

	Mono<Practice> published(String id, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/practices/{id}", id), Practice.class, user);
	}

	Mono<ApiPage<Comment>> comments(String id, @Nullable String cursor, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/practices/{id}/comments", id).query("cursor", cursor), COMMENTS, user);
	}

	Mono<Void> endorse(String id, String authority, OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of("/api/v1/practices/{id}/endorsement", id).query("authority", authority),
				Map.of(), Object.class, user).then();
	}

	Mono<Void> withdraw(String id, String authority, OAuth2AuthorizedClient user) {
		return this.api.delete(ApiPath.of("/api/v1/practices/{id}/endorsement", id).query("authority", authority),
				user);
	}

	Mono<Void> comment(String id, String authority, String body, OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of("/api/v1/practices/{id}/comments", id).query("authority", authority),
				Map.of("body", body), Object.class, user).then();
	}

	Mono<Void> report(String id, String commentId, String authority, String reason, OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of("/api/v1/practices/{id}/comments/{commentId}/reports", id, commentId)
			.query("authority", authority), Map.of("reason", reason), Object.class, user).then();
	}

	Mono<Void> moderate(String id, String commentId, boolean hidden, OAuth2AuthorizedClient user) {
		return this.api.put(ApiPath.of("/api/v1/practices/{id}/comments/{commentId}/moderation", id, commentId),
				Map.of("hidden", hidden), Object.class, user).then();
	}

	Mono<ApiPage<Practice>> ofAuthority(String slug, @Nullable String cursor, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/authorities/{slug}/practices", slug).query("cursor", cursor), PRACTICES,
				user);
	}

	Mono<Versioned<Practice>> own(String slug, String id, OAuth2AuthorizedClient user) {
		return this.api.getVersioned(ApiPath.of("/api/v1/authorities/{slug}/practices/{id}", slug, id), Practice.class,
				user);
	}

	Mono<Versioned<Practice>> create(String slug, Map<String, @Nullable Object> body, OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of("/api/v1/authorities/{slug}/practices", slug), body, Practice.class, user);
	}

	Mono<Versioned<Practice>> change(String slug, String id, Map<String, @Nullable Object> patch, String version,
			OAuth2AuthorizedClient user) {
		return this.api.patch(ApiPath.of("/api/v1/authorities/{slug}/practices/{id}", slug, id), patch, version,
				Practice.class, user);
	}

	Mono<String> preview(String markdown, OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of("/api/v1/practice-previews"), Map.of("body", markdown), Preview.class, user)
			.map((preview) -> preview.body().bodyHtml());
	}

	/** The plans of an authority, to adopt a practice in (plans contract, issue 4). */
	Mono<ApiPage<Plan>> plans(String slug, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/authorities/{slug}/plans", slug).query("limit", 200), PLANS, user);
	}

	/** Adopts a practice in a plan: the plans module creates an action from it (plans contract, issue 4). */
	Mono<Void> adopt(String slug, String planId, String practiceId, OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of("/api/v1/authorities/{slug}/plans/{planId}/adoptions", slug, planId),
				Map.of("practiceId", practiceId), Object.class, user).then();
	}

	Mono<Visit> visit(OAuth2AuthorizedClient user) {
		return this.api.put(ApiPath.of("/api/v1/me/network-visit"), Map.of(), Visit.class, user)
			.map(Versioned::body);
	}

	/** @param bodyHtml the Markdown rendered and sanitised by the api */
	@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
	record Preview(String bodyHtml) {
	}

}
