package fr.mutualis.portal.shared.i18n;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

/**
 * Registers the portal's {@link LanguageResolver}. WebFlux looks the resolver up by its bean
 * name ({@value WebHttpHandlerBuilder#LOCALE_CONTEXT_RESOLVER_BEAN_NAME}), and Spring Boot
 * then backs off from its own {@code Accept-Language} resolver.
 */
@Configuration(proxyBeanMethods = false)
public class LanguageConfiguration {

	@Bean(name = WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME)
	LanguageResolver localeContextResolver() {
		return new LanguageResolver();
	}

}
