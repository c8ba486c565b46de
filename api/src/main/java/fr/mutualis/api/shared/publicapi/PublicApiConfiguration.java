package fr.mutualis.api.shared.publicapi;

import fr.mutualis.api.shared.web.ProblemResponses;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The filters of {@code /public/v1} (declared here rather than scanned, so that web slice tests do not pick them up)
 * and CORS for its reads only: any page may read open content; nothing else is shared cross-origin.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicApiProperties.class)
class PublicApiConfiguration {

    @Bean
    RateLimits rateLimits(PublicApiProperties properties, ProblemResponses problems) {
        return new RateLimits(properties, problems);
    }

    @Bean
    ConditionalReads conditionalReads(PublicApiProperties properties) {
        return new ConditionalReads(properties);
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(PublicApiProperties properties) {
        CorsConfiguration reads = new CorsConfiguration();
        reads.setAllowedOrigins(properties.corsAllowedOrigins());
        reads.setAllowedMethods(List.of("GET", "HEAD"));
        reads.setAllowedHeaders(List.of("Authorization", "If-None-Match", "Accept"));
        reads.setExposedHeaders(List.of("ETag", "Link", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining",
                "RateLimit-Reset", "RateLimit-Policy", "X-Request-Id"));
        reads.setAllowCredentials(false);
        reads.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/public/v1/**", reads);
        return source;
    }
}
