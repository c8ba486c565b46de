package fr.mutualis.portal.reuse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.mutualis.portal.authority.Authority;
import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * The yearly compliance report: REEN rate (décret 2023-266) and AGEC art. 58 shares, as SVG gauges with the figures in
 * a table beside them, printable (the page's print styles) and exported as CSV for the sustainable-development report.
 */
@Controller
class ComplianceController {

	private final ReuseApi api;

	private final MutualisApi shared;

	private final MessageSource messages;

	ComplianceController(ReuseApi api, MutualisApi shared, MessageSource messages) {
		this.api = api;
		this.shared = shared;
		this.messages = messages;
	}

	@GetMapping("/collectivites/{slug}/conformite/{year}")
	Mono<Rendering> report(@PathVariable String slug, @PathVariable int year,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.api.compliance(slug, year, user)
			.zipWith(this.shared.get(ApiPath.of("/api/v1/authorities/{slug}", slug), Authority.class, user))
			.map((loaded) -> Rendering.view("reuse/compliance")
				.modelAttribute("report", loaded.getT1())
				.modelAttribute("authority", loaded.getT2())
				.modelAttribute("previousYear", year - 1)
				.modelAttribute("nextYear", year + 1)
				.build());
	}

	@GetMapping("/collectivites/{slug}/conformite/{year}.csv")
	Mono<ResponseEntity<byte[]>> csv(@PathVariable String slug, @PathVariable int year, Locale locale,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.api.compliance(slug, year, user).map((report) -> ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("conformite-" + slug + "-" + year + ".csv")
				.build()
				.toString())
			.body(csv(report, locale).getBytes(StandardCharsets.UTF_8)));
	}

	private String csv(Compliance report, Locale locale) {
		List<String> lines = new ArrayList<>();
		lines.add(text("reuse.csv.header", locale));
		Compliance.Reen reen = report.reen();
		lines.add(String.join(";", "REEN", "", Long.toString(reen.retiredInStock()), Long.toString(reen.sentToReuse()),
				number(reen.rate()), number(reen.target()), met(reen.met(), locale), quoted(reen.source())));
		for (Compliance.Agec agec : report.agec()) {
			lines.add(String.join(";", "AGEC", agec.category(), number(agec.amount()), number(agec.amountFromReuse()),
					number(agec.share()), number(agec.target()), met(agec.met(), locale), quoted(agec.source())));
		}
		return "\uFEFF" + String.join("\r\n", lines) + "\r\n";
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private String met(@Nullable Boolean met, Locale locale) {
		return (met == null) ? "" : text(met ? "reuse.compliance.met" : "reuse.compliance.notMet", locale);
	}

	private static String number(@Nullable BigDecimal value) {
		return (value == null) ? "" : value.toPlainString();
	}

	private static String quoted(@Nullable String value) {
		return (value == null) ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
	}

}
