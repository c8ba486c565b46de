package fr.mutualis.portal.reuse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.forms.FormErrors;
import fr.mutualis.portal.shared.forms.FormFields;
import fr.mutualis.portal.shared.forms.ProblemMessages;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import fr.mutualis.portal.shared.tenancy.MyAuthorities;
import fr.mutualis.portal.shared.tenancy.Tenancy;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Registering a partner, for the platform operator: the api creates its Keycloak client; the page that follows shows
 * its client secret and webhook secret once (they are never shown again; the operator can rotate them).
 */
@Controller
class PartnerRegistrationController {

	static final FormFields FIELDS = FormFields.of("reuse.partner", "name", "siret", "kind", "services", "categories",
			"departments", "website", "webhookUrl");

	private final ReuseApi api;

	private final Tenancy tenancy;

	private final ProblemMessages problems;

	PartnerRegistrationController(ReuseApi api, Tenancy tenancy, ProblemMessages problems) {
		this.api = api;
		this.tenancy = tenancy;
		this.problems = problems;
	}

	@GetMapping("/partenaires/nouveau")
	Mono<Rendering> form(ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return operatorOnly(exchange, user)
			.then(Mono.fromSupplier(() -> page(RegistrationForm.empty(), FormErrors.none(FIELDS), HttpStatus.OK)));
	}

	@PostMapping("/partenaires/nouveau")
	Mono<Rendering> register(@ModelAttribute RegistrationForm form, Locale locale, ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return operatorOnly(exchange, user).then(this.api.register(form.body(), user))
			.map((created) -> Rendering.view("reuse/registered")
				.modelAttribute("registration", created.body())
				.header("Cache-Control", "no-store")
				.build())
			.onErrorResume(ApiProblem.class, (problem) -> Mono
				.just(page(form, this.problems.explain(problem, FIELDS, locale), HttpStatus.BAD_REQUEST)));
	}

	private static Rendering page(RegistrationForm form, FormErrors errors, HttpStatus status) {
		return Rendering.view("reuse/registration")
			.status(status)
			.modelAttribute("form", form)
			.modelAttribute("errors", errors)
			.modelAttribute("kinds", List.of("ASSOCIATION", "SOCIAL_ECONOMY_COMPANY", "SOCIAL_ENTERPRISE", "COMPANY"))
			.modelAttribute("services", PartnersController.SERVICES)
			.modelAttribute("categories", PartnersController.CATEGORIES)
			.build();
	}

	private Mono<MyAuthorities> operatorOnly(ServerWebExchange exchange, OAuth2AuthorizedClient user) {
		return this.tenancy.mine(exchange, user)
			.filter(MyAuthorities::platformOperator)
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.FORBIDDEN)));
	}

	/**
	 * The registration form: check boxes for services and categories; départements as a list separated by commas.
	 *
	 * @param name the partner's name
	 * @param siret its SIRET
	 * @param kind its legal kind
	 * @param services what it does
	 * @param categories what equipment it takes
	 * @param departments where it works, e.g. "29, 22"
	 * @param website its site
	 * @param webhookUrl where to notify it of offered lots
	 */
	record RegistrationForm(@Nullable String name, @Nullable String siret, @Nullable String kind,
			@Nullable List<String> services, @Nullable List<String> categories, @Nullable String departments,
			@Nullable String website, @Nullable String webhookUrl) {

		static RegistrationForm empty() {
			return new RegistrationForm(null, null, "ASSOCIATION", List.of(), List.of(), null, null, null);
		}

		public boolean offers(String service) {
			return this.services != null && this.services.contains(service);
		}

		public boolean takes(String category) {
			return this.categories != null && this.categories.contains(category);
		}

		Map<String, @Nullable Object> body() {
			Map<String, @Nullable Object> body = new HashMap<>();
			body.put("name", LotForm.blankToNull(this.name));
			body.put("siret", (this.siret != null) ? this.siret.replace(" ", "") : null);
			body.put("kind", LotForm.blankToNull(this.kind));
			body.put("services", (this.services != null) ? this.services : List.of());
			body.put("categories", (this.categories != null) ? this.categories : List.of());
			body.put("departments", (this.departments == null) ? List.of()
					: Arrays.stream(this.departments.split("[,;\\s]+")).filter((code) -> !code.isBlank()).toList());
			body.put("website", LotForm.blankToNull(this.website));
			body.put("webhookUrl", LotForm.blankToNull(this.webhookUrl));
			return body;
		}

	}

}
