package fr.mutualis.api.practice;

import fr.mutualis.api.plan.AdoptablePractice;
import fr.mutualis.api.plan.PracticeSource;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Lets an action plan adopt a published best practice (the plans module asks through its {@link PracticeSource}; this
 * module depends on plans, never the reverse).
 */
@Component
class PracticesForPlans implements PracticeSource {

    private final Practices practices;

    PracticesForPlans(Practices practices) {
        this.practices = practices;
    }

    @Override
    public Mono<AdoptablePractice> publishedPractice(UUID practiceId) {
        return practices.publishedForAdoption(practiceId)
                .map(view -> new AdoptablePractice(view.id(), view.title(), view.summary(), view.theme()));
    }
}
