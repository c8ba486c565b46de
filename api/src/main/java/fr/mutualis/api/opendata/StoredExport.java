package fr.mutualis.api.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A complete export as stored: its day, its size and SHA-256 (its ETag), and the number of chunks to stream. */
public record StoredExport(UUID id, LocalDate day, Instant generatedAt, long sizeBytes, String sha256, int chunks) {

    public String fileName() {
        return "mutualis-donnees-ouvertes-" + day + ".zip";
    }
}
