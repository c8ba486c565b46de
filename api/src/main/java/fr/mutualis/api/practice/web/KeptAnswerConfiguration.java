package fr.mutualis.api.practice.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers {@link KeptAnswerEncoder} ahead of the general JSON encoder, with the application's own JsonMapper (the one
 * Spring Boot gives that encoder), so that a kept answer reads exactly as any other answer.
 */
@Configuration(proxyBeanMethods = false)
class KeptAnswerConfiguration implements WebFluxConfigurer {

    /** At most this many answers' JSON in memory; the api keeps at most 20,000 hits in all (about 1,000 answers). */
    private static final long MAXIMUM_ANSWERS = 2_000;

    private final JsonMapper json;

    KeptAnswerConfiguration(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
        configurer.customCodecs().register(new KeptAnswerEncoder(new JacksonJsonEncoder(json), MAXIMUM_ANSWERS));
    }
}
