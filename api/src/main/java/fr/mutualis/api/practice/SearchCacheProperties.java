package fr.mutualis.api.practice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The short-lived answers of the library's search (ADR 0019), kept per api instance.
 *
 * @param ttl how old an answer may be when it is served: the longest a change made through another instance takes to
 *        show in this one's searches (a change made through this instance shows at once); an answer read after half
 *        of it is searched again in the background while it is still served
 * @param maximumHits how many practices the kept answers may hold in all (an answer weighs its hits, at least one;
 *        about 2 KB each), the least used answers going first
 */
@ConfigurationProperties("mutualis.practices.search-cache")
public record SearchCacheProperties(@DefaultValue("5s") Duration ttl, @DefaultValue("20000") long maximumHits) {
}
