/**
 * Languages of the portal: French by default, English on request ({@code ?lang=en}, then a
 * cookie), else the browser's {@code Accept-Language}.
 */
@NullMarked
package fr.mutualis.portal.shared.i18n;

import org.jspecify.annotations.NullMarked;
