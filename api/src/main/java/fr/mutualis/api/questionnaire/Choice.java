package fr.mutualis.api.questionnaire;

import java.util.UUID;

/** One possible answer to a question, and whether it is right. */
public record Choice(UUID id, int position, String label, boolean correct) {
}
