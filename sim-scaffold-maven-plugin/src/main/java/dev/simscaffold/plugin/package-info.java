/**
 * The sim-scaffold Maven plugin: a validate-first front door to the archetypes. Its goals check every
 * property with the rules the archetypes' post-generate machine applies, before anything is written;
 * generate with archetype-common from the archetype's own templates in a staging directory; move the
 * module into place; and, for {@code add}, list it in the parent pom with one inserted line. The types,
 * their properties and rules are read from the archetypes, never kept here.
 */
package dev.simscaffold.plugin;
