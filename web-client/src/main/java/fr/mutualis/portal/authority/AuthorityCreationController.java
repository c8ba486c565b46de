package fr.mutualis.portal.authority;

import java.util.Locale;
import java.util.Map;

import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.forms.FormErrors;
import fr.mutualis.portal.shared.forms.ProblemMessages;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import fr.mutualis.portal.shared.tenancy.MyAuthorities;
import fr.mutualis.portal.shared.tenancy.Tenancy;

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
 * Creating an authority, for the platform operator. The api creates its Keycloak organization
 * at the same time; when Keycloak does not answer, nothing is created and the form says to try
 * again in a moment, with everything the operator typed.
 */
@Controller
class AuthorityCreationController {

	private final MutualisApi api;

	private final Tenancy tenancy;

	private final ProblemMessages problems;

	AuthorityCreationController(MutualisApi api, Tenancy tenancy, ProblemMessages problems) {
		this.api = api;
		this.tenancy = tenancy;
		this.problems = problems;
	}

	@GetMapping(AuthorityFormPage.CREATION_PATH)
	Mono<Rendering> form(@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		return operatorOnly(exchange, user).then(Mono.fromSupplier(() -> AuthorityFormPage
			.creation(AuthorityForm.empty(), FormErrors.none(AuthorityForm.CREATION))
			.render(HttpStatus.OK)));
	}

	@PostMapping(AuthorityFormPage.CREATION_PATH)
	Mono<Rendering> create(@ModelAttribute("form") AuthorityForm form, Locale locale,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		return operatorOnly(exchange, user).then(Mono.defer(() -> {
			Map<String, String> wrongNumbers = form.wrongNumbers();
			if (!wrongNumbers.isEmpty()) {
				FormErrors errors = this.problems.invalid(wrongNumbers, AuthorityForm.CREATION, locale);
				return Mono.just(AuthorityFormPage.creation(form, errors).render(HttpStatus.BAD_REQUEST));
			}
			return this.api.post(ApiPath.of("/api/v1/authorities"), form.creation(), Authority.class, user)
				.map((created) -> Rendering.redirectTo(AuthorityFormPage.profile(created.body().slug(), "cree").toString())
					.build())
				.onErrorResume(ApiProblem.class, (problem) -> Mono.just(AuthorityFormPage
					.creation(form, this.problems.explain(problem, AuthorityForm.CREATION, locale))
					.render(AuthorityFormPage.statusOf(problem))));
		}));
	}

	private Mono<MyAuthorities> operatorOnly(ServerWebExchange exchange, OAuth2AuthorizedClient user) {
		return this.tenancy.mine(exchange, user)
			.filter(MyAuthorities::platformOperator)
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.FORBIDDEN)));
	}

}
