package fr.mutualis.api.practice;

import java.util.UUID;

/**
 * What the plans module needs to adopt a practice: a PUBLISHED practice that the whole network may read. The plans
 * module's {@code PracticeSource} is meant to be implemented with {@link Practices#publishedForAdoption(UUID)}.
 */
public record AdoptablePracticeView(UUID id, String title, String summary, String theme) {
}
