/**
 * Knowledge questionnaires: the shared question banks, an authority's campaigns and their results (charts with data
 * tables), and the anonymous answer pages {@code /repondre/{token}} that need no sign-in.
 */
@NullMarked
package fr.mutualis.portal.questionnaire;

import org.jspecify.annotations.NullMarked;
