package fr.mutualis.api.shared.publicapi;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import fr.mutualis.api.shared.web.ProblemResponses;

/**
 * Rate limits of {@code /public/v1}: a token bucket per authenticated client (the token's {@code azp}) or, without a
 * token, per address. Every answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset}; an exhausted bucket answers 429 with {@code Retry-After}. Runs after authentication (the
 * client is known from a validated token only) inside the security chain. Buckets live in this instance's memory:
 * with N instances behind a load balancer a client gets up to N times the limit (ADR 0018).
 */
public class RateLimits implements WebFilter, Ordered {

    /** After Spring Security (-100), so that a validated token is known. */
    static final int ORDER = 10;

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final PublicApiProperties properties;
    private final ProblemResponses problems;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();

    @Override
    public int getOrder() {
        return ORDER;
    }

    RateLimits(PublicApiProperties properties, ProblemResponses problems) {
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/public/")) {
            return chain.filter(exchange);
        }
        return clientKey()
                .switchIfEmpty(Mono.fromSupplier(() -> "address:" + address(exchange.getRequest())))
                .flatMap(key -> {
                    int limit = key.startsWith("client:") ? properties.clientPerMinute()
                            : properties.anonymousPerMinute();
                    ConsumptionProbe probe = buckets.get(key, ignored -> bucket(limit)).tryConsumeAndReturnRemaining(1);
                    long reset = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForReset()).toSeconds());
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    headers.set("RateLimit-Limit", Integer.toString(limit));
                    headers.set("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
                    headers.set("RateLimit-Reset", Long.toString(reset));
                    headers.set("RateLimit-Policy", limit + ";w=" + WINDOW.toSeconds());
                    if (probe.isConsumed()) {
                        return chain.filter(exchange);
                    }
                    return refuse(exchange, Duration.ofNanos(probe.getNanosToWaitForRefill()));
                });
    }

    private Mono<Void> refuse(ServerWebExchange exchange, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(exchange, ProblemResponses.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "Too many requests", "The limit of this client is reached; try again in " + seconds + " s."), headers);
    }

    private static Bucket bucket(int perMinute) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, WINDOW).build())
                .build();
    }

    private static Mono<String> clientKey() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> ((JwtAuthenticationToken) authentication).getToken())
                .map(token -> "client:" + (token.getClaimAsString("azp") != null ? token.getClaimAsString("azp")
                        : token.getSubject()));
    }

    private String address(ServerHttpRequest request) {
        String forwarded = request.getHeaders().getFirst("X-Forwarded-For");
        if (properties.trustForwardedFor() && forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
