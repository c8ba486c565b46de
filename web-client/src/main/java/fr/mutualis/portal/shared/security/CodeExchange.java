package fr.mutualis.portal.shared.security;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ChannelOption;
import io.netty.handler.timeout.ReadTimeoutException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.util.retry.Retry;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Exchanges the code of a sign-in for the user's tokens at Keycloak's token endpoint, waiting at most
 * {@code timeout} for the answer and asking once more, on a new connection, if none came.
 * <p>
 * Spring Security's default exchange waits for ever. Keycloak 26.7.3 sometimes never reads the body of a form
 * POST (keycloak/keycloak#49635, fixed in 26.7.4, which Maven Central does not serve yet): the sign-in then hung
 * with the browser on Keycloak's page (seen in CI: the portal's callback still pending after two minutes, and
 * Keycloak's worker failing to read the form when the connection finally closed). Such a request was never read,
 * so its code is still unused and a second try succeeds; if Keycloak had in fact used it, the second try is refused
 * ({@code invalid_grant}) and the sign-in fails visibly instead of hanging.
 */
final class CodeExchange implements ReactiveOAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> {

	private final WebClientReactiveAuthorizationCodeTokenResponseClient exchange;

	private final Duration timeout;

	CodeExchange(Duration timeout) {
		this.timeout = timeout;
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())
			.responseTimeout(timeout);
		this.exchange = new WebClientReactiveAuthorizationCodeTokenResponseClient();
		this.exchange.setWebClient(WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build());
	}

	@Override
	public Mono<OAuth2AccessTokenResponse> getTokenResponse(OAuth2AuthorizationCodeGrantRequest grantRequest) {
		// The whole exchange is bounded too: the response timeout covers the wait for the answer's headers only.
		return Mono.defer(() -> this.exchange.getTokenResponse(grantRequest))
			.timeout(this.timeout.multipliedBy(2))
			.retryWhen(Retry.max(1).filter(CodeExchange::unanswered));
	}

	private static boolean unanswered(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ReadTimeoutException || cause instanceof TimeoutException) {
				return true;
			}
		}
		return false;
	}

}
