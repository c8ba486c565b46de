/**
 * Action plans: plans and their actions, publication to the network, adoption of another authority's action (or of a
 * best practice, through {@link fr.mutualis.api.plan.PracticeSource}), REEN coverage, CSV import and export.
 * Other modules use {@link fr.mutualis.api.plan.ActionPlans#adoptersOfPractice}.
 */
@NullMarked
package fr.mutualis.api.plan;

import org.jspecify.annotations.NullMarked;
