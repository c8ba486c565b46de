package fr.mutualis.portal.shared.security;

import java.net.URI;

/**
 * The Content-Security-Policy of every page: only this origin's scripts, styles and images,
 * no inline code, no framing. Forms may also target Keycloak, because Chromium applies
 * {@code form-action} to the redirect that follows the sign-out form.
 *
 * @param keycloakOrigin scheme, host and port of Keycloak, e.g. {@code http://localhost:8180}
 */
public record ContentSecurityPolicy(String keycloakOrigin) {

	/** The policy for a Keycloak realm whose issuer is {@code issuer}. */
	public static ContentSecurityPolicy forIssuer(URI issuer) {
		if (issuer.getScheme() == null || issuer.getHost() == null) {
			throw new IllegalArgumentException("The Keycloak issuer must be an absolute URL: " + issuer);
		}
		String port = (issuer.getPort() == -1) ? "" : ":" + issuer.getPort();
		return new ContentSecurityPolicy(issuer.getScheme() + "://" + issuer.getHost() + port);
	}

	/** The header's value. */
	public String directives() {
		return String.join("; ",
				"default-src 'self'",
				"script-src 'self'",
				"style-src 'self'",
				"img-src 'self'",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"frame-ancestors 'none'",
				"form-action 'self' " + this.keycloakOrigin);
	}

}
