package fr.mutualis.api.plan.web;

import fr.mutualis.api.plan.Plan;
import fr.mutualis.api.plan.PlanActions;
import fr.mutualis.api.plan.PlanCsv;
import fr.mutualis.api.plan.PlanDraft;
import fr.mutualis.api.plan.PlanImports;
import fr.mutualis.api.plan.PlanReaders;
import fr.mutualis.api.plan.PlanStatus;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.Role;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A plan's actions as CSV: export, preview of an import (writes nothing), import (all or nothing). */
@RestController
@Tag(name = "Action plans")
class PlanCsvController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PlanImports imports;
    private final PlanActions actions;
    private final PlanReaders readers;
    private final AuthorityAccess access;

    PlanCsvController(PlanImports imports, PlanActions actions, PlanReaders readers, AuthorityAccess access) {
        this.imports = imports;
        this.actions = actions;
        this.readers = readers;
        this.access = access;
    }

    @GetMapping(path = PlanController.PLAN, produces = "text/csv")
    @Operation(summary = "A plan's actions as CSV (UTF-8, ';', French headers)")
    Mono<ResponseEntity<String>> export(@PathVariable String slug, @PathVariable UUID planId) {
        return readers.reader(slug).flatMap(reader -> actions.list(reader, planId, null, Page.MAX_LIMIT)
                        .expand(page -> page.nextCursor() == null ? Mono.empty()
                                : actions.list(reader, planId, page.nextCursor(), Page.MAX_LIMIT))
                        .flatMapIterable(Page::items).collectList())
                .map(all -> ResponseEntity.ok().contentType(CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plan-" + planId + ".csv\"")
                        .body(PlanCsv.write(all)));
    }

    @PostMapping(path = PlanController.PLANS, consumes = "text/csv")
    @Operation(summary = "Import a plan from CSV (editors)", description = "UTF-8, ';' or ',', French or English "
            + "headers. Any error: 400 listing every error, and nothing is imported.")
    Mono<ResponseEntity<Plan>> importPlan(@PathVariable String slug, @RequestParam String title,
            @RequestParam int startYear, @RequestParam int endYear, @RequestBody String csv) {
        PlanDraft draft = PlanRequest.checked(new PlanDraft(title.strip(), startYear, endYear, PlanStatus.DRAFT, null,
                null));
        if (title.isBlank() || title.strip().length() < 2 || title.length() > 200) {
            throw new fr.mutualis.api.shared.web.InvalidField("title", "a title of 2 to 200 characters is required");
        }
        return access.require(slug, Role.EDITOR).flatMap(editor -> imports.importPlan(editor, draft, csv))
                .map(plan -> PlanController.created(slug, plan));
    }

    @PostMapping(PlanController.PLANS + "/import-preview")
    @Operation(summary = "Check a CSV file before importing it (editors)", description = "Writes nothing: the "
            + "actions the file would create and every error, by line and column.")
    Mono<PlanCsv.Parsed> preview(@PathVariable String slug, @RequestBody(required = false) @Nullable String csv) {
        return access.require(slug, Role.EDITOR).map(editor -> imports.preview(csv == null ? "" : csv));
    }
}
