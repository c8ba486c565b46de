/**
 * Sign-in through Keycloak (authorization code with PKCE), sign-out that also ends the
 * Keycloak session, CSRF protection and the security headers of every response.
 */
@NullMarked
package fr.mutualis.portal.shared.security;

import org.jspecify.annotations.NullMarked;
