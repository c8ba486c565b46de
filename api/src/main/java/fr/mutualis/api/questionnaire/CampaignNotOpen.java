package fr.mutualis.api.questionnaire;

import fr.mutualis.api.shared.web.DomainException;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** An answer sent before the campaign opens or after it closes. */
public class CampaignNotOpen extends DomainException {

    private final Campaign.State state;

    public CampaignNotOpen(Campaign.State state, Instant opensAt, Instant closesAt) {
        super(HttpStatus.CONFLICT, "campaign-not-open", "Campaign not open",
                (state == Campaign.State.NOT_YET_OPEN ? "This questionnaire opens on " + opensAt
                        : "This questionnaire closed on " + closesAt) + ": answers are accepted from "
                        + opensAt + " to " + closesAt + ".");
        this.state = state;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("state", state.name());
    }
}
