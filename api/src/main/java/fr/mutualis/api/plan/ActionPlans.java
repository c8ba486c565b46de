package fr.mutualis.api.plan;

import fr.mutualis.api.audit.AuditLog;
import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.tenancy.TenantContext;
import fr.mutualis.api.shared.web.Ids;
import fr.mutualis.api.shared.web.InvalidCursor;
import fr.mutualis.api.shared.web.InvalidField;
import fr.mutualis.api.shared.web.Page;
import fr.mutualis.api.shared.web.VersionMismatch;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The module's public service for plans: an authority's plans, their publication, and the network view. */
@Service
public class ActionPlans {

    /**
     * Pages of the network view, the same for every caller (published plans only), kept 2 seconds: under load, the
     * many readers of the first pages share one query (docs/benchmarks.md); a publication shows within 2 seconds.
     */
    private final AsyncCache<NetworkPage, Page<Plan>> networkPages = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(2)).maximumSize(1_000).buildAsync();
    private final PlanRows plans;
    private final ActionRows actions;
    private final Tenancy tenancy;
    private final AuditLog audit;

    ActionPlans(PlanRows plans, ActionRows actions, Tenancy tenancy, AuditLog audit) {
        this.plans = plans;
        this.actions = actions;
        this.tenancy = tenancy;
        this.audit = audit;
    }

    public Mono<Page<Plan>> list(PlanReader reader, @Nullable String cursor, int limit) {
        UUID after = cursor == null ? null : uuidCursor(cursor);
        return tenancy.runMany(reader.context(), () -> plans.ofAuthority(reader.tenantId(), reader.member(), after,
                        limit + 1))
                .collectList().map(found -> Page.of(found, limit, plan -> plan.id().toString()));
    }

    public Mono<Plan> find(PlanReader reader, UUID planId) {
        return tenancy.run(reader.context(), () -> plans.find(reader.tenantId(), planId, reader.member()))
                .switchIfEmpty(Mono.error(() -> new PlanNotFound("plan " + planId)));
    }

    public Mono<Plan> create(TenantAccess access, PlanDraft draft) {
        UUID id = Ids.next();
        return tenancy.run(access.context(), () -> plans.insert(access.authorityId(), id, draft)
                .then(audit.append(access, "plan.created", "plan", id.toString(), Map.of("title", draft.title())))
                .then(plans.find(access.authorityId(), id, true)))
                .onErrorMap(DataIntegrityViolationException.class, ActionPlans::invalidYears);
    }

    public Mono<Plan> update(TenantAccess access, UUID planId, PlanDraft changes, @Nullable Long expectedVersion) {
        return tenancy.run(access.context(), () -> mine(access, planId)
                .then(plans.update(access.authorityId(), planId, changes, expectedVersion))
                .flatMap(ActionPlans::changedOrStale)
                .then(audit.append(access, changes.status() == PlanStatus.PUBLISHED ? "plan.published"
                        : "plan.updated", "plan", planId.toString(), Map.of()))
                .then(plans.find(access.authorityId(), planId, true)))
                .onErrorMap(DataIntegrityViolationException.class, ActionPlans::invalidYears);
    }

    public Mono<Void> delete(TenantAccess access, UUID planId, @Nullable Long expectedVersion) {
        return tenancy.run(access.context(), () -> mine(access, planId)
                .then(plans.delete(access.authorityId(), planId, expectedVersion))
                .flatMap(ActionPlans::changedOrStale)
                .then(audit.append(access, "plan.deleted", "plan", planId.toString(), Map.of())));
    }

    /** Published plans of the whole network, newest first, filtered by theme, kind of authority and région. */
    public Mono<Page<Plan>> network(Caller caller, @Nullable Theme theme, @Nullable String kind,
            @Nullable String region, @Nullable String cursor, int limit) {
        return published(TenantContext.of(caller), theme, kind, region, cursor, limit, false);
    }

    /** The same, as anyone sees it without a token: PUBLIC plans only (the public api). */
    public Mono<Page<Plan>> publicPlans(@Nullable Theme theme, @Nullable String kind, @Nullable String region,
            @Nullable String cursor, int limit) {
        return published(TenantContext.of(Caller.visitor()), theme, kind, region, cursor, limit, true);
    }

    private Mono<Page<Plan>> published(TenantContext context, @Nullable Theme theme, @Nullable String kind,
            @Nullable String region, @Nullable String cursor, int limit, boolean publicOnly) {
        String[] after = cursor == null ? null : Page.decode(cursor).split("\\|", 2);
        if (after != null && (after.length != 2 || !validPosition(after))) {
            throw new InvalidCursor();
        }
        NetworkPage key = new NetworkPage(theme, kind, region, cursor, limit, publicOnly);
        return Mono.fromFuture(() -> networkPages.get(key, (page, executor) -> tenancy.runMany(
                        context, () -> plans.network(theme, kind, region, after, limit + 1, publicOnly))
                .collectList()
                .map(found -> Page.of(found, limit, plan -> plan.publishedAt() + "|" + plan.id()))
                .toFuture()));
    }

    private record NetworkPage(@Nullable Theme theme, @Nullable String kind, @Nullable String region,
            @Nullable String cursor, int limit, boolean publicOnly) {
    }

    /** The authorities that adopted a best practice (for the best-practice module). */
    public Flux<Adopter> adoptersOfPractice(UUID practiceId) {
        return tenancy.runMany(TenantContext.system(), () -> actions.adoptersOfPractice(practiceId));
    }

    private Mono<Plan> mine(TenantAccess access, UUID planId) {
        return plans.find(access.authorityId(), planId, true)
                .switchIfEmpty(Mono.error(() -> new PlanNotFound("plan " + planId)));
    }

    static Mono<Long> changedOrStale(Long updated) {
        return updated == 0 ? Mono.error(new VersionMismatch()) : Mono.just(updated);
    }

    private static Throwable invalidYears(DataIntegrityViolationException failure) {
        return new InvalidField("endYear", "endYear must be at least startYear and at most 20 years later");
    }

    static UUID uuidCursor(String cursor) {
        try {
            return UUID.fromString(Page.decode(cursor));
        } catch (IllegalArgumentException e) {
            throw new InvalidCursor();
        }
    }

    private static boolean validPosition(String[] after) {
        try {
            OffsetDateTime.parse(after[0]);
            UUID.fromString(after[1]);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
