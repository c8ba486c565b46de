package fr.mutualis.api.practice;

import java.util.UUID;

/** The endorsement of a practice by one authority, and how many authorities endorse it now. */
public record Endorsement(UUID practiceId, String authority, boolean endorsed, long endorsements, boolean created) {
}
