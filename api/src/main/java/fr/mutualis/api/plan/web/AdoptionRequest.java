package fr.mutualis.api.plan.web;

import fr.mutualis.api.shared.web.InvalidField;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code POST .../adoptions}: exactly one of an action of another authority's published plan, or a best practice. */
record AdoptionRequest(@Nullable UUID sourceActionId, @Nullable UUID practiceId) {

    AdoptionRequest checked() {
        if ((sourceActionId == null) == (practiceId == null)) {
            throw new InvalidField("sourceActionId", "give either sourceActionId or practiceId");
        }
        return this;
    }
}
