/**
 * Action plans: an authority's plans, a plan's page (actions by theme, progress, REEN checklist, publication),
 * the action form, CSV import and export, the printable view, and the network view with adoption.
 */
@NullMarked
package fr.mutualis.portal.plan;

import org.jspecify.annotations.NullMarked;
