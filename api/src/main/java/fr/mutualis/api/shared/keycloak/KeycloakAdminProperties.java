package fr.mutualis.api.shared.keycloak;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the api reaches Keycloak's admin api to provision organizations: the server's address, the realm, and the
 * service account {@code mutualis-provisioner} (client credentials). {@code timeout} bounds connecting and each read,
 * so that an unreachable Keycloak fails fast.
 *
 * @param url Keycloak's address, without {@code /realms/...}
 * @param realm the realm whose organizations are managed
 * @param clientId the confidential client whose service account calls the admin api
 * @param clientSecret its secret; from the environment ({@code MUTUALIS_PROVISIONER_CLIENT_SECRET}), never in files
 * @param timeout connect and read timeout of each call
 */
@ConfigurationProperties("mutualis.keycloak")
public record KeycloakAdminProperties(
        @DefaultValue("http://localhost:8180") String url,
        @DefaultValue("mutualis") String realm,
        @DefaultValue("mutualis-provisioner") String clientId,
        String clientSecret,
        @DefaultValue("5s") Duration timeout) {

    /** Whether a real secret was given (an unset environment variable leaves the placeholder text or nothing). */
    boolean hasClientSecret() {
        return clientSecret != null && !clientSecret.isBlank() && !clientSecret.startsWith("${");
    }

    @Override
    public String toString() {
        return "KeycloakAdminProperties[url=" + url + ", realm=" + realm + ", clientId=" + clientId
                + ", clientSecret=" + (hasClientSecret() ? "(set)" : "(missing)") + ", timeout=" + timeout + "]";
    }
}
