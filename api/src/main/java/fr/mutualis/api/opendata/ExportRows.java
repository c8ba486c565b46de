package fr.mutualis.api.opendata;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The SQL of the stored exports, in one place. Writes run in a transaction with the system (operator) context. */
@Repository
class ExportRows {

    private final DatabaseClient database;

    ExportRows(DatabaseClient database) {
        this.database = database;
    }

    Mono<Long> begin(UUID id, LocalDate day, Instant generatedAt, long size, String sha256, int chunks) {
        return database.sql("""
                INSERT INTO open_data_export (id, generated_on, generated_at, size_bytes, sha256, chunk_count)
                VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (generated_on) DO NOTHING""")
                .bind("$1", id).bind("$2", day).bind("$3", generatedAt.atOffset(ZoneOffset.UTC)).bind("$4", size)
                .bind("$5", sha256).bind("$6", chunks)
                .fetch().rowsUpdated();
    }

    Mono<Long> chunk(UUID id, int seq, ByteBuffer bytes) {
        return database.sql("INSERT INTO open_data_chunk (export_id, seq, bytes) VALUES ($1, $2, $3)")
                .bind("$1", id).bind("$2", seq).bind("$3", bytes).fetch().rowsUpdated();
    }

    /** Marks the export complete and removes the older ones: readers switch to it in one commit. */
    Mono<Long> complete(UUID id) {
        return database.sql("UPDATE open_data_export SET complete = true WHERE id = $1").bind("$1", id)
                .fetch().rowsUpdated()
                .then(database.sql("DELETE FROM open_data_export WHERE id <> $1 AND complete").bind("$1", id)
                        .fetch().rowsUpdated());
    }

    Mono<StoredExport> latest() {
        return database.sql("""
                SELECT id, generated_on, generated_at, size_bytes, sha256, chunk_count FROM open_data_export
                WHERE complete ORDER BY generated_on DESC LIMIT 1""")
                .map(row -> new StoredExport(row.get("id", UUID.class), row.get("generated_on", LocalDate.class),
                        row.get("generated_at", OffsetDateTime.class).toInstant(), row.get("size_bytes", Long.class),
                        row.get("sha256", String.class), row.get("chunk_count", Integer.class)))
                .one();
    }

    Mono<ByteBuffer> readChunk(UUID id, int seq) {
        return database.sql("SELECT bytes FROM open_data_chunk WHERE export_id = $1 AND seq = $2")
                .bind("$1", id).bind("$2", seq).map(row -> row.get("bytes", ByteBuffer.class)).one();
    }
}
