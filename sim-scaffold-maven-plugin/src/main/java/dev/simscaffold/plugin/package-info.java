/**
 * The sim-scaffold Maven plugin: a validate-first front door to the archetypes. Its goals check every
 * property with the archetype's own generator (found in its jar through sim-scaffold-generator-api, whose rules
 * archetype:generate applies too), before anything is written; render the archetype's own templates with
 * archetype-common in a staging directory and let the generator finish the module there; move the
 * module into place; and, for {@code add}, list it in the parent pom with one inserted line. The types,
 * their properties and rules are read from the archetypes, never kept here.
 */
package dev.simscaffold.plugin;
