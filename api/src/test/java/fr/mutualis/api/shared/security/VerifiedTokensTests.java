package fr.mutualis.api.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** A verified token is served again without a second check while it lives; nothing else is remembered. */
class VerifiedTokensTests {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private final MovingClock clock = new MovingClock();
    private final AtomicInteger checks = new AtomicInteger();

    @Test
    void theSameTokenIsCheckedOnceWhileItLives() {
        VerifiedTokens tokens = new VerifiedTokens(expiringIn(Duration.ofMinutes(5)), clock, 100);

        Jwt first = tokens.decode("token-a").block();
        Jwt second = tokens.decode("token-a").block();
        tokens.decode("token-b").block();

        assertThat(second).isSameAs(first);
        assertThat(checks).as("token-a once, token-b once").hasValue(2);
    }

    @Test
    void anExpiredTokenIsCheckedAgainAndItsCheckDecides() {
        VerifiedTokens tokens = new VerifiedTokens(expiringIn(Duration.ofSeconds(60)), clock, 100);
        tokens.decode("token-a").block();

        clock.move(Duration.ofSeconds(61));
        tokens.decode("token-a").block();

        assertThat(checks).hasValue(2);
    }

    @Test
    void aRefusalIsNeverRemembered() {
        ReactiveJwtDecoder refusing = token -> {
            checks.incrementAndGet();
            return Mono.error(new BadJwtException("bad signature"));
        };
        VerifiedTokens tokens = new VerifiedTokens(refusing, clock, 100);

        StepVerifier.create(tokens.decode("forged")).expectError(BadJwtException.class).verify();
        StepVerifier.create(tokens.decode("forged")).expectError(BadJwtException.class).verify();

        assertThat(checks).hasValue(2);
    }

    @Test
    void aTokenWithoutExpiryIsNeverRemembered() {
        ReactiveJwtDecoder noExpiry = token -> {
            checks.incrementAndGet();
            return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("someone").build());
        };
        VerifiedTokens tokens = new VerifiedTokens(noExpiry, clock, 100);

        tokens.decode("token-a").block();
        tokens.decode("token-a").block();

        assertThat(checks).hasValue(2);
    }

    /** A decoder that accepts any token, valid for {@code life} from the clock's current time, and counts its checks. */
    private ReactiveJwtDecoder expiringIn(Duration life) {
        return token -> {
            checks.incrementAndGet();
            Instant issued = clock.instant();
            return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("someone")
                    .issuedAt(issued).expiresAt(issued.plus(life)).build());
        };
    }

    private static final class MovingClock extends Clock {

        private Instant now = NOW;

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
