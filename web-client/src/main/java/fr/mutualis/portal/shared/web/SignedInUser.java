package fr.mutualis.portal.shared.web;

import java.security.Principal;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.StringUtils;

/**
 * The person signed in, as the page header names them.
 *
 * @param name their full name as Keycloak knows it, else their user name
 */
public record SignedInUser(String name) {

	static SignedInUser of(Principal principal) {
		if (principal instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof OidcUser user) {
			return new SignedInUser(nameOf(user));
		}
		return new SignedInUser(principal.getName());
	}

	private static String nameOf(OidcUser user) {
		if (StringUtils.hasText(user.getFullName())) {
			return user.getFullName();
		}
		if (StringUtils.hasText(user.getPreferredUsername())) {
			return user.getPreferredUsername();
		}
		return user.getName();
	}

}
