/**
 * What the layout of every page needs, error pages included: the signed-in user and the
 * CSRF token of its forms.
 */
@NullMarked
package fr.mutualis.portal.shared.web;

import org.jspecify.annotations.NullMarked;
