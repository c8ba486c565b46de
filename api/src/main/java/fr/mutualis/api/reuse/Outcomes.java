package fr.mutualis.api.reuse;

import fr.mutualis.api.shared.web.InvalidField;
import org.springframework.r2dbc.core.DatabaseClient;

/** The rules of an outcome report, whoever makes it: the counts add up to the quantity; erasure proved if required. */
final class Outcomes {

    static final String SET = ", reused = $5, refurbished = $6, recycled = $7, destroyed = $8, "
            + "erasure_certificate_ref = $9";

    private Outcomes() {
    }

    static void check(Lot lot, LotOutcome outcome) {
        if (outcome.total() != lot.quantity()) {
            throw new InvalidField("reused", "reused + refurbished + recycled + destroyed must equal the lot's "
                    + "quantity (" + lot.quantity() + "), not " + outcome.total() + ".");
        }
        String certificate = outcome.erasureCertificateRef();
        if (lot.dataErasureRequired() && (certificate == null || certificate.isBlank())) {
            throw new InvalidField("erasureCertificateRef", "This lot needed data erasure: give the reference of "
                    + "the erasure certificate.");
        }
    }

    static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, LotOutcome outcome) {
        DatabaseClient.GenericExecuteSpec counts = spec.bind("$5", outcome.reused())
                .bind("$6", outcome.refurbished()).bind("$7", outcome.recycled()).bind("$8", outcome.destroyed());
        String certificate = outcome.erasureCertificateRef();
        return certificate == null || certificate.isBlank() ? counts.bindNull("$9", String.class)
                : counts.bind("$9", certificate.strip());
    }
}
