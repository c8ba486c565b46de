/** The Mutualis api, packaged by feature. */
@NullMarked
package fr.mutualis.api;

import org.jspecify.annotations.NullMarked;
