package fr.mutualis.api.questionnaire;

import java.time.Instant;
import java.util.UUID;

/** A questionnaire put to an audience of an authority between two dates, answered through a secret link. */
public record Campaign(UUID id, UUID authorityId, String authorityName, UUID questionnaireId, String questionnaireTitle,
        Audience audience, Instant opensAt, Instant closesAt, String linkToken, int answers, long version) {

    public enum State {
        NOT_YET_OPEN, OPEN, CLOSED
    }

    public State state(Instant now) {
        if (now.isBefore(opensAt)) {
            return State.NOT_YET_OPEN;
        }
        return now.isBefore(closesAt) ? State.OPEN : State.CLOSED;
    }
}
