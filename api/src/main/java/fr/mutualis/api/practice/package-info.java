/**
 * The best-practice library: authorities write practices (Markdown, rendered to sanitised HTML), the network finds them
 * with French full-text search, endorses them, discusses them and adopts them in its plans.
 * {@link fr.mutualis.api.practice.Practices#publishedForAdoption} is what the plans module reads to adopt one.
 */
@NullMarked
package fr.mutualis.api.practice;

import org.jspecify.annotations.NullMarked;
