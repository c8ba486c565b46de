package fr.mutualis.api.shared.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

import java.time.Clock;
import java.util.Collection;

/**
 * Every {@code /api/v1} route needs a valid access token from the Mutualis realm: signature, issuer, expiry and the
 * {@code mutualis-api} audience are all checked; every refusal is a problem+json document. Partners' client-credentials
 * tokens are refused on {@code /api/**} (except to edit their own profile), people's tokens on the partner routes of
 * {@code /public/v1}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    /** How many verified tokens each instance remembers (the token's text and its claims: a few KB each). */
    private static final long REMEMBERED_TOKENS = 10_000;

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler accessDeniedHandler) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .cors(Customizer.withDefaults())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/webjars/swagger-ui/**").permitAll()
                        .pathMatchers("/actuator/**").permitAll()
                        // A partner may only edit its own profile on /api/v1 (checked again by the reuse module).
                        .pathMatchers(HttpMethod.PATCH, "/api/v1/partners/*").authenticated()
                        .pathMatchers("/api/**").access(ClientTokens::person)
                        .pathMatchers("/public/v1/lots", "/public/v1/lots/**", "/public/v1/webhook-deliveries")
                                .access(ClientTokens::serviceAccount)
                        .pathMatchers(HttpMethod.GET, "/public/v1/**").permitAll()
                        // Questionnaire answers: anonymous by design (issue 9, ADR 0013).
                        .pathMatchers("/public/v1/campaigns/**").permitAll()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(new BearerTokenHeader())
                        .jwt(jwt -> { })
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler))
                .build();
    }

    /** Spring Security's strict firewall, with its rule for header values in a cheaper form ({@link HeaderValues}). */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderValues(HeaderValues::allowed);
        return firewall;
    }

    /**
     * Keys come from the issuer's discovery document, fetched on first use so the api starts before Keycloak. Tokens
     * that passed are remembered until they expire ({@link VerifiedTokens}).
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withIssuerLocation(properties.issuer()).build();
        decoder.setJwtValidator(validator(properties));
        return new VerifiedTokens(decoder, Clock.systemUTC(), REMEMBERED_TOKENS);
    }

    static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<Collection<String>>("aud",
                        audiences -> audiences != null && audiences.contains(properties.audience())));
    }
}
