/**
 * The public home page and the signed-in user's "my account" page.
 */
@NullMarked
package fr.mutualis.portal.home;

import org.jspecify.annotations.NullMarked;
