package fr.mutualis.portal.shared.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;

/**
 * The user's tokens (access, refresh, ID) live in the web session, like the rest of the sign-in, rather than in
 * Spring Boot's default in-memory store of this instance: with sessions in Redis (ADR 14) every portal instance finds
 * them, and a refreshed token is written back to the session. Sign-in (oauth2Login) and the api client
 * ({@code ApiClientConfiguration}) both use this repository.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizedClientsInSession {

	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

}
