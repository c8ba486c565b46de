package fr.mutualis.api.reuse;

import java.util.List;

/** A partner with the reviews the authorities left. */
public record PartnerProfile(Partner partner, List<Review> reviews) {
}
