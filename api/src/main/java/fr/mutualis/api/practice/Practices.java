package fr.mutualis.api.practice;

import fr.mutualis.api.audit.AuditLog;
import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.tenancy.TenantContext;
import fr.mutualis.api.shared.web.Ids;
import fr.mutualis.api.shared.web.InvalidCursor;
import fr.mutualis.api.shared.web.Page;
import fr.mutualis.api.shared.web.VersionMismatch;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The practices of the library: an authority's editors write them (drafts stay private to the authority), the network
 * reads the published ones, and the plans module adopts them through {@link #publishedForAdoption(UUID)}. A change that
 * a search could show (a publication, a change of a published practice, a withdrawal) makes this instance forget its
 * kept search answers once committed, so that its readers see it at once.
 */
@Service
public class Practices {

    private static final TenantContext ANONYMOUS = TenantContext.of(Caller.visitor());

    private final PracticeRows rows;
    private final Tenancy tenancy;
    private final AuditLog audit;
    private final PracticeSearch search;

    Practices(PracticeRows rows, Tenancy tenancy, AuditLog audit, PracticeSearch search) {
        this.rows = rows;
        this.tenancy = tenancy;
        this.audit = audit;
        this.search = search;
    }

    public Mono<Practice> create(TenantAccess access, PracticeContent content) {
        UUID id = Ids.next();
        return tenancy.run(access.context(), () -> rows.insert(access.authorityId(), id, content,
                        access.caller().userId(), access.caller().name())
                .then(audit.append(access, "practice.created", "practice", id.toString(),
                        Map.of("title", content.title(), "status", content.status().name())))
                .then(rows.findOwn(access.authorityId(), id)))
                .doOnNext(created -> forgetSearchesIf(created.content().status() == PracticeStatus.PUBLISHED));
    }

    /** A practice of the authority, draft or published. */
    public Mono<Practice> own(TenantAccess access, UUID id) {
        return tenancy.run(access.context(), () -> rows.findOwn(access.authorityId(), id))
                .switchIfEmpty(Mono.error(() -> new PracticeNotFound("practice " + id)));
    }

    public Mono<Page<Practice>> ofAuthority(TenantAccess access, @Nullable String cursor, int limit) {
        UUID before = cursor == null ? null : uuid(Page.decode(cursor));
        return tenancy.runMany(access.context(), () -> rows.ofAuthority(access.authorityId(), before, limit + 1))
                .collectList()
                .map(found -> Page.of(found, limit, practice -> practice.id().toString()));
    }

    public Mono<Practice> update(TenantAccess access, UUID id, PracticeChanges changes, @Nullable Long expectedVersion) {
        return tenancy.run(access.context(), () -> rows.findOwn(access.authorityId(), id)
                .switchIfEmpty(Mono.error(() -> new PracticeNotFound("practice " + id)))
                .flatMap(current -> rows.update(access.authorityId(), id, changes.applyTo(current.content()),
                                expectedVersion)
                        .flatMap(updated -> updated == 0 ? Mono.error(new VersionMismatch()) : Mono.just(updated))
                        .then(audit.append(access, "practice.updated", "practice", id.toString(), Map.of()))
                        .then(rows.findOwn(access.authorityId(), id))
                        .map(changed -> new Change(current, changed))))
                .doOnNext(change -> forgetSearchesIf(change.before().content().status() == PracticeStatus.PUBLISHED
                        || change.after().content().status() == PracticeStatus.PUBLISHED))
                .map(Change::after);
    }

    /** A practice before and after an update. */
    private record Change(Practice before, Practice after) {
    }

    /** After the commit: readers of this instance then search the library as it now is. */
    private void forgetSearchesIf(boolean libraryChanged) {
        if (libraryChanged) {
            search.forgetAnswers();
        }
    }

    /** A published practice, as any member of the network reads it. */
    public Mono<Practice> published(Caller caller, UUID id) {
        return tenancy.run(TenantContext.of(caller), () -> rows.findPublished(id, false))
                .switchIfEmpty(Mono.error(() -> new PracticeNotFound("practice " + id)));
    }

    /** A published PUBLIC practice, as anyone reads it without signing in. */
    public Mono<Practice> publicPractice(UUID id) {
        return tenancy.run(ANONYMOUS, () -> rows.findPublished(id, true))
                .switchIfEmpty(Mono.error(() -> new PracticeNotFound("practice " + id)));
    }

    /**
     * The practice an authority may adopt: PUBLISHED and readable by the whole network; empty otherwise (a draft, or
     * no such practice). This is what the plans module's {@code PracticeSource.publishedPractice} answers.
     */
    public Mono<AdoptablePracticeView> publishedForAdoption(UUID id) {
        return tenancy.run(TenantContext.system(), () -> rows.findPublished(id, false))
                .map(practice -> new AdoptablePracticeView(practice.id(), practice.content().title(),
                        practice.content().summary(), practice.content().theme().name()));
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursor();
        }
    }
}
