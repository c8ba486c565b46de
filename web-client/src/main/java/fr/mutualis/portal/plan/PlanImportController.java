package fr.mutualis.portal.plan;

import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.tenancy.Tenancy;
import org.springframework.web.reactive.function.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.time.Year;

import fr.mutualis.portal.shared.security.SecurityConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Importing a plan from a CSV file (editors): the file is checked first and every error is listed by line and
 * column; nothing is imported until the file is clean and the user confirms.
 */
@Controller
class PlanImportController {

	static final String PATH = "/collectivites/{slug}/plans/import";

	private static final int MAX_BYTES = 200 * 1024;

	private final PlansApi plans;

	private final PlanRoles roles;

	PlanImportController(MutualisApi api, WebClient apiWebClient, Tenancy tenancy) {
		this.plans = new PlansApi(api, apiWebClient);
		this.roles = new PlanRoles(tenancy);
	}

	@GetMapping(PATH)
	Mono<Rendering> form(@PathVariable String slug,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		int year = Year.now().getValue();
		return this.roles.requireEditor(slug, exchange, user)
			.thenReturn(view(slug, new ImportForm("", Integer.toString(year), Integer.toString(year + 2), ""), null,
					HttpStatus.OK));
	}

	@PostMapping(PATH)
	Mono<Rendering> check(@PathVariable String slug,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		return this.roles.requireEditor(slug, exchange, user)
			.then(multipart(exchange) ? exchange.getMultipartData().flatMap(PlanImportController::readParts)
					: exchange.getFormData().map(PlanImportController::read))
			.flatMap((form) -> form.incomplete() ? Mono.just(view(slug, form, null, HttpStatus.BAD_REQUEST))
					: this.plans.preview(slug, form.csv(), user).flatMap((preview) -> decide(slug, form, preview,
							user)));
	}

	private Mono<Rendering> decide(String slug, ImportForm form, CsvPreview preview, OAuth2AuthorizedClient user) {
		if (!preview.errors().isEmpty() || !form.confirmed()) {
			return Mono.just(view(slug, form, preview, preview.errors().isEmpty() ? HttpStatus.OK
					: HttpStatus.BAD_REQUEST));
		}
		return this.plans.importPlan(slug, form.title().strip(), Integer.parseInt(form.startYear().strip()),
				Integer.parseInt(form.endYear().strip()), form.csv(), user)
			.map((plan) -> Rendering.redirectTo(PlanPageController.path(slug, plan.id()) + "?importe").build());
	}

	private static Rendering view(String slug, ImportForm form, @Nullable CsvPreview preview, HttpStatus status) {
		return Rendering.view("plan/import")
			.modelAttribute("slug", slug)
			.modelAttribute("form", form)
			.modelAttribute("preview", preview)
			.status(status)
			.build();
	}

	private static Mono<ImportForm> readParts(MultiValueMap<String, Part> parts) {
		Mono<String> csv = (parts.getFirst("file") instanceof FilePart file && !file.filename().isBlank())
				? DataBufferUtils.join(file.content(), MAX_BYTES)
					.map((buffer) -> {
						String text = buffer.toString(StandardCharsets.UTF_8);
						DataBufferUtils.release(buffer);
						return text;
					})
				: Mono.just(field(parts, "csv"));
		return csv.map((text) -> new ImportForm(field(parts, "title"), field(parts, "startYear"),
				field(parts, "endYear"), text, "oui".equals(field(parts, "confirm"))));
	}

	private static boolean multipart(ServerWebExchange exchange) {
		org.springframework.http.MediaType type = exchange.getRequest().getHeaders().getContentType();
		return type != null && org.springframework.http.MediaType.MULTIPART_FORM_DATA.includes(type);
	}

	private static String field(MultiValueMap<String, Part> parts, String name) {
		return (parts.getFirst(name) instanceof FormFieldPart field) ? field.value() : "";
	}

	private static ImportForm read(MultiValueMap<String, String> form) {
		return new ImportForm(value(form, "title"), value(form, "startYear"), value(form, "endYear"), value(form, "csv"),
				"oui".equals(form.getFirst("confirm")));
	}

	private static String value(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return (value != null) ? value : "";
	}

	/**
	 * The import form.
	 *
	 * @param title the new plan's title
	 * @param startYear its first year
	 * @param endYear its last year
	 * @param csv the file's text
	 * @param confirmed whether the user confirmed after a clean check
	 */
	record ImportForm(String title, String startYear, String endYear, String csv, boolean confirmed) {

		ImportForm(String title, String startYear, String endYear, String csv) {
			this(title, startYear, endYear, csv, false);
		}

		boolean incomplete() {
			return title.strip().length() < 2 || !startYear.strip().matches("\\d{4}")
					|| !endYear.strip().matches("\\d{4}") || csv.isBlank();
		}

	}

}
