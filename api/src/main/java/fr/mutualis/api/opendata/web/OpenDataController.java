package fr.mutualis.api.opendata.web;

import fr.mutualis.api.opendata.OpenDataExports;
import fr.mutualis.api.opendata.OpenDataNotReady;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Open data", description = "Bulk export under the Licence Ouverte 2.0")
class OpenDataController {

    private static final String ZIP = "application/zip";

    private final OpenDataExports exports;

    OpenDataController(OpenDataExports exports) {
        this.exports = exports;
    }

    @GetMapping(path = "/public/v1/open-data", produces = ZIP)
    @SecurityRequirements
    @Operation(summary = "The open-data export (ZIP of CSV and JSON, with datapackage.json)",
            description = "Regenerated every night; ETag and If-None-Match (304) let a client download it only when "
                    + "it changed. Only published content and aggregates above the thresholds, never a confidential "
                    + "value.",
            responses = @ApiResponse(responseCode = "200", description = "The ZIP",
                    content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary"))))
    Mono<ResponseEntity<Flux<DataBuffer>>> download() {
        return exports.latest()
                .switchIfEmpty(Mono.error(OpenDataNotReady::new))
                .map(export -> ResponseEntity.ok()
                        .eTag("\"" + export.sha256() + "\"")
                        .lastModified(export.generatedAt())
                        .contentLength(export.sizeBytes())
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(export.fileName()).build().toString())
                        .body(exports.content(export).map(DefaultDataBufferFactory.sharedInstance::wrap)));
    }
}
