/**
 * Knowledge questionnaires: shared question banks written by the platform operator, campaigns that an authority opens
 * for its agents or elected officials, anonymous answers through a secret link, and results from 5 answers up.
 * {@link fr.mutualis.api.questionnaire.CampaignScores#latestScore} is the module's entry for the indicators.
 */
@NullMarked
package fr.mutualis.api.questionnaire;

import org.jspecify.annotations.NullMarked;
