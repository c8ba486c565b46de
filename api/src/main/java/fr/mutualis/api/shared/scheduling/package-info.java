/**
 * Scheduled work that runs once per cluster, however many api instances run (ADR 17): a job asks
 * {@link fr.mutualis.api.shared.scheduling.ClusterJobs} to run its work; the instance that takes the job's lock in
 * PostgreSQL (ShedLock) runs it, the others skip that tick.
 */
@NullMarked
package fr.mutualis.api.shared.scheduling;

import org.jspecify.annotations.NullMarked;
