package fr.mutualis.api.shared.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.stack.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reads PostgreSQL's catalog after every migration and fails when a table breaks the tenancy rules of
 * docs/architecture.md, so that tables added by later features are checked too. A table is tenant-owned when it has a
 * {@code tenant_id} column.
 */
@SpringBootTest
class SchemaRulesIntegrationTests {

    private static Database database;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    @Test
    void thereAreTenantOwnedTablesToCheck() throws SQLException {
        assertThat(violations("SELECT table_name FROM tenant_tables")).contains("membership", "audit_event");
    }

    @Test
    void everyTableHasForcedRowLevelSecurityAndAPolicy() throws SQLException {
        assertThat(violations("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'flyway_schema_history'
                  AND (NOT c.relrowsecurity OR NOT c.relforcerowsecurity
                       OR NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid))""")).isEmpty();
    }

    @Test
    void tenantIdIsANotNullUuidAndThePrimaryKeyIsTenantIdThenId() throws SQLException {
        assertThat(violations("""
                SELECT t.table_name FROM tenant_tables t
                WHERE NOT EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public'
                                  AND c.table_name = t.table_name AND c.column_name = 'tenant_id'
                                  AND c.is_nullable = 'NO' AND c.data_type = 'uuid')
                   OR (SELECT array_agg(a.attname::text ORDER BY k.ord)
                       FROM pg_constraint pk CROSS JOIN unnest(pk.conkey) WITH ORDINALITY AS k(attnum, ord)
                       JOIN pg_attribute a ON a.attrelid = pk.conrelid AND a.attnum = k.attnum
                       WHERE pk.conrelid = t.oid AND pk.contype = 'p') IS DISTINCT FROM ARRAY['tenant_id', 'id']""")
        ).isEmpty();
    }

    @Test
    void everyUniqueConstraintOrIndexOfATenantTableIncludesTenantId() throws SQLException {
        assertThat(violations("""
                SELECT t.table_name || '.' || i.indexrelid::regclass FROM tenant_tables t
                JOIN pg_index i ON i.indrelid = t.oid AND i.indisunique
                WHERE NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'tenant_id'
                                  AND a.attnum = ANY (i.indkey))""")).isEmpty();
    }

    @Test
    void foreignKeysBetweenTenantTablesAreCompositeAndSharedTablesNeverPointAtTenantTables() throws SQLException {
        assertThat(violations("""
                SELECT f.conname::text FROM pg_constraint f
                JOIN pg_class src ON src.oid = f.conrelid JOIN pg_class dst ON dst.oid = f.confrelid
                WHERE f.contype = 'f' AND (
                    (src.oid IN (SELECT oid FROM tenant_tables) AND dst.oid IN (SELECT oid FROM tenant_tables)
                     AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = src.oid
                                     AND a.attname = 'tenant_id' AND a.attnum = ANY (f.conkey)))
                 OR (src.oid NOT IN (SELECT oid FROM tenant_tables) AND dst.oid IN (SELECT oid FROM tenant_tables)))""")
        ).isEmpty();
    }

    @Test
    void noTenantTableTakesIdsFromASequence() throws SQLException {
        assertThat(violations("""
                SELECT c.table_name || '.' || c.column_name FROM information_schema.columns c
                JOIN tenant_tables t ON t.table_name = c.table_name
                WHERE c.table_schema = 'public' AND (c.is_identity = 'YES' OR c.column_default LIKE 'nextval%')""")
        ).isEmpty();
    }

    /** Runs a query that lists violations, with {@code tenant_tables} (table_name, oid) defined for it. */
    private static List<String> violations(String query) throws SQLException {
        String withTenantTables = """
                WITH tenant_tables AS (
                    SELECT c.relname::text AS table_name, c.oid FROM pg_class c
                    JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind = 'r'
                      AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id'
                                  AND NOT a.attisdropped))
                """ + query;
        List<String> found = new ArrayList<>();
        try (Connection owner = DriverManager.getConnection(database.jdbcUrl(), database.roles().ownerUser(),
                database.roles().ownerPassword()); Statement statement = owner.createStatement();
                ResultSet rows = statement.executeQuery(withTenantTables)) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }
}
