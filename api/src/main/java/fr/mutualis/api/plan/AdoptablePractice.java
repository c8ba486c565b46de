package fr.mutualis.api.plan;

import java.util.UUID;

/** A published best practice as an action plan can adopt it; {@code theme} is the name of a {@link Theme}. */
public record AdoptablePractice(UUID id, String title, String summary, String theme) {
}
