/**
 * "New in the network since your last visit" ({@code /nouveautes}): each feature contributes a {@link NewsSection}
 * bean (practices now; plans and lots plug in the same way).
 */
@NullMarked
package fr.mutualis.portal.shared.news;

import org.jspecify.annotations.NullMarked;
