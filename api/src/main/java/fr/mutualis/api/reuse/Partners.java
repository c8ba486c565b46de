package fr.mutualis.api.reuse;

import fr.mutualis.api.audit.AuditLog;
import fr.mutualis.api.reuse.webhook.WebhookDeliveries;
import fr.mutualis.api.reuse.webhook.WebhookDelivery;
import fr.mutualis.api.reuse.webhook.WebhookSignature;
import fr.mutualis.api.reuse.webhook.WebhookUrls;
import fr.mutualis.api.shared.keycloak.KeycloakPartnerClients;
import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.security.SecurityProperties;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.tenancy.TenantContext;
import fr.mutualis.api.shared.web.Ids;
import fr.mutualis.api.shared.web.InvalidField;
import fr.mutualis.api.shared.web.Page;
import fr.mutualis.api.shared.web.VersionMismatch;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The partner directory: search, profiles and reviews; registration and changes by the operator or the partner. */
@Service
public class Partners {

    /** Reads of the public directory: no tenant, no operator rights. */
    private static final TenantContext READER = new TenantContext(null, "directory", false);

    private final PartnerRows rows;
    private final Tenancy tenancy;
    private final PartnerSessions sessions;
    private final KeycloakPartnerClients keycloak;
    private final WebhookUrls webhookUrls;
    private final WebhookDeliveries deliveries;
    private final AuditLog audit;
    private final String audience;

    Partners(PartnerRows rows, Tenancy tenancy, PartnerSessions sessions, KeycloakPartnerClients keycloak,
            WebhookUrls webhookUrls, WebhookDeliveries deliveries, AuditLog audit, SecurityProperties security) {
        this.rows = rows;
        this.tenancy = tenancy;
        this.sessions = sessions;
        this.keycloak = keycloak;
        this.webhookUrls = webhookUrls;
        this.deliveries = deliveries;
        this.audit = audit;
        this.audience = security.audience();
    }

    public Mono<Page<Partner>> directory(@Nullable String department, @Nullable PartnerService service,
            @Nullable EquipmentCategory category, @Nullable String cursor, int limit) {
        String[] after = cursor == null ? null : Page.decode(cursor).split("\n", 2);
        if (after != null && after.length != 2) {
            throw new fr.mutualis.api.shared.web.InvalidCursor();
        }
        return tenancy.runMany(READER, () -> rows.directory(department, service, category, after,
                        limit + 1))
                .collectList().map(found -> Page.of(found, limit,
                        partner -> partner.name().toLowerCase(java.util.Locale.ROOT) + "\n" + partner.id()));
    }

    public Mono<PartnerProfile> profile(UUID id) {
        return tenancy.run(READER, () -> find(id)
                .flatMap(partner -> rows.reviews(id).collectList().map(reviews -> new PartnerProfile(partner,
                        reviews))));
    }

    /** Operator: records the partner and creates its Keycloak client; the secrets are answered once. */
    public Mono<PartnerRegistration> register(PartnerDraft draft, @Nullable String requestedClientId) {
        PartnerDraft checked = withCheckedWebhook(draft);
        UUID id = Ids.next();
        String clientId = requestedClientId != null ? requestedClientId : "partner-" + id.toString().substring(24);
        String webhookSecret = WebhookSignature.newSecret();
        return operator()
                .flatMap(caller -> tenancy.run(TenantContext.of(caller), () -> conflicts(checked.siret(), clientId))
                        .then(keycloak.ensureClient(clientId, checked.name(), audience))
                        .flatMap(secret -> tenancy.run(TenantContext.of(caller),
                                        () -> rows.insert(id, checked, clientId, webhookSecret).then(find(id)))
                                .map(partner -> new PartnerRegistration(partner, clientId, secret, webhookSecret))));
    }

