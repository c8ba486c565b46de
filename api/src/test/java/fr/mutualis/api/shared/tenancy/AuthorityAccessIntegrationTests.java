package fr.mutualis.api.shared.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.indicator.PeerComparison;
import fr.mutualis.api.indicator.PeerGroup;
import fr.mutualis.api.indicator.UnknownIndicator;
import fr.mutualis.stack.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Year;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * {@link AuthorityAccess#within}: the access check and the route's work in one transaction that acts for the
 * authority, and the same refusals as {@link AuthorityAccess#require}, with the work never started. And the same
 * check inside one statement, {@code member_comparison} (V15), with {@link PeerComparison#compare} above it: no work
 * for a stranger, and settings that never outlive the statement on a pooled connection.
 */
@SpringBootTest
class AuthorityAccessIntegrationTests {

    private static Database database;
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final String SLUG_A = "access-a-" + A.toString().substring(0, 8);
    private static final String SLUG_B = "access-b-" + B.toString().substring(0, 8);

    @Autowired
    private AuthorityAccess access;

    @Autowired
    private Tenancy tenancy;

    @Autowired
    private DatabaseClient sql;

    @Autowired
    private PeerComparison comparison;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    /** An administrator of A, a viewer of A and an administrator of B. */
    @BeforeAll
    static void twoAuthorities(@Autowired ApplicationContext migrated) throws SQLException {
        try (Connection app = DriverManager.getConnection(database.jdbcUrl(), database.roles().appUser(),
                database.roles().appPassword()); Statement statement = app.createStatement()) {
            app.setAutoCommit(false);
            statement.execute("SELECT set_config('app.operator', 'true', true)");
            statement.execute(authority(A, SLUG_A, "130009186"));
            statement.execute(authority(B, SLUG_B, "200046977"));
            app.commit();
            member(app, statement, A, "admin-" + A, "ADMIN");
            member(app, statement, A, "viewer-" + A, "VIEWER");
            member(app, statement, B, "admin-" + B, "ADMIN");
            statement.execute("SELECT set_config('app.tenant_id', '" + A + "', true)");
            for (String year : new String[] {"2021", "2023"}) {
                statement.execute("INSERT INTO measurement (tenant_id, id, indicator_code, year, value, confidential) "
                        + "VALUES ('" + A + "', gen_random_uuid(), 'AGENTS_TRAINED', " + year + ", " + year
                        + " - 2000, true)");
            }
            app.commit();
        }
    }

    @Test
    void theWorkRunsInTheTransactionOfTheCheckActingForTheAuthority() {
        Mono<String> seen = access.within(SLUG_A, Role.VIEWER, tenant -> tenancy.run(tenant.context(), this::now)
                .zipWith(tenancy.run(tenant.context(), this::now), (first, second) -> first + " / " + second));

        StepVerifier.create(seen.contextWrite(ReactiveSecurityContextHolder.withAuthentication(as("viewer-" + A))))
                .assertNext(both -> {
                    String[] parts = both.split(" / ");
                    assertThat(parts[0]).as("one transaction (same id, both runs joined it)").isEqualTo(parts[1])
                            .endsWith("|" + A + "|1");
                })
                .verifyComplete();
    }

    @Test
    void aStrangerGetsNotFoundAndTheWorkNeverStarts() {
        AtomicBoolean started = new AtomicBoolean();
        Mono<Integer> work = access.within(SLUG_A, Role.VIEWER, tenant -> {
            started.set(true);
            return Mono.just(1);
        });

        StepVerifier.create(work.contextWrite(ReactiveSecurityContextHolder.withAuthentication(as("admin-" + B))))
                .expectError(AuthorityNotFound.class)
                .verify();
        assertThat(started).isFalse();
    }

    @Test
    void aRoleTooLowIsRefusedAndTheWorkNeverStarts() {
        AtomicBoolean started = new AtomicBoolean();
        Mono<Integer> work = access.within(SLUG_A, Role.EDITOR, tenant -> {
            started.set(true);
            return Mono.just(1);
        });

        StepVerifier.create(work.contextWrite(ReactiveSecurityContextHolder.withAuthentication(as("viewer-" + A))))
                .expectError(RoleTooLow.class)
                .verify();
        assertThat(started).isFalse();
    }

    @Test
    void anUnknownAuthorityIsNotFound() {
        StepVerifier.create(access.within("no-such-authority", Role.VIEWER, tenant -> Mono.just(1))
                        .contextWrite(ReactiveSecurityContextHolder.withAuthentication(as("admin-" + A))))
                .expectError(AuthorityNotFound.class)
                .verify();
    }

    @Test
    void aMemberComparesInOneStatementThatLeavesNoSettingBehind() throws SQLException {
        try (Connection app = appConnection(); Statement statement = app.createStatement()) {
            ResultSet found = statement.executeQuery(memberComparison("viewer-" + A, false, SLUG_A, "NULL"));
            assertThat(found.next()).isTrue();
            assertThat(found.getString("member_role")).isEqualTo("VIEWER");
            assertThat(found.getInt("year")).as("the latest year with a value").isEqualTo(2023);
            assertThat(found.getString("code")).isEqualTo("AGENTS_TRAINED");
            assertThat(found.getBigDecimal("value")).as("its own confidential value").isEqualByComparingTo("23");
            assertThat(found.getBoolean("confidential")).isTrue();

            ResultSet after = statement.executeQuery("SELECT coalesce(current_setting('app.tenant_id', true), '') "
                    + "|| coalesce(current_setting('app.user_id', true), '') "
                    + "|| coalesce(current_setting('app.operator', true), '') AS settings, "
                    + "(SELECT count(*) FROM measurement WHERE confidential) AS confidential");
            assertThat(after.next()).isTrue();
            assertThat(after.getString("settings")).as("nothing kept after the statement").isEmpty();
            assertThat(after.getLong("confidential")).isZero();
        }
    }

    @Test
    void aStrangersComparisonReadsNothingAndTheOperatorsReadsAll() throws SQLException {
        try (Connection app = appConnection(); Statement statement = app.createStatement()) {
            ResultSet stranger = statement.executeQuery(memberComparison("admin-" + B, false, SLUG_A, "2023"));
            assertThat(stranger.next()).isTrue();
            assertThat(stranger.getObject("authority_id", UUID.class)).isEqualTo(A);
            assertThat(stranger.getString("member_role")).isNull();
            assertThat(stranger.getString("code")).as("no indicator read").isNull();
            assertThat(stranger.getBigDecimal("value")).isNull();
            assertThat(stranger.next()).isFalse();

            ResultSet operator = statement.executeQuery(memberComparison("operator-" + A, true, SLUG_A, "2021"));
            assertThat(operator.next()).isTrue();
            assertThat(operator.getString("member_role")).isNull();
            assertThat(operator.getBigDecimal("value")).isEqualByComparingTo("21");

            ResultSet unknown = statement.executeQuery(memberComparison("admin-" + A, false, "no-such-slug", "2023"));
            assertThat(unknown.next()).as("no row: no authority").isFalse();
        }
    }

    @Test
    void theComparisonRefusesAsTheRoutesDo() {
        StepVerifier.create(comparison.compare(SLUG_A, "AGENTS_TRAINED", 2023, PeerGroup.ALL)
                        .contextWrite(ReactiveSecurityContextHolder.withAuthentication(as("admin-" + B))))
                .expectError(AuthorityNotFound.class)
                .verify();
        StepVerifier.create(comparison.compare("no-such-authority", "AGENTS_TRAINED", 2023, PeerGroup.ALL)
                        .contextWrite(ReactiveSecurityContextHolder.withAuthentication(as("admin-" + A))))
                .expectError(AuthorityNotFound.class)
                .verify();
        StepVerifier.create(comparison.compare(SLUG_A, "NO_SUCH_CODE", 2023, PeerGroup.ALL)
                        .contextWrite(ReactiveSecurityContextHolder.withAuthentication(as("admin-" + A))))
                .expectError(UnknownIndicator.class)
                .verify();
        StepVerifier.create(comparison.compare(SLUG_B, "AGENTS_TRAINED", null, PeerGroup.ALL)
                        .contextWrite(ReactiveSecurityContextHolder.withAuthentication(as("admin-" + B))))
                .assertNext(found -> {
                    assertThat(found.year()).as("no value: last year").isEqualTo(Year.now().getValue() - 1);
                    assertThat(found.value()).isNull();
                })
                .verifyComplete();
    }

    private Connection appConnection() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.roles().appUser(),
                database.roles().appPassword());
    }

    private static String memberComparison(String userId, boolean operator, String slug, String year) {
        return "SELECT * FROM member_comparison('" + userId + "', " + operator + ", '" + slug
                + "', 'AGENTS_TRAINED', " + year + ", 2020, 'ALL')";
    }

    /** The transaction's id, the authority it acts for, and how many memberships row-level security lets it see. */
    private Mono<String> now() {
        return sql.sql("SELECT pg_current_xact_id()::text || '|' || current_setting('app.tenant_id') || '|' "
                        + "|| (SELECT count(*) FROM membership WHERE role = 'ADMIN') AS seen")
                .map(row -> row.get("seen", String.class)).one();
    }

    private static JwtAuthenticationToken as(String userId) {
        return new JwtAuthenticationToken(Jwt.withTokenValue("test").header("alg", "none").subject(userId)
                .claim("email", userId + "@example.org").claim("name", userId).build());
    }

    private static void member(Connection app, Statement statement, UUID tenant, String userId, String role)
            throws SQLException {
        statement.execute("SELECT set_config('app.tenant_id', '" + tenant + "', true)");
        statement.execute("INSERT INTO membership (tenant_id, id, user_id, email, name, role) VALUES ('" + tenant
                + "', gen_random_uuid(), '" + userId + "', 'x@example.org', 'X', '" + role + "')");
        app.commit();
    }

    private static String authority(UUID id, String slug, String siren) {
        return "INSERT INTO authority (id, slug, name, kind, siren) VALUES ('" + id + "', '" + slug + "', 'Test "
                + slug + "', 'COMMUNE', '" + siren + "')";
    }
}
