package fr.mutualis.api.plan.web;

import fr.mutualis.api.plan.Visibility;
import org.jspecify.annotations.Nullable;

/** {@code POST .../publication}: the visibility to publish with (the plan's current one when absent). */
record PublicationRequest(@Nullable Visibility visibility) {
}
