package fr.mutualis.portal.plan;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One entry of an action's history.
 *
 * @param at when
 * @param actorName who
 * @param kind {@code CREATED}, {@code UPDATED}, {@code IMPORTED} or {@code ADOPTED}
 * @param changes field → {from, to}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionChange(OffsetDateTime at, String actorName, String kind, Map<String, Map<String, String>> changes) {
}
