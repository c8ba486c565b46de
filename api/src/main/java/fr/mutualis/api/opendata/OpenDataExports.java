package fr.mutualis.api.opendata;

import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantContext;
import fr.mutualis.api.shared.web.Ids;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates the open-data export and serves the stored one. Generation streams every dataset's rows into a ZIP in a
 * temporary file (rows are read as a visitor without rights: only public rows are visible), then copies the file into
 * PostgreSQL in 1 MiB chunks; serving reads the chunks one at a time. One export per day and per cluster: the date is
 * unique, so a second instance's export of the same day is dropped.
 */
@Service
public class OpenDataExports {

    static final int CHUNK = 1 << 20;
    private static final Logger log = LoggerFactory.getLogger(OpenDataExports.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final TenantContext VISITOR = TenantContext.of(Caller.visitor());

    private final List<OpenDataset> datasets;
    private final ExportRows rows;
    private final Tenancy tenancy;
    private final JsonMapper json;
    private final Clock clock;

    OpenDataExports(List<OpenDataset> datasets, ExportRows rows, Tenancy tenancy, JsonMapper json) {
        this.datasets = datasets;
        this.rows = rows;
        this.tenancy = tenancy;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /** The export to serve; empty until the first one is complete. */
    public Mono<StoredExport> latest() {
        return tenancy.run(VISITOR, rows::latest);
    }

    /** The stored ZIP, one chunk at a time, each read in its own short transaction. */
    public Flux<ByteBuffer> content(StoredExport export) {
        return Flux.range(0, export.chunks())
                .concatMap(seq -> tenancy.run(VISITOR, () -> rows.readChunk(export.id(), seq)), 1);
    }

    /** Generates today's export unless one exists; answers whether this call stored one. */
    public Mono<Boolean> generateIfMissing() {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        return latest().map(existing -> !existing.day().isBefore(today)).defaultIfEmpty(false)
                .flatMap(upToDate -> upToDate ? Mono.just(false) : generate(today));
    }

    Mono<Boolean> generate(LocalDate day) {
        Instant generatedAt = clock.instant();
        return Mono.usingWhen(Mono.fromCallable(() -> Files.createTempFile("mutualis-open-data-", ".zip"))
                        .subscribeOn(Schedulers.boundedElastic()),
                file -> write(file, generatedAt).flatMap(digest -> store(file, day, generatedAt, digest)),
                file -> Mono.fromCallable(() -> Files.deleteIfExists(file)).subscribeOn(Schedulers.boundedElastic()));
    }

    private Mono<String> write(Path file, Instant generatedAt) {
        return Mono.fromCallable(() -> {
            MessageDigest sha256 = sha256();
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256);
                    OpenDataArchive archive = new OpenDataArchive(out, json)) {
                for (OpenDataset dataset : datasets) {
                    archive.csv(dataset, rowsOf(dataset));
                    archive.json(dataset, rowsOf(dataset));
                }
                archive.describe(datasets, generatedAt);
                archive.readme(generatedAt);
            }
            return HexFormat.of().formatHex(sha256.digest());
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** Blocking iteration over a dataset, on the worker thread, with a small prefetch (never the whole dataset). */
    private Iterable<List<Object>> rowsOf(OpenDataset dataset) {
        return tenancy.runMany(VISITOR, dataset::rows).toIterable(256);
    }

    private Mono<Boolean> store(Path file, LocalDate day, Instant generatedAt, String digest) {
        UUID id = Ids.next();
        return Mono.fromCallable(() -> Files.size(file)).subscribeOn(Schedulers.boundedElastic())
                .flatMap(size -> tenancy.run(TenantContext.system(), () -> rows
                        .begin(id, day, generatedAt, size, digest, (int) ((size + CHUNK - 1) / CHUNK))
                        .flatMap(inserted -> inserted == 0 ? Mono.just(false)
                                : chunks(file).index()
                                        .concatMap(chunk -> rows.chunk(id, chunk.getT1().intValue(), chunk.getT2()))
                                        .then(rows.complete(id)).thenReturn(true))))
                .doOnNext(stored -> log.info(stored ? "Open-data export of {} stored ({})" :
                        "Open-data export of {} already stored by another instance", day, digest));
    }

    private static Flux<ByteBuffer> chunks(Path file) {
        return Flux.using(() -> Files.newInputStream(file), in -> Flux.<ByteBuffer>generate(sink -> {
            try {
                byte[] bytes = in.readNBytes(CHUNK);
                if (bytes.length == 0) {
                    sink.complete();
                } else {
                    sink.next(ByteBuffer.wrap(bytes));
                }
            } catch (IOException e) {
                sink.error(e);
            }
        }), OpenDataExports::closeQuietly).subscribeOn(Schedulers.boundedElastic());
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }

    private static MessageDigest sha256() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256");
    }
}