    /** Operator, or the partner itself: changes the profile (If-Match honoured). */
    public Mono<Partner> update(UUID id, PartnerDraft changes, @Nullable Long expectedVersion) {
        PartnerDraft checked = withCheckedWebhook(changes);
        return PartnerSessions.isServiceAccountRequest().flatMap(machine -> machine
                ? sessions.current().filter(me -> me.id().equals(id))
                        .switchIfEmpty(Mono.error(() -> new NotAPartner("A partner may only change its own profile.")))
                        .flatMap(me -> sessions.run(me, () -> apply(id, checked, expectedVersion)))
                : operator().flatMap(caller -> tenancy.run(TenantContext.of(caller),
                        () -> apply(id, checked, expectedVersion))));
    }

    /** Operator: a new client secret (the old one stops working at once). */
    public Mono<String> rotateClientSecret(UUID id) {
        return operator().flatMap(caller -> tenancy.run(TenantContext.of(caller), () -> find(id)))
                .flatMap(partner -> keycloak.rotateSecret(partner.clientId()));
    }

    /** Operator: a new webhook signing secret. */
    public Mono<String> rotateWebhookSecret(UUID id) {
        String secret = WebhookSignature.newSecret();
        return operator().flatMap(caller -> tenancy.run(TenantContext.of(caller),
                () -> find(id).then(rows.replaceWebhookSecret(id, secret)))).thenReturn(secret);
    }

    /** One review per authority and partner: the first POST creates it (true), the next ones replace it. */
    public Mono<Map.Entry<Review, Boolean>> review(TenantAccess access, UUID partnerId, int rating, String comment) {
        return tenancy.run(access.context(), () -> find(partnerId)
                .then(rows.upsertReview(access.authorityId(), Ids.next(), partnerId, rating, comment,
                        access.caller().name()))
                .flatMap(created -> audit.append(access, created ? "review.created" : "review.updated", "partner",
                                partnerId.toString(), Map.of("rating", rating))
                        .then(rows.reviews(partnerId).filter(r -> r.authority().equals(access.slug())).next())
                        .map(review -> Map.entry(review, created))));
    }

    public Mono<List<WebhookDelivery>> deliveriesForOperator(UUID partnerId, int limit) {
        return operator().flatMap(caller -> tenancy.run(TenantContext.system(), () -> find(partnerId)
                .then(deliveries.of(partnerId, limit).collectList())));
    }

    public Mono<List<WebhookDelivery>> myDeliveries(int limit) {
        return sessions.current().flatMap(me -> sessions.run(me, () -> deliveries.of(me.id(), limit).collectList()));
    }

    private Mono<Partner> apply(UUID id, PartnerDraft changes, @Nullable Long expectedVersion) {
        return find(id).flatMap(partner -> rows.update(id, changes, expectedVersion)
                .flatMap(updated -> updated == 0 ? Mono.error(new VersionMismatch()) : find(id)));
    }

    private Mono<Void> conflicts(@Nullable String siret, String clientId) {
        return rows.exists("siret", String.valueOf(siret)).flatMap(taken -> taken
                ? Mono.error(new PartnerConflict("siret", "Another partner already has this SIRET."))
                : rows.exists("clientId", clientId).flatMap(used -> used
                        ? Mono.error(new PartnerConflict("clientId", "Another partner already uses this client."))
                        : Mono.empty()));
    }

    private PartnerDraft withCheckedWebhook(PartnerDraft draft) {
        if (draft.siret() != null && !Siret.isValid(draft.siret())) {
            throw new InvalidField("siret", "A SIRET has 14 digits and a valid checksum.");
        }
        String url = draft.webhookUrl() == null || draft.webhookUrl().isBlank() ? null
                : webhookUrls.check(draft.webhookUrl());
        return new PartnerDraft(draft.name(), draft.siret(), draft.kind(), draft.services(), draft.categories(),
                draft.departments(), draft.labels(), draft.website(), url);
    }

    private Mono<Partner> find(UUID id) {
        return rows.find(id).switchIfEmpty(Mono.error(() -> new ReuseNotFound("partner " + id)));
    }

    private static Mono<Caller> operator() {
        return Caller.current().filter(Caller::operator).switchIfEmpty(Mono.error(OperatorOnly::new));
    }
}
