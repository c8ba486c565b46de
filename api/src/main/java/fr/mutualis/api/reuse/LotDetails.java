package fr.mutualis.api.reuse;

import java.util.List;

/** A lot with its timeline. */
public record LotDetails(Lot lot, List<LotEvent> timeline) {
}
