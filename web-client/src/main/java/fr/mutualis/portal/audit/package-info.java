/**
 * The audit log of an authority: who did what, when, with the api's request id.
 */
@NullMarked
package fr.mutualis.portal.audit;

import org.jspecify.annotations.NullMarked;
