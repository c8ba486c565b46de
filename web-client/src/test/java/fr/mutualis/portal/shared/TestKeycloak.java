package fr.mutualis.portal.shared;

import java.util.Map;

import fr.mutualis.portal.shared.security.SecurityConfiguration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.OidcLoginMutator;

/**
 * The Keycloak client registration of the tests, written out instead of discovered from a
 * running Keycloak: same realm address as application.yaml, so the CSP is the real one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestKeycloak {

	public static final String ISSUER = "http://localhost:8180/realms/mutualis";

	public static final String END_SESSION_ENDPOINT = ISSUER + "/protocol/openid-connect/logout";

	public static final String AUTHORIZATION_ENDPOINT = ISSUER + "/protocol/openid-connect/auth";

	@Bean
	ReactiveClientRegistrationRepository clientRegistrations() {
		return new InMemoryReactiveClientRegistrationRepository(registration());
	}

	public static ClientRegistration registration() {
		return ClientRegistration.withRegistrationId(SecurityConfiguration.KEYCLOAK)
			.clientId("mutualis-portal")
			.clientSecret("test-secret")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.issuerUri(ISSUER)
			.authorizationUri(AUTHORIZATION_ENDPOINT)
			.tokenUri(ISSUER + "/protocol/openid-connect/token")
			.jwkSetUri(ISSUER + "/protocol/openid-connect/certs")
			.userInfoUri(ISSUER + "/protocol/openid-connect/userinfo")
			.userNameAttributeName("preferred_username")
			.providerConfigurationMetadata(Map.of("end_session_endpoint", END_SESSION_ENDPOINT))
			.build();
	}

	/** Signed in through Keycloak as Camille Martin, an agent of the Brittany region. */
	public static OidcLoginMutator camille() {
		return SecurityMockServerConfigurers.mockOidcLogin()
			.clientRegistration(registration())
			.idToken((token) -> token.subject("0190c3a2-7d1e-7aa0-9c1b-3f5e2d4c6b7a")
				.claim("name", "Camille Martin")
				.claim("preferred_username", "camille.martin")
				.claim("email", "camille.martin@bretagne.example"));
	}

}
