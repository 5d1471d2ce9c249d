/**
 * Buggify points, after FoundationDB's BUGGIFY: node code widens its own windows under simulation only. A
 * {@link dev.simscaffold.core.buggify.Buggify} answers {@code fires("site")}: the first time a run reaches a
 * site it decides whether the site is enabled for the whole run, and each time an enabled site is reached it
 * decides whether it fires. Every decision is drawn from the network's {@code buggify} fork inside a span, so
 * it replays with the seed and shrinks (toward disabled, not fired). Production code holds
 * {@link dev.simscaffold.core.buggify.Buggify#disabled()}, whose {@code fires} is one branch that says no.
 */
package dev.simscaffold.core.buggify;
