package fr.mutualis.portal.shared.api;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal reaches the api ({@code mutualis.portal.*}).
 *
 * @param apiBaseUrl where the api answers, e.g. {@code http://localhost:8081}
 * @param apiTimeout how long a page waits for the api before it says the api is unavailable
 */
@ConfigurationProperties("mutualis.portal")
public record PortalProperties(@DefaultValue("http://localhost:8081") URI apiBaseUrl,
		@DefaultValue("5s") Duration apiTimeout) {
}
