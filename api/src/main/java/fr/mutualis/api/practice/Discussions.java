package fr.mutualis.api.practice;

import fr.mutualis.api.audit.AuditLog;
import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.tenancy.TenantContext;
import fr.mutualis.api.shared.web.Ids;
import fr.mutualis.api.shared.web.InvalidCursor;
import fr.mutualis.api.shared.web.Page;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * What the network does around a published practice: one endorsement per authority, comments and questions between
 * agents of any authority, reports of comments, and the operator's moderation. The acting authority is named by the
 * caller and checked like every tenant route ({@code AuthorityAccess}).
 */
@Service
public class Discussions {

    private final PracticeRows practices;
    private final DiscussionRows rows;
    private final Tenancy tenancy;
    private final AuditLog audit;

    Discussions(PracticeRows practices, DiscussionRows rows, Tenancy tenancy, AuditLog audit) {
        this.practices = practices;
        this.rows = rows;
        this.tenancy = tenancy;
        this.audit = audit;
    }

    public Mono<Endorsement> endorse(TenantAccess access, UUID practiceId) {
        return tenancy.run(access.context(), () -> published(practiceId)
                .flatMap(practice -> practice.tenantId().equals(access.authorityId())
                        ? Mono.error(new OwnPracticeEndorsement())
                        : rows.endorse(practice.tenantId(), practiceId, access.authorityId(), access.caller().userId())
                                .flatMap(created -> (created == 0 ? Mono.<Void>empty() : audit.append(access,
                                        "practice.endorsed", "practice", practiceId.toString(), Map.of()))
                                        .then(endorsement(practice, access, true, created > 0)))));
    }

    public Mono<Endorsement> withdraw(TenantAccess access, UUID practiceId) {
        return tenancy.run(access.context(), () -> published(practiceId)
                .flatMap(practice -> rows.withdraw(practice.tenantId(), practiceId, access.authorityId())
                        .flatMap(deleted -> deleted == 0 ? Mono.<Void>empty() : audit.append(access,
                                "practice.endorsement-withdrawn", "practice", practiceId.toString(), Map.of()))
                        .then(endorsement(practice, access, false, false))));
    }

    /** The authorities that endorse a published practice, in the order they did. */
    public Mono<List<Author>> endorsers(Caller caller, UUID practiceId) {
        return tenancy.run(TenantContext.of(caller), () -> published(practiceId)
                .flatMap(practice -> rows.endorsers(practice.tenantId(), practiceId).collectList()));
    }

    public Mono<Comment> comment(TenantAccess access, UUID practiceId, String body) {
        UUID id = Ids.next();
        Caller caller = access.caller();
        return tenancy.run(access.context(), () -> published(practiceId)
                .flatMap(practice -> rows.comment(practice.tenantId(), id, practiceId, access.authorityId(),
                                caller.userId(), caller.name(), body)
                        .then(audit.append(access, "practice.commented", "practice", practiceId.toString(),
                                Map.of("comment", id.toString())))
                        .then(rows.comments(practice.tenantId(), practiceId, null, id, 1).single())));
    }

    public Mono<Page<Comment>> comments(Caller caller, UUID practiceId, @Nullable String cursor, int limit) {
        UUID after = cursor == null ? null : uuid(Page.decode(cursor));
        return tenancy.run(TenantContext.of(caller), () -> published(practiceId)
                .flatMap(practice -> rows.comments(practice.tenantId(), practiceId, after, null, limit + 1)
                        .collectList()))
                .map(found -> Page.of(found, limit, comment -> comment.id().toString()));
    }

    /** Reports a comment to the operator; reporting twice is the same report. */
    public Mono<Boolean> report(TenantAccess access, UUID practiceId, UUID commentId, String reason) {
        return tenancy.run(access.context(), () -> comment(practiceId, commentId)
                .flatMap(comment -> rows.report(comment.tenantId(), commentId, access.authorityId(),
                        access.caller().userId(), reason))
                .flatMap(created -> created == 0 ? Mono.just(false) : audit.append(access, "practice.comment-reported",
                        "comment", commentId.toString(), Map.of()).thenReturn(true)));
    }

    /** The operator hides a comment, or shows it again. */
    public Mono<Comment> moderate(Caller operator, UUID practiceId, UUID commentId, boolean hidden) {
        return tenancy.run(TenantContext.of(operator), () -> comment(practiceId, commentId))
                .flatMap(found -> tenancy.run(TenantContext.of(operator).forTenant(found.tenantId()),
                        () -> rows.moderate(found.tenantId(), commentId, hidden, operator.userId())
                                .then(audit.append(found.tenantId(), operator, hidden ? "practice.comment-hidden"
                                        : "practice.comment-shown", "comment", commentId.toString(), Map.of()))
                                .then(rows.comments(found.tenantId(), practiceId, null, commentId, 1).single())));
    }

    private Mono<Practice> published(UUID practiceId) {
        return practices.findPublished(practiceId, false)
                .switchIfEmpty(Mono.error(() -> new PracticeNotFound("practice " + practiceId)));
    }

    private Mono<CommentOf> comment(UUID practiceId, UUID commentId) {
        return published(practiceId).flatMap(practice -> rows.comments(practice.tenantId(), practiceId, null,
                        commentId, 1).next().map(comment -> new CommentOf(practice.tenantId(), comment)))
                .switchIfEmpty(Mono.error(CommentNotFound::new));
    }

    private Mono<Endorsement> endorsement(Practice practice, TenantAccess access, boolean endorsed, boolean created) {
        return rows.endorsements(practice.tenantId(), practice.id())
                .map(count -> new Endorsement(practice.id(), access.slug(), endorsed, count, created));
    }

    private record CommentOf(UUID tenantId, Comment comment) {
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursor();
        }
    }
}
