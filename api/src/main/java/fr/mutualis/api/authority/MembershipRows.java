package fr.mutualis.api.authority;

import static fr.mutualis.api.shared.web.SqlParameters.text;

import fr.mutualis.api.shared.tenancy.Role;
import fr.mutualis.api.shared.web.Ids;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The SQL of memberships and invitations, always filtered on the tenant (row-level security filters it again). */
@Repository
class MembershipRows {

    private static final String MEMBER = "SELECT user_id, name, email, role, created_at FROM membership ";

    private final DatabaseClient database;

    MembershipRows(DatabaseClient database) {
        this.database = database;
    }

    Flux<Member> members(UUID tenant, @Nullable String[] after, int limit) {
        return database.sql(MEMBER + """
                        WHERE tenant_id = $1 AND ($2::text IS NULL OR (lower(name), user_id) > ($2, $3))
                        ORDER BY lower(name), user_id LIMIT $4""")
                .bind("$1", tenant).bind("$2", text(after == null ? null : after[0]))
                .bind("$3", text(after == null ? null : after[1])).bind("$4", limit)
                .map(MembershipRows::member).all();
    }

    Mono<Member> member(UUID tenant, String userId) {
        return database.sql(MEMBER + "WHERE tenant_id = $1 AND user_id = $2").bind("$1", tenant).bind("$2", userId)
                .map(MembershipRows::member).one();
    }

    Mono<Boolean> hasMemberWithEmail(UUID tenant, String email) {
        return database.sql("SELECT 1 FROM membership WHERE tenant_id = $1 AND lower(email) = lower($2)")
                .bind("$1", tenant).bind("$2", email).map(row -> true).first().defaultIfEmpty(false);
    }

    /** The administrators, locked until the end of the transaction so that two demotions cannot race. */
    Mono<Long> lockAdministrators(UUID tenant) {
        return database.sql("SELECT user_id FROM membership WHERE tenant_id = $1 AND role = 'ADMIN' FOR UPDATE")
                .bind("$1", tenant).map(row -> 1).all().count();
    }

    Mono<Long> changeRole(UUID tenant, String userId, Role role) {
        return database.sql("""
                        UPDATE membership SET role = $3, version = version + 1, updated_at = now()
                        WHERE tenant_id = $1 AND user_id = $2""")
                .bind("$1", tenant).bind("$2", userId).bind("$3", role.name()).fetch().rowsUpdated();
    }

    Mono<Long> remove(UUID tenant, String userId) {
        return database.sql("DELETE FROM membership WHERE tenant_id = $1 AND user_id = $2")
                .bind("$1", tenant).bind("$2", userId).fetch().rowsUpdated();
    }

    Mono<Long> add(UUID tenant, String userId, String email, String name, Role role) {
        return database.sql("""
                        INSERT INTO membership (tenant_id, id, user_id, email, name, role) VALUES ($1, $2, $3, $4, $5, $6)
                        ON CONFLICT (tenant_id, user_id) DO NOTHING""")
                .bind("$1", tenant).bind("$2", Ids.next()).bind("$3", userId).bind("$4", email).bind("$5", name)
                .bind("$6", role.name()).fetch().rowsUpdated();
    }

    /** The caller's own memberships in every authority (visible through the {@code own_memberships} policy). */
    Flux<MembershipOf> ownMemberships() {
        return database.sql("""
                        SELECT a.slug, a.name, m.role FROM membership m JOIN authority a ON a.id = m.tenant_id
                        WHERE m.user_id = app_user() ORDER BY lower(a.name), a.slug""")
                .map(row -> new MembershipOf(row.get("slug", String.class), row.get("name", String.class),
                        Role.valueOf(row.get("role", String.class)))).all();
    }

    Mono<Invitation> invite(UUID tenant, String email, Role role, String invitedBy) {
        return database.sql("""
                        INSERT INTO invitation (tenant_id, id, email, role, invited_by) VALUES ($1, $2, lower($3), $4, $5)
                        ON CONFLICT (tenant_id, email) DO UPDATE
                            SET role = EXCLUDED.role, invited_by = EXCLUDED.invited_by, status = 'PENDING',
                                created_at = now()
                        RETURNING id, email, role, status, created_at""")
                .bind("$1", tenant).bind("$2", Ids.next()).bind("$3", email).bind("$4", role.name())
                .bind("$5", invitedBy).map(MembershipRows::invitation).one();
    }

    Flux<Invitation> pendingInvitations(UUID tenant) {
        return database.sql("""
                        SELECT id, email, role, status, created_at FROM invitation
                        WHERE tenant_id = $1 AND status = 'PENDING' ORDER BY created_at DESC, id""")
                .bind("$1", tenant).map(MembershipRows::invitation).all();
    }

    Mono<Long> revoke(UUID tenant, UUID invitation) {
        return database.sql("UPDATE invitation SET status = 'REVOKED' WHERE tenant_id = $1 AND id = $2 AND status = 'PENDING'")
                .bind("$1", tenant).bind("$2", invitation).fetch().rowsUpdated();
    }

    /** Deletes the authority's accepted and revoked invitations sent before {@code before}; pending ones stay. */
    Mono<Long> purgeClosedInvitations(UUID tenant, OffsetDateTime before) {
        return database.sql("""
                        DELETE FROM invitation
                        WHERE tenant_id = $1 AND status IN ('ACCEPTED', 'REVOKED') AND created_at < $2""")
                .bind("$1", tenant).bind("$2", before).fetch().rowsUpdated();
    }

    /** Every authority's id, for work that visits each tenant in turn. */
    Flux<UUID> authorityIds() {
        return database.sql("SELECT id FROM authority ORDER BY id").map(row -> row.get("id", UUID.class)).all();
    }

    /** Marks the pending invitation of this e-mail accepted and gives its role; empty when there is none. */
    Mono<Role> acceptInvitation(UUID tenant, String email) {
        return database.sql("""
                        UPDATE invitation SET status = 'ACCEPTED'
                        WHERE tenant_id = $1 AND email = lower($2) AND status = 'PENDING' RETURNING role""")
                .bind("$1", tenant).bind("$2", email).map(row -> Role.valueOf(row.get("role", String.class))).one();
    }

    private static Member member(Readable row) {
        return new Member(row.get("user_id", String.class), row.get("name", String.class),
                row.get("email", String.class), Role.valueOf(row.get("role", String.class)),
                row.get("created_at", OffsetDateTime.class));
    }

    private static Invitation invitation(Readable row) {
        return new Invitation(row.get("id", UUID.class), row.get("email", String.class),
                Role.valueOf(row.get("role", String.class)), row.get("status", String.class),
                row.get("created_at", OffsetDateTime.class));
    }
}
