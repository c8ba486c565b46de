package fr.mutualis.api.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document served at {@code /v3/api-docs}; every endpoint documents itself with annotations. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI mutualisOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Mutualis api").version("v1")
                        .description("Numérique responsable, together: action plans, indicators, reuse of equipment "
                                + "and best practices of French local authorities. Errors are RFC 9457 problem+json."))
                .components(new Components().addSecuritySchemes("keycloak", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Access token of the Mutualis Keycloak realm, audience mutualis-api")))
                .addSecurityItem(new SecurityRequirement().addList("keycloak"));
    }
}
