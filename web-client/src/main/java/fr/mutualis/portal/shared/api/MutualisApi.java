package fr.mutualis.portal.shared.api;

import static org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction.oauth2AuthorizedClient;

import java.time.Duration;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * The Mutualis api, as the portal's pages call it: always as the signed-in user, with a time
 * limit, and with few kinds of failure:
 * <ul>
 * <li>403 and 404 become the portal's own 403 and 404 pages ({@link ResponseStatusException});</li>
 * <li>400, 409, 412, 422 and 503 become an {@link ApiProblem} that a form can explain;</li>
 * <li>everything else (no answer in time, 5xx, unreadable answer) is {@link ApiUnavailable};</li>
 * <li>an expired sign-in asks the user to sign in again.</li>
 * </ul>
 */
public class MutualisApi {

	/** The media type of a JSON merge patch (RFC 7396). */
	public static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

	private static final Logger logger = LoggerFactory.getLogger(MutualisApi.class);

	private static final Set<Integer> EXPLAINED = Set.of(400, 409, 412, 422, 503);

	private final WebClient webClient;

	private final Duration timeout;

	MutualisApi(WebClient webClient, Duration timeout) {
		this.webClient = webClient;
		this.timeout = timeout;
	}

	/** Reads a JSON resource, e.g. {@code get("/api/v1/me", Me.class, user)}. */
	public <T> Mono<T> get(String path, Class<T> type, OAuth2AuthorizedClient user) {
		return get(ApiPath.of(path), ParameterizedTypeReference.forType(type), user);
	}

	/** Reads a JSON resource. */
	public <T> Mono<T> get(ApiPath path, Class<T> type, OAuth2AuthorizedClient user) {
		return get(path, ParameterizedTypeReference.forType(type), user);
	}

	/** Reads a JSON resource of a generic type, e.g. an {@link ApiPage}. */
	public <T> Mono<T> get(ApiPath path, ParameterizedTypeReference<T> type, OAuth2AuthorizedClient user) {
		return getVersioned(path, type, user).map(Versioned::body);
	}

	/** Reads a JSON resource with its version ({@code ETag}). */
	public <T> Mono<Versioned<T>> getVersioned(ApiPath path, Class<T> type, OAuth2AuthorizedClient user) {
		return getVersioned(path, ParameterizedTypeReference.forType(type), user);
	}

	private <T> Mono<Versioned<T>> getVersioned(ApiPath path, ParameterizedTypeReference<T> type,
			OAuth2AuthorizedClient user) {
		return call(HttpMethod.GET, path, null, null, null, type, user);
	}

	/** Creates: {@code POST} of a JSON body, and the resource the api answers with. */
	public <T> Mono<Versioned<T>> post(ApiPath path, Object body, Class<T> type, OAuth2AuthorizedClient user) {
		return call(HttpMethod.POST, path, body, MediaType.APPLICATION_JSON, null, ParameterizedTypeReference.forType(type), user);
	}

	/** Replaces: {@code PUT} of a JSON body. */
	public <T> Mono<Versioned<T>> put(ApiPath path, Object body, Class<T> type, OAuth2AuthorizedClient user) {
		return call(HttpMethod.PUT, path, body, MediaType.APPLICATION_JSON, null, ParameterizedTypeReference.forType(type), user);
	}

	/** Changes: {@code PATCH} of a JSON merge patch, only if the resource is still at version {@code ifMatch}. */
	public <T> Mono<Versioned<T>> patch(ApiPath path, Object mergePatch, String ifMatch, Class<T> type,
			OAuth2AuthorizedClient user) {
		return call(HttpMethod.PATCH, path, mergePatch, MERGE_PATCH, ifMatch, ParameterizedTypeReference.forType(type), user);
	}

	/** Deletes. */
	public Mono<Void> delete(ApiPath path, OAuth2AuthorizedClient user) {
		String description = HttpMethod.DELETE + " " + path;
		return guarded(send(HttpMethod.DELETE, path, null, null, null, user).toBodilessEntity().then(), description);
	}

	private <T> Mono<Versioned<T>> call(HttpMethod method, ApiPath path, @Nullable Object body,
			@Nullable MediaType contentType, @Nullable String ifMatch, ParameterizedTypeReference<T> type,
			OAuth2AuthorizedClient user) {
		String description = method + " " + path;
		return guarded(send(method, path, body, contentType, ifMatch, user).toEntity(type)
			.map((entity) -> versioned(entity, description)), description);
	}

	private WebClient.ResponseSpec send(HttpMethod method, ApiPath path, @Nullable Object body,
			@Nullable MediaType contentType, @Nullable String ifMatch, OAuth2AuthorizedClient user) {
		WebClient.RequestBodySpec request = this.webClient.method(method)
			.uri(path::build)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.attributes(oauth2AuthorizedClient(user));
		if (ifMatch != null) {
			request = request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		WebClient.RequestHeadersSpec<?> ready = (body != null && contentType != null)
				? request.contentType(contentType).bodyValue(body) : request;
		return ready.retrieve()
			.onStatus((status) -> status.value() == 403 || status.value() == 404, MutualisApi::refused)
			.onStatus((status) -> EXPLAINED.contains(status.value()), MutualisApi::problem);
	}

	private <T> Mono<T> guarded(Mono<T> call, String description) {
		return call.timeout(this.timeout)
			.onErrorResume((failure) -> Mono.deferContextual((context) -> Mono.error(failed(description, failure, context))));
	}

	private static <T> Versioned<T> versioned(ResponseEntity<T> entity, String description) {
		T body = entity.getBody();
		if (body == null) {
			throw new IllegalStateException("empty response body for " + description);
		}
		String etag = entity.getHeaders().getETag();
		return new Versioned<>(body, (etag != null) ? etag : "");
	}

	private static Mono<? extends Throwable> refused(ClientResponse response) {
		HttpStatus status = (response.statusCode().value() == 403) ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND;
		// A call cancelled meanwhile (another call of the page failed first) has nothing left to release.
		return response.releaseBody().onErrorComplete().then(Mono.just(new ResponseStatusException(status)));
	}

	private static Mono<? extends Throwable> problem(ClientResponse response) {
		HttpStatusCode status = response.statusCode();
		return response.bodyToMono(ApiProblem.Body.class)
			.onErrorResume((unreadable) -> Mono.empty())
			.defaultIfEmpty(ApiProblem.Body.withStatus(status.value()))
			.map((body) -> new ApiProblem(status, body));
	}

	/**
	 * What the page does when the call failed. A refusal or a problem goes on to the page. When
	 * the user's sign-in can no longer be renewed (the Keycloak session ended), they are asked
	 * to sign in again. Otherwise the api is unavailable: the failure is logged with the id of
	 * the page's request, which the error page shows as its reference, so that support can
	 * find the log line.
	 */
	private static RuntimeException failed(String request, Throwable failure, ContextView context) {
		if (failure instanceof ResponseStatusException refusalOrProblem) {
			return refusalOrProblem;
		}
		if (failure instanceof ClientAuthorizationException expired) {
			return new ClientAuthorizationRequiredException(expired.getClientRegistrationId());
		}
		ApiUnavailable unavailable = new ApiUnavailable(request, failure);
		String requestId = context.<ServerWebExchange>getOrEmpty(ServerWebExchange.class)
			.map((exchange) -> exchange.getRequest().getId())
			.orElse("-");
		logger.warn("[{}] {}", requestId, unavailable.getMessage());
		return unavailable;
	}

}
