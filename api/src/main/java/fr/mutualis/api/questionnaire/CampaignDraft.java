package fr.mutualis.api.questionnaire;

import fr.mutualis.api.shared.web.InvalidField;
import java.time.Instant;
import java.util.UUID;

/** What an administrator asks for when opening a campaign. */
public record CampaignDraft(UUID questionnaireId, Audience audience, Instant opensAt, Instant closesAt) {

    public CampaignDraft check() {
        if (!closesAt.isAfter(opensAt)) {
            throw new InvalidField("closesAt", "The closing date must come after the opening date.");
        }
        return this;
    }
}
