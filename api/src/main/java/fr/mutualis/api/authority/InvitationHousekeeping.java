package fr.mutualis.api.authority;

import fr.mutualis.api.shared.scheduling.ClusterJobs;
import fr.mutualis.api.shared.scheduling.ClusterJobs.Job;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Data minimisation (GDPR art. 5): an invitation keeps a person's e-mail address; once it is accepted (the membership
 * holds what is needed) or revoked, it is kept {@code mutualis.jobs.invitation-purge.retention} (90 days) and then
 * deleted, every night, once per cluster. Pending invitations are never touched. Each authority is purged in its own
 * transaction, with row-level security set to that authority.
 */
@Component
class InvitationHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationHousekeeping.class);
    static final Job JOB = new Job("invitation-purge", Duration.ofHours(1), Duration.ofMinutes(1));

    private final MembershipRows rows;
    private final Tenancy tenancy;
    private final ClusterJobs jobs;
    private final Duration retention;

    InvitationHousekeeping(MembershipRows rows, Tenancy tenancy, ClusterJobs jobs,
            @Value("${mutualis.jobs.invitation-purge.retention:90d}") Duration retention) {
        this.rows = rows;
        this.tenancy = tenancy;
        this.jobs = jobs;
        this.retention = retention;
    }

    @Scheduled(cron = "${mutualis.jobs.invitation-purge.cron:0 17 3 * * *}", zone = "Europe/Paris")
    Mono<Boolean> nightly() {
        return jobs.once(JOB, () -> purge(OffsetDateTime.now(ZoneOffset.UTC).minus(retention)));
    }

    /** Deletes every authority's closed invitations sent before {@code before}; completes with how many. */
    Mono<Long> purge(OffsetDateTime before) {
        TenantContext system = TenantContext.system();
        return rows.authorityIds()
                .concatMap(tenant -> tenancy.run(system.forTenant(tenant),
                        () -> rows.purgeClosedInvitations(tenant, before)))
                .reduce(0L, Long::sum)
                .doOnNext(deleted -> LOG.info("Deleted {} accepted or revoked invitations sent before {}", deleted,
                        before));
    }
}
