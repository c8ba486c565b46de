package fr.mutualis.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * Creates (or re-creates) a database for measurements, {@code mutualis_scale} by default, with the same roles and
 * migrations as the application's, then fills it fast with SQL as the PostgreSQL superuser (which bypasses row-level
 * security): N authorities (default 5,000, up to 40,000) with a realistic mix of kinds, régions, populations and
 * parents, their memberships and invitations, and audit events, so that the tenant-owned tables hold about
 * {@code --rows} rows (default 1,000,000). Never touches the application's own database.
 *
 * <p>The SQL lives in {@code src/main/resources/scale/}, one file per table group, run in order; a later issue adds a
 * file for its tables and its tenant-owned rows. Placeholders are written {@code {{name}}}.
 *
 * <pre>infra/benchmarks/scale-data.sh --authorities 5000 --rows 1000000</pre>
 */
public final class ScaleData {

    static final int MIN_AUTHORITIES = 200;
    static final int MAX_AUTHORITIES = 40_000;
    private static final int REGIONS = 18;
    private static final int DEPARTMENTS = 101;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\w+}}");
    private static final List<String> TENANT_TABLES = List.of("membership", "invitation", "audit_event",
            "action_plan", "plan_action", "plan_action_indicator", "plan_action_change", "action_adoption",
            "measurement");

    private final PostgresServer postgres;
    private final String databaseName;
    private final Path migrations;

    ScaleData(PostgresServer postgres, String databaseName, Path migrations) {
        this.postgres = postgres;
        this.databaseName = databaseName;
        this.migrations = migrations;
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        int authorities = Integer.parseInt(options.getOrDefault("authorities", "5000"));
        long rows = Long.parseLong(options.getOrDefault("rows", "1000000"));
        String database = options.getOrDefault("database", "mutualis_scale");
        if (authorities < MIN_AUTHORITIES || authorities > MAX_AUTHORITIES) {
            fail("--authorities must be between " + MIN_AUTHORITIES + " and " + MAX_AUTHORITIES);
        }
        if (rows < 0 || rows > 50_000_000L) {
            fail("--rows must be between 0 and 50000000");
        }
        if (database.equals(Settings.get("mutualis.db.name", "mutualis"))) {
            fail("--database must not be the application's database");
        }
        Path project = Path.of(Settings.get("mutualis.project.dir", ".")).toAbsolutePath().normalize();
        Path migrations = project.resolve("api/src/main/resources/db/migration");
        if (!Files.isDirectory(migrations)) {
            fail(migrations + " is missing: run from the project's root directory (or set MUTUALIS_PROJECT_DIR).");
        }
        PostgresServer postgres = PostgresResolver.resolve(Path.of(System.getProperty("user.home"), ".local", "share",
                "mutualis", "postgres"));
        try {
            new ScaleData(postgres, database, migrations).create(authorities, rows);
        } catch (IllegalStateException e) {
            fail(e.getMessage());
        }
    }

    void create(int authorities, long rows) {
        long started = System.nanoTime();
        say("PostgreSQL: " + postgres + "; database " + databaseName + " (dropped and created again)");
        DatabaseBootstrap bootstrap = new DatabaseBootstrap(postgres);
        bootstrap.dropDatabase(databaseName);
        DatabaseRoles roles = DatabaseRoles.fromSettings();
        Database database = bootstrap.applicationDatabase(databaseName, roles);
        Flyway.configure()
                .dataSource(database.jdbcUrl(), roles.ownerUser(), roles.ownerPassword())
                .locations("filesystem:" + migrations)
                .placeholders(Map.of("appRole", roles.appUser()))
                .load()
                .migrate();
        say("migrations of " + migrations + " applied as " + roles.ownerUser() + " in " + since(started));

        int rest = authorities - REGIONS - DEPARTMENTS;
        int epcis = Math.max(1, rest * 4 / 100);
        int syndicats = rest * 6 / 100;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("epcis", Integer.toString(epcis));
        values.put("syndicats", Integer.toString(syndicats));
        values.put("communes", Integer.toString(rest - epcis - syndicats));

        try (Connection connection = postgres.connect(databaseName); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            // Bulk load: the generated rows are consistent by construction, so skip foreign-key triggers, and do not
            // wait for the disk at each statement.
            statement.execute("SET session_replication_role = replica");
            statement.execute("SET synchronous_commit = off");
            long filling = System.nanoTime();
            run(statement, "scale/00-functions.sql", values);
            run(statement, "scale/10-authorities.sql", values);
            run(statement, "scale/20-memberships.sql", values);
            long sofar = count(statement, "membership") + count(statement, "invitation");
            values.put("auditEvents", Long.toString(Math.max(0, rows - sofar)));
            run(statement, "scale/30-audit.sql", values);
            run(statement, "scale/40-plans.sql", values);
            run(statement, "scale/50-indicators.sql", values);
            run(statement, "scale/60-reuse.sql", values); // issue 6
            values.put("practices", Settings.get("mutualis.scale.practices", "50000")); // Best practices (issue 7)
            run(statement, "scale/70-practices.sql", values);
            statement.execute("SET session_replication_role = origin");
            say("rows generated in " + since(filling));
            long vacuuming = System.nanoTime();
            statement.execute("VACUUM (ANALYZE)");
            say("VACUUM (ANALYZE) in " + since(vacuuming));
            report(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + e.getMessage(), e);
        }
        say("done in " + since(started) + ": " + database.jdbcUrl() + " (runtime role " + roles.appUser()
                + ", owner " + roles.ownerUser() + ")");
    }

    private void run(Statement statement, String resource, Map<String, String> values) throws SQLException {
        long started = System.nanoTime();
        String sql = resource(resource);
        for (Map.Entry<String, String> value : values.entrySet()) {
            sql = sql.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        if (PLACEHOLDER.matcher(sql).find()) {
            throw new IllegalStateException(resource + " has a placeholder without a value");
        }
        statement.execute(sql);
        say("  " + resource + " in " + since(started));
    }

    private void report(Statement statement) throws SQLException {
        try (ResultSet kinds = statement.executeQuery(
                "SELECT kind, count(*) FROM authority GROUP BY kind ORDER BY count(*) DESC")) {
            StringBuilder line = new StringBuilder("authorities:");
            while (kinds.next()) {
                line.append(' ').append(kinds.getString(1)).append(' ').append(kinds.getLong(2));
            }
            say(line.toString());
        }
        say("authority " + count(statement, "authority") + ", authority_domain " + count(statement, "authority_domain"));
        long total = 0;
        StringBuilder line = new StringBuilder("tenant-owned rows:");
        for (String table : TENANT_TABLES) {
            long rows = count(statement, table);
            total += rows;
            line.append(' ').append(table).append(' ').append(rows);
        }
        say(line.append(", total ").append(total).toString());
        try (ResultSet size = statement.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
            size.next();
            say("database size " + size.getString(1));
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT count(*) FROM " + DatabaseBootstrap.identifier(table))) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ScaleData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No " + name + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                fail("Unexpected argument " + arg + "; usage: ScaleData [--authorities N] [--rows R] [--database NAME]");
            }
            String key = arg.substring(2);
            String value;
            int equals = key.indexOf('=');
            if (equals >= 0) {
                value = key.substring(equals + 1);
                key = key.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                fail("--" + key + " needs a value");
                return options;
            }
            if (!List.of("authorities", "rows", "database").contains(key)) {
                fail("Unknown option --" + key + "; known: --authorities, --rows, --database");
            }
            options.put(key, value);
        }
        return options;
    }

    private static String since(long startedNanos) {
        Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
        return String.format("%.1f s", took.toMillis() / 1000.0);
    }

    private static void fail(String message) {
        System.err.println("ScaleData: " + message);
        System.exit(2);
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
