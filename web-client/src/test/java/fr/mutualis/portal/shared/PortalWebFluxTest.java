package fr.mutualis.portal.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.mutualis.portal.shared.api.ApiClientConfiguration;
import fr.mutualis.portal.shared.forms.ProblemMessages;
import fr.mutualis.portal.shared.i18n.LanguageConfiguration;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import fr.mutualis.portal.shared.tenancy.Tenancy;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A WebFlux slice of the portal: the given controllers, with the portal's security,
 * languages, layout attributes, api client, the user's authorities ({@link Tenancy}), the
 * problem messages of forms, the {@link TestKeycloak} registration, and the features' api clients and page
 * helpers ({@code *Api}, {@code *Page} components) that their controllers need.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebFluxTest(includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "fr\\.mutualis\\.portal\\.[a-z]+\\.[A-Za-z]+(Api|Page)"))
@Import({ SecurityConfiguration.class, LanguageConfiguration.class, ApiClientConfiguration.class, Tenancy.class,
		ProblemMessages.class, TestKeycloak.class })
@ImportAutoConfiguration(WebClientAutoConfiguration.class)
public @interface PortalWebFluxTest {

	@AliasFor(annotation = WebFluxTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
