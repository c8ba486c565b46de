package fr.mutualis.api.identity.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import fr.mutualis.api.authority.MembershipOf;
import fr.mutualis.api.authority.Memberships;
import fr.mutualis.api.shared.security.SecurityProperties;
import fr.mutualis.api.shared.tenancy.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

@WebFluxTest(controllers = MeController.class, properties = "mutualis.security.issuer=http://localhost:1/realms/mutualis")
@Import(MeControllerTests.SharedKernel.class)
class MeControllerTests {

    @Autowired
    private WebTestClient client;

    @MockitoBean
    private Memberships memberships;

    @Test
    void theOperatorSeesTheirIdentityOperatorFlagAndMemberships() {
        given(memberships.of(any())).willReturn(Mono.just(
                List.of(new MembershipOf("region-bretagne", "Région Bretagne", Role.ADMIN))));

        client.mutateWith(mockJwt().jwt(jwt -> jwt.subject("f3a1c2d4-0000-4000-8000-000000000001")
                        .claim("name", "Olivia Martin").claim("email", "operator@mutualis.localhost")
                        .claim("realm_access", Map.of("roles", List.of("platform-operator")))))
                .get().uri("/api/v1/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo("f3a1c2d4-0000-4000-8000-000000000001")
                .jsonPath("$.name").isEqualTo("Olivia Martin")
                .jsonPath("$.platformOperator").isEqualTo(true)
                .jsonPath("$.memberships[0].authority").isEqualTo("region-bretagne")
                .jsonPath("$.memberships[0].role").isEqualTo("ADMIN");
    }

    @Test
    void anAgentIsNotAnOperatorAndFallsBackToTheUsername() {
        given(memberships.of(any())).willReturn(Mono.just(List.of()));

        client.mutateWith(mockJwt().jwt(jwt -> jwt.claim("preferred_username", "viewer.quimper")))
                .get().uri("/api/v1/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("viewer.quimper")
                .jsonPath("$.platformOperator").isEqualTo(false)
                .jsonPath("$.memberships").isEmpty();
    }

    @Test
    void anAnonymousCallerIsRefusedWithAProblem() {
        client.get().uri("/api/v1/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mutualis:problem:authentication-required");
    }

    @EnableConfigurationProperties(SecurityProperties.class)
    @ComponentScan(basePackages = {"fr.mutualis.api.shared.security", "fr.mutualis.api.shared.web"},
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*OpenApi.*"))
    static class SharedKernel {
    }
}
