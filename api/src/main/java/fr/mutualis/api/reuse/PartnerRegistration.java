package fr.mutualis.api.reuse;

/**
 * A registered partner and its credentials, shown once: the client id and secret of its Keycloak client (for the
 * client-credentials grant) and the secret that signs its webhooks.
 */
public record PartnerRegistration(Partner partner, String clientId, String clientSecret, String webhookSecret) {
}
