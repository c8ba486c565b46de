package fr.mutualis.api.indicator;

import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantContext;
import fr.mutualis.api.shared.web.VersionMismatch;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The footprint factors, versioned: the operator records a new version (no release needed), older versions stay for
 * the record, and computations use the newest version of each category.
 */
@Service
public class FootprintFactors {

    private static final String COLUMNS = "category, version, kg_co2e, lifespan_years, source, licence_note, "
            + "recorded_by, recorded_at";

    private final DatabaseClient database;
    private final Tenancy tenancy;

    FootprintFactors(DatabaseClient database, Tenancy tenancy) {
        this.database = database;
        this.tenancy = tenancy;
    }

    public Mono<List<FootprintFactor>> current(TenantContext context) {
        return tenancy.runMany(context, () -> database.sql("SELECT DISTINCT ON (category) " + COLUMNS
                + " FROM footprint_factor ORDER BY category, version DESC").map(FootprintFactors::factor).all())
                .collectList();
    }

    public Mono<List<FootprintFactor>> history(TenantContext context, DeviceCategory category) {
        return tenancy.runMany(context, () -> database.sql("SELECT " + COLUMNS
                        + " FROM footprint_factor WHERE category = $1 ORDER BY version DESC").bind("$1", category.name())
                .map(FootprintFactors::factor).all()).collectList();
    }

    /** Records the next version of a category's factor (operator only; checked by the caller). */
    public Mono<FootprintFactor> record(Caller operator, DeviceCategory category, BigDecimal kgCo2e,
            BigDecimal lifespanYears, String source, String licenceNote, @Nullable Long expectedVersion) {
        return tenancy.run(TenantContext.of(operator), () -> database.sql(
                        "SELECT coalesce(max(version), 0) AS v FROM footprint_factor WHERE category = $1")
                .bind("$1", category.name()).map(row -> row.get("v", Integer.class)).one()
                .flatMap(version -> expectedVersion != null && version != expectedVersion.intValue()
                        ? Mono.error(new VersionMismatch())
                        : database.sql("INSERT INTO footprint_factor (" + COLUMNS.replace(", recorded_at", "")
                                        + ") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING " + COLUMNS)
                                .bind("$1", category.name()).bind("$2", version + 1).bind("$3", kgCo2e)
                                .bind("$4", lifespanYears).bind("$5", source).bind("$6", licenceNote)
                                .bind("$7", operator.name().isBlank() ? operator.userId() : operator.name())
                                .map(FootprintFactors::factor).one()));
    }

    private static FootprintFactor factor(Readable row) {
        return new FootprintFactor(row.get("category", String.class), row.get("version", Integer.class),
                row.get("kg_co2e", BigDecimal.class), row.get("lifespan_years", BigDecimal.class),
                row.get("source", String.class), row.get("licence_note", String.class),
                row.get("recorded_by", String.class), row.get("recorded_at", OffsetDateTime.class));
    }
}
