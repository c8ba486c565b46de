package fr.mutualis.api.reuse;

import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The yearly REEN and AGEC compliance report of an authority. */
@Service
public class Compliance {

    private final ComplianceRows rows;
    private final Tenancy tenancy;

    Compliance(ComplianceRows rows, Tenancy tenancy) {
        this.rows = rows;
        this.tenancy = tenancy;
    }

    public Mono<ComplianceReport> report(TenantAccess access, int year) {
        if (year < 2000 || year > 2100) {
            return Mono.error(new fr.mutualis.api.shared.web.InvalidField("year", "year must be between 2000 and 2100."));
        }
        return tenancy.run(access.context(), () -> rows.reen(access.authorityId(), year)
                .zipWith(rows.agec(access.authorityId(), year).collectList())
                .map(both -> new ComplianceReport(access.slug(), year, both.getT1(), both.getT2())));
    }
}
