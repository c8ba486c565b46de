package fr.mutualis.api.shared.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers the access tokens this instance has verified, until they expire, so that the same token sent again (the
 * portal sends a user's token with every call for its whole life) is not verified again: checking an RS256
 * signature and parsing the token were a tenth of a signed request's CPU (issue 5's profile).
 * <p>
 * Only a token that passed every check of the decoder is remembered, under its exact text; it is served from memory
 * only while it has not expired, and for at most {@link #LONGEST} (a token without expiry is never remembered).
 * Refusals are never remembered: a bad token is checked, and refused, every time.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    static final Duration LONGEST = Duration.ofMinutes(5);

    private final ReactiveJwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(ReactiveJwtDecoder decoder, Clock clock, long maximumTokens) {
        this.decoder = decoder;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(maximumTokens).expireAfter(new UntilExpiry()).build();
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && known.getExpiresAt() != null && clock.instant().isBefore(known.getExpiresAt())) {
            return Mono.just(known);
        }
        return decoder.decode(token).doOnNext(jwt -> {
            if (jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt())) {
                verified.put(token, jwt);
            }
        });
    }

    /** Each token is forgotten when it expires, or after {@link #LONGEST}, whichever comes first. */
    private final class UntilExpiry implements Expiry<String, Jwt> {

        @Override
        public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
            Instant expiresAt = jwt.getExpiresAt();
            Duration left = expiresAt == null ? Duration.ZERO : Duration.between(clock.instant(), expiresAt);
            return Math.max(0, Math.min(left.toNanos(), LONGEST.toNanos()));
        }

        @Override
        public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
            return expireAfterCreate(token, jwt, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
