package fr.mutualis.portal.shared.api;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The {@link WebClient} that calls the api on behalf of the signed-in user: it adds the user's
 * access token to each request and refreshes the token when it has expired. The browser
 * never sees a token (backend-for-frontend).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
public class ApiClientConfiguration {

	@Bean
	WebClient apiWebClient(WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager authorizedClients,
			PortalProperties properties) {
		return builder.baseUrl(properties.apiBaseUrl().toString())
			.filter(new ServerOAuth2AuthorizedClientExchangeFilterFunction(authorizedClients))
			.build();
	}

	@Bean
	MutualisApi mutualisApi(WebClient apiWebClient, PortalProperties properties) {
		return new MutualisApi(apiWebClient, properties.apiTimeout());
	}

}
