package fr.mutualis.api.reuse.web;

import fr.mutualis.api.reuse.EquipmentCategory;
import fr.mutualis.api.reuse.Partner;
import fr.mutualis.api.reuse.PartnerDraft;
import fr.mutualis.api.reuse.PartnerKind;
import fr.mutualis.api.reuse.PartnerProfile;
import fr.mutualis.api.reuse.PartnerRegistration;
import fr.mutualis.api.reuse.PartnerService;
import fr.mutualis.api.reuse.Partners;
import fr.mutualis.api.reuse.Review;
import fr.mutualis.api.reuse.webhook.WebhookDelivery;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.Role;
import fr.mutualis.api.shared.web.ETags;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Partners", description = "The shared directory of refurbishment and reuse partners, and reviews")
class PartnerController {

    private static final String DEPARTMENT = "^([0-9]{2}|2A|2B|97[1-6])$";

    private final Partners partners;
    private final AuthorityAccess access;

    PartnerController(Partners partners, AuthorityAccess access) {
        this.partners = partners;
        this.access = access;
    }

    record PartnerRequest(@NotBlank @Size(min = 2, max = 200) String name, @NotNull String siret,
            @NotNull PartnerKind kind, @NotNull @Size(max = 6) List<PartnerService> services,
            @NotNull @Size(max = 9) List<EquipmentCategory> categories,
            @NotNull @Size(min = 1, max = 101) List<@Pattern(regexp = DEPARTMENT) String> departments,
            @Nullable @Size(max = 20) List<@Size(max = 80) String> labels,
            @Nullable @Size(max = 300) @Pattern(regexp = "^https?://.+") String website,
            @Nullable String webhookUrl,
            @Nullable @Pattern(regexp = "^[a-z0-9][a-z0-9-]{2,62}$") String clientId) {

        PartnerDraft draft() {
            return new PartnerDraft(name.strip(), siret, kind, services, categories, departments,
                    labels == null ? List.of() : labels, website, webhookUrl);
        }
    }

    record PartnerPatch(@Nullable @Size(min = 2, max = 200) String name, @Nullable PartnerKind kind,
            @Nullable @Size(max = 6) List<PartnerService> services,
            @Nullable @Size(max = 9) List<EquipmentCategory> categories,
            @Nullable @Size(min = 1, max = 101) List<@Pattern(regexp = DEPARTMENT) String> departments,
            @Nullable @Size(max = 20) List<@Size(max = 80) String> labels,
            @Nullable @Size(max = 300) @Pattern(regexp = "^https?://.+") String website,
            @Nullable String webhookUrl) {

        PartnerDraft draft() {
            return new PartnerDraft(name == null ? null : name.strip(), null, kind, services, categories, departments,
                    labels, website, webhookUrl);
        }
    }

    record ReviewRequest(@NotNull @Min(1) @Max(5) Integer rating, @Nullable @Size(max = 2000) String comment) {
    }

    record Secret(String clientId, String clientSecret) {
    }

    record WebhookSecret(String webhookSecret) {
    }

    record DeliveryLog(List<WebhookDelivery> items) {
    }

    @GetMapping({"/api/v1/partners", "/public/v1/partners"})
    @Operation(summary = "The partner directory, by département, service or category (anyone on /public/v1)")
    Mono<Page<Partner>> directory(@RequestParam(required = false) @Nullable @Pattern(regexp = DEPARTMENT)
            String department, @RequestParam(required = false) @Nullable PartnerService service,
            @RequestParam(required = false) @Nullable EquipmentCategory category,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return partners.directory(department, service, category, cursor, Page.limit(limit));
    }

    @GetMapping("/api/v1/partners/{partnerId}")
    @Operation(summary = "A partner's profile with the authorities' reviews")
    Mono<ResponseEntity<PartnerProfile>> profile(@PathVariable UUID partnerId) {
        return partners.profile(partnerId)
                .map(profile -> ResponseEntity.ok().eTag(ETags.of(profile.partner().version())).body(profile));
    }

    @PostMapping(path = "/api/v1/partners", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a partner (operator)", description = "Creates its Keycloak confidential client "
            + "(client credentials). The client secret and the webhook secret are shown in this answer only.")
    Mono<ResponseEntity<PartnerRegistration>> register(@Valid @RequestBody PartnerRequest request) {
        return partners.register(request.draft(), request.clientId())
                .map(registration -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/v1/partners/" + registration.partner().id()))
                        .eTag(ETags.of(registration.partner().version())).body(registration));
    }

    @PatchMapping(path = "/api/v1/partners/{partnerId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a partner's profile (operator, or the partner itself with its client token)")
    Mono<ResponseEntity<Partner>> update(@PathVariable UUID partnerId, @Valid @RequestBody PartnerPatch request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return partners.update(partnerId, request.draft(), ETags.expectedVersion(ifMatch))
                .map(partner -> ResponseEntity.ok().eTag(ETags.of(partner.version())).body(partner));
    }

    @PostMapping("/api/v1/partners/{partnerId}/secret")
    @Operation(summary = "Rotate the partner's client secret (operator); the new one is shown once")
    Mono<Secret> rotate(@PathVariable UUID partnerId) {
        return partners.profile(partnerId).flatMap(profile -> partners.rotateClientSecret(partnerId)
                .map(secret -> new Secret(profile.partner().clientId(), secret)));
    }

    @PostMapping("/api/v1/partners/{partnerId}/webhook-secret")
    @Operation(summary = "Rotate the partner's webhook signing secret (operator); shown once")
    Mono<WebhookSecret> rotateWebhook(@PathVariable UUID partnerId) {
        return partners.rotateWebhookSecret(partnerId).map(WebhookSecret::new);
    }

    @GetMapping("/api/v1/partners/{partnerId}/webhook-deliveries")
    @Operation(summary = "The partner's webhook delivery log (operator)")
    Mono<DeliveryLog> deliveries(@PathVariable UUID partnerId, @RequestParam(required = false) @Nullable Integer limit) {
        return partners.deliveriesForOperator(partnerId, Page.limit(limit)).map(DeliveryLog::new);
    }

    @PostMapping(path = "/api/v1/authorities/{slug}/partners/{partnerId}/reviews",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The authority's review of a partner (members): created (201), then replaced (200)")
    Mono<ResponseEntity<Review>> review(@PathVariable String slug, @PathVariable UUID partnerId,
            @Valid @RequestBody ReviewRequest request) {
        String comment = request.comment() == null ? "" : request.comment().strip();
        return access.require(slug, Role.VIEWER)
                .flatMap(tenant -> partners.review(tenant, partnerId, request.rating(), comment))
                .map((Map.Entry<Review, Boolean> saved) -> ResponseEntity
                        .status(saved.getValue() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/partners/" + partnerId))
                        .eTag(ETags.of(saved.getKey().version())).body(saved.getKey()));
    }
}
