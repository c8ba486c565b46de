package fr.mutualis.api.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

/**
 * The api reads the Authorization header exactly as Spring Security's own converter does: the same token, the same
 * « no token », the same refusal, for headers written to be hard and for 20,000 drawn at random from their pieces.
 */
class BearerTokenHeaderTests {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZ2VudCJ9.c2lnbmF0dXJl-_~+/";

    private final ServerAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();
    private final ServerAuthenticationConverter ours = new BearerTokenHeader();

    @Test
    void aWellFormedTokenIsReadAsIs() {
        assertThat(outcome(ours, "Bearer " + JWT)).isEqualTo("token " + JWT);
        assertThat(outcome(ours, "bEaReR " + JWT + "==")).isEqualTo("token " + JWT + "==");
    }

    @Test
    void noHeaderOrAnotherSchemeIsNoTokenAndAMalformedOneIsRefused() {
        assertThat(outcome(ours, null)).isEqualTo("none");
        assertThat(outcome(ours, "Basic YWdlbnQ6c2VjcmV0")).isEqualTo("none");
        assertThat(outcome(ours, "Bearer")).isEqualTo("refused: Bearer token is malformed");
        assertThat(outcome(ours, "Bearer a=b")).isEqualTo("refused: Bearer token is malformed");
        assertThat(outcome(ours, "Bearer  " + JWT)).isEqualTo("refused: Bearer token is malformed");
    }

    @Test
    void everyHeaderGetsTheAnswerOfSpringSecuritysConverter() {
        List<String> headers = new ArrayList<>(List.of("", "b", "bearer", "Bearer ", "Bearer =", "Bearer ==",
                "Bearer a", "Bearer a=", "Bearer a==", "Bearer =a", "Bearer a b", "Bearer a\n", "Bearer\ta",
                "Bearerx a", "BEARER a", "bearer a", "Bearer é", "Bearer a\u0000", "Bearer " + JWT + " ",
                "\u0130earer a", "Bear\u017fr a", "Beare\u0280 a", "Token " + JWT, " Bearer a", "Bearer " + JWT));
        String[] pieces = {"Bearer", "bearer", "BEARER", "Bea", "rer", " ", "  ", "\t", "=", "==", "a", "Z", "0", "9",
                "-", ".", "_", "~", "+", "/", "%", "é", "\u017f", "\u212a", "\n", ",", "\"", "eyJ", JWT};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : "");
            for (int i = random.nextInt(6); i >= 0; i--) {
                header.append(pieces[random.nextInt(pieces.length)]);
            }
            headers.add(header.toString());
        }
        for (String header : headers) {
            assertThat(outcome(ours, header)).as("« %s »", header).isEqualTo(outcome(spring, header));
        }
    }

    private static String outcome(ServerAuthenticationConverter converter, String header) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/me");
        if (header != null) {
            request.header(HttpHeaders.AUTHORIZATION, header);
        }
        try {
            Authentication found = converter.convert(MockServerWebExchange.from(request)).block();
            return found == null ? "none" : "token " + ((BearerTokenAuthenticationToken) found).getToken();
        } catch (OAuth2AuthenticationException refused) {
            return "refused: " + refused.getError().getDescription();
        }
    }
}
