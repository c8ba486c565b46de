package fr.mutualis.api.reuse.webhook;

import fr.mutualis.api.shared.web.InvalidField;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Which webhook addresses a partner may give: HTTPS, or http://localhost where configuration allows it. */
@Component
public class WebhookUrls {

    private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "[::1]");

    private final WebhookProperties properties;

    WebhookUrls(WebhookProperties properties) {
        this.properties = properties;
    }

    public String check(String url) {
        try {
            URI uri = new URI(url.strip());
            boolean https = "https".equals(uri.getScheme()) && uri.getHost() != null;
            boolean local = properties.allowInsecureLocalhost() && "http".equals(uri.getScheme())
                    && uri.getHost() != null && LOCAL.contains(uri.getHost());
            if ((https || local) && uri.getUserInfo() == null && url.length() <= 500) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new InvalidField("webhookUrl", "The webhook address must be an https:// URL (at most 500 characters).");
    }
}
