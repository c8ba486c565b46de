package fr.mutualis.api.shared.security;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reads the access token of the {@code Authorization} header exactly as Spring Security's
 * {@code ServerBearerTokenAuthenticationConverter} does with its defaults (RFC 6750: the scheme in any ASCII case, one
 * space, a b64token; never a token in the query or a form): no such header or another scheme, no token; a malformed
 * one, refused with {@code invalid_token}. Written as a loop instead of its case-insensitive regular expression, which
 * took a tenth of the api's CPU on issue 7's search benchmark: a Keycloak token is 1 to 2 KB, read on every call.
 * {@code BearerTokenHeaderTests} holds it to the same answers as that expression.
 */
final class BearerTokenHeader implements ServerAuthenticationConverter {

    private static final String SCHEME = "bearer";

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        return Mono.defer(() -> {
            String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            if (header == null || !startsWithScheme(header)) {
                return Mono.empty();
            }
            String token = token(header);
            if (token == null) {
                return Mono.error(new OAuth2AuthenticationException(
                        BearerTokenErrors.invalidToken("Bearer token is malformed")));
            }
            return Mono.just(new BearerTokenAuthenticationToken(token));
        });
    }

    /** Whether the header starts with « bearer » in any ASCII case (another scheme is not this converter's). */
    private static boolean startsWithScheme(String header) {
        if (header.length() < SCHEME.length()) {
            return false;
        }
        for (int i = 0; i < SCHEME.length(); i++) {
            char c = header.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != SCHEME.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The token of a header that starts with the scheme: « Bearer », one space, then one or more of
     * {@code A-Z a-z 0-9 - . _ ~ + /} followed by any number of {@code =}, and nothing else; null when malformed.
     */
    static @Nullable String token(String header) {
        int start = SCHEME.length() + 1;
        if (header.length() <= start || !startsWithScheme(header) || header.charAt(SCHEME.length()) != ' ') {
            return null;
        }
        int end = header.length();
        while (end > start && header.charAt(end - 1) == '=') {
            end--;
        }
        if (end == start) {
            return null;
        }
        for (int i = start; i < end; i++) {
            if (!tokenCharacter(header.charAt(i))) {
                return null;
            }
        }
        return header.substring(start);
    }

    private static boolean tokenCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
