package fr.mutualis.api.reuse;

import org.jspecify.annotations.Nullable;

/** What became of a lot's units: the four counts add up to its quantity. */
public record LotOutcome(int reused, int refurbished, int recycled, int destroyed,
        @Nullable String erasureCertificateRef) {

    public int total() {
        return reused + refurbished + recycled + destroyed;
    }
}
