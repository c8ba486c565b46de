package fr.mutualis.api.opendata;

import fr.mutualis.api.shared.web.DomainException;
import java.time.Duration;
import org.springframework.http.HttpStatus;

/** No export is complete yet (a fresh installation generates its first one at start): 503, try again shortly. */
public class OpenDataNotReady extends DomainException {

    public OpenDataNotReady() {
        super(HttpStatus.SERVICE_UNAVAILABLE, "open-data-not-ready", "Open data not ready",
                "The first open-data export is being generated. Try again in a minute.");
    }

    @Override
    public Duration retryAfter() {
        return Duration.ofSeconds(60);
    }
}
