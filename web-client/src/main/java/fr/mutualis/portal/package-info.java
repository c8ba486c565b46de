/**
 * The Mutualis portal (web-client): one package per feature, {@code shared} for what every
 * page needs (security, languages, the api client, the layout's attributes).
 */
@NullMarked
package fr.mutualis.portal;

import org.jspecify.annotations.NullMarked;
