package fr.mutualis.api.questionnaire;

import fr.mutualis.api.audit.AuditLog;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.web.Ids;
import fr.mutualis.api.shared.web.InvalidCursor;
import fr.mutualis.api.shared.web.InvalidField;
import fr.mutualis.api.shared.web.Page;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Campaigns of an authority: its administrators open them, its members read them. */
@Service
public class Campaigns {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CampaignRows rows;
    private final QuestionnaireRows questionnaires;
    private final Tenancy tenancy;
    private final AuditLog audit;

    Campaigns(CampaignRows rows, QuestionnaireRows questionnaires, Tenancy tenancy, AuditLog audit) {
        this.rows = rows;
        this.questionnaires = questionnaires;
        this.tenancy = tenancy;
        this.audit = audit;
    }

    public Mono<Campaign> create(TenantAccess access, CampaignDraft draft) {
        UUID id = Ids.next();
        return tenancy.run(access.context(), () -> questionnaires.find(draft.check().questionnaireId())
                .switchIfEmpty(Mono.error(() -> new InvalidField("questionnaireId", "No questionnaire has this id.")))
                .filter(questionnaire -> !questionnaire.questions().isEmpty())
                .switchIfEmpty(Mono.error(() -> new InvalidField("questionnaireId",
                        "This questionnaire has no question yet.")))
                .then(rows.insert(access.authorityId(), id, draft, newLinkToken(), access.caller().userId()))
                .then(audit.append(access, "campaign.created", "campaign", id.toString(),
                        Map.of("questionnaireId", draft.questionnaireId().toString(),
                                "audience", draft.audience().name())))
                .then(rows.find(access.authorityId(), id)));
    }

    public Mono<Page<Campaign>> list(TenantAccess access, @Nullable String cursor, int limit) {
        String[] after = cursor == null ? null : position(cursor);
        return tenancy.runMany(access.context(), () -> rows.list(access.authorityId(), after, limit + 1))
                .collectList()
                .map(found -> Page.of(found, limit, campaign -> CampaignRows.utc(campaign.opensAt()) + "|"
                        + campaign.id()));
    }

    public Mono<Campaign> find(TenantAccess access, UUID id) {
        return tenancy.run(access.context(), () -> rows.find(access.authorityId(), id))
                .switchIfEmpty(Mono.error(() -> new QuestionnaireNotFound("campaign")));
    }

    /** 256 random bits, URL-safe: the secret that the answer link carries. */
    static String newLinkToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String[] position(String cursor) {
        String[] parts = Page.decode(cursor).split("\\|", 2);
        try {
            return new String[] {OffsetDateTime.parse(parts[0]).toString(), UUID.fromString(parts[1]).toString()};
        } catch (RuntimeException e) {
            throw new InvalidCursor();
        }
    }
}
