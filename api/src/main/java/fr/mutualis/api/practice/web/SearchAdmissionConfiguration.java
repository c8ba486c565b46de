package fr.mutualis.api.practice.web;

import fr.mutualis.api.practice.SearchAdmissionProperties;
import fr.mutualis.api.shared.web.ProblemResponses;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The turns of the library's searches (ADR 24), declared here rather than scanned, like the public api's filters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchAdmissionProperties.class)
class SearchAdmissionConfiguration {

    @Bean
    SearchAdmission searchAdmission(SearchAdmissionProperties properties, ProblemResponses problems,
            ObjectProvider<MeterRegistry> meters) {
        return new SearchAdmission(properties, problems, meters);
    }
}
