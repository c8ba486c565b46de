package fr.mutualis.api.questionnaire;

import fr.mutualis.api.indicator.ComputedIndicator;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * The knowledge scores of the catalogue (migration V11), computed from the authority's latest campaign of the year
 * with at least 5 answers, one per audience.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeIndicators {

    @Bean
    ComputedIndicator agentsKnowledgeScore(CampaignScores scores) {
        return new LatestScore("KNOWLEDGE_SCORE_AGENTS", Audience.AGENTS, scores);
    }

    @Bean
    ComputedIndicator electedKnowledgeScore(CampaignScores scores) {
        return new LatestScore("KNOWLEDGE_SCORE_ELECTED", Audience.ELECTED, scores);
    }

    record LatestScore(String code, Audience audience, CampaignScores scores) implements ComputedIndicator {

        @Override
        public String formula() {
            return "Score moyen (0 à 100) des réponses au dernier questionnaire de connaissances de l'année clos avec "
                    + "au moins 5 réponses (" + (audience == Audience.AGENTS ? "agents" : "élus") + ")";
        }

        @Override
        public Mono<Optional<BigDecimal>> compute(UUID tenantId, int year) {
            return scores.latestScore(tenantId, audience, year).map(found -> Optional.of(found.score()))
                    .defaultIfEmpty(Optional.empty());
        }
    }
}
