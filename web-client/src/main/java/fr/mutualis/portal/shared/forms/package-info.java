/**
 * Forms: the messages that tell the user what is wrong with a form they sent, whether the
 * portal found it or the api refused it (one place turns the api's problems into messages).
 */
@NullMarked
package fr.mutualis.portal.shared.forms;

import org.jspecify.annotations.NullMarked;
