/** The questionnaire routes: {@code /api/v1/questionnaires}, campaigns of an authority, and the anonymous answer pages. */
@NullMarked
package fr.mutualis.api.questionnaire.web;

import org.jspecify.annotations.NullMarked;
