package fr.mutualis.api.plan;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where an adopted action came from: another authority's action (with that authority's slug) or a best practice. */
public record AdoptedFrom(Kind kind, UUID id, @Nullable String authority) {

    public enum Kind {
        ACTION, PRACTICE
    }
}
