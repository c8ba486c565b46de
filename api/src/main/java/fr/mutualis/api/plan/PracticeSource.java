package fr.mutualis.api.plan;

import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Implemented by the best-practice module (which depends on this one, never the reverse): the published practice
 * with this id, or empty when there is none. Without an implementation, adopting a practice answers 404.
 */
public interface PracticeSource {

    Mono<AdoptablePractice> publishedPractice(UUID practiceId);
}
