package fr.mutualis.portal.reuse;

import java.time.Year;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import fr.mutualis.portal.authority.Authority;
import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.forms.FormErrors;
import fr.mutualis.portal.shared.forms.FormFields;
import fr.mutualis.portal.shared.forms.ProblemMessages;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/** The purchases ledger of an authority, by year, and the form that records a purchase. */
@Controller
class PurchasesController {

	static final FormFields FIELDS = FormFields.of("reuse.purchase", "year", "category", "quantity", "amount", "fromReuse",
			"recycledContent", "supplier");

	private final ReuseApi api;

	private final MutualisApi shared;

	private final ProblemMessages problems;

	PurchasesController(ReuseApi api, MutualisApi shared, ProblemMessages problems) {
		this.api = api;
		this.shared = shared;
		this.problems = problems;
	}

	@GetMapping("/collectivites/{slug}/achats")
	Mono<Rendering> purchases(@PathVariable String slug, @RequestParam(required = false) @Nullable Integer annee,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		int year = (annee != null) ? annee : Year.now().getValue();
		return page(slug, year, PurchaseForm.of(year), FormErrors.none(FIELDS), HttpStatus.OK, user);
	}

	@PostMapping("/collectivites/{slug}/achats")
	Mono<Rendering> record(@PathVariable String slug, @ModelAttribute PurchaseForm form, Locale locale,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		Map<String, String> wrong = new java.util.LinkedHashMap<>();
		if (!LotForm.isNumber(form.year(), true)) {
			wrong.put("year", "reuse.purchase.invalid.year");
		}
		if (!LotForm.isNumber(form.quantity(), true)) {
			wrong.put("quantity", "reuse.purchase.invalid.quantity");
		}
		if (!LotForm.isNumber(form.amount(), false)) {
			wrong.put("amount", "reuse.purchase.invalid.amount");
		}
		if (!wrong.isEmpty()) {
			return page(slug, Year.now().getValue(), form, this.problems.invalid(wrong, FIELDS, locale),
					HttpStatus.BAD_REQUEST, user);
		}
		return this.api.recordPurchase(slug, form.body(), user)
			.map((saved) -> Rendering.redirectTo("/collectivites/" + slug + "/achats?annee=" + saved.body().year())
				.build())
			.onErrorResume(ApiProblem.class, (problem) -> page(slug, Year.now().getValue(), form,
					this.problems.explain(problem, FIELDS, locale), HttpStatus.BAD_REQUEST, user));
	}

	private Mono<Rendering> page(String slug, int year, PurchaseForm form, FormErrors errors, HttpStatus status,
			OAuth2AuthorizedClient user) {
		return this.api.purchases(slug, year, user)
			.zipWith(this.shared.get(ApiPath.of("/api/v1/authorities/{slug}", slug), Authority.class, user))
			.map((loaded) -> Rendering.view("reuse/purchases")
				.status(status)
				.modelAttribute("ledger", loaded.getT1())
				.modelAttribute("authority", loaded.getT2())
				.modelAttribute("year", year)
				.modelAttribute("form", form)
				.modelAttribute("errors", errors)
				.modelAttribute("categories", PartnersController.CATEGORIES)
				.build());
	}

	/**
	 * A purchase as the form sends it.
	 *
	 * @param year the year of the purchase
	 * @param category the equipment category
	 * @param quantity units
	 * @param amount euros excluding VAT
	 * @param fromReuse "true" for reused equipment
	 * @param recycledContent "true" when it contains recycled material
	 * @param supplier who sold it
	 */
	record PurchaseForm(@Nullable String year, @Nullable String category, @Nullable String quantity,
			@Nullable String amount, @Nullable String fromReuse, @Nullable String recycledContent,
			@Nullable String supplier) {

		static PurchaseForm of(int year) {
			return new PurchaseForm(Integer.toString(year), null, null, null, null, null, null);
		}

		Map<String, @Nullable Object> body() {
			Map<String, @Nullable Object> body = new HashMap<>();
			body.put("year", LotForm.number(this.year));
			body.put("category", LotForm.blankToNull(this.category));
			body.put("quantity", LotForm.number(this.quantity));
			body.put("amount", LotForm.number(this.amount));
			body.put("fromReuse", "true".equals(this.fromReuse));
			body.put("recycledContent", "true".equals(this.recycledContent));
			body.put("supplier", LotForm.blankToNull(this.supplier));
			return body;
		}

	}

}
