package dev.simscaffold.generator.api;

import java.util.Objects;

/**
 * One property an archetype takes, for a listing and for spotting a misspelt one.
 *
 * @param key the property's name, as given with {@code -Dkey=value}
 * @param defaultValue its default, possibly made of other properties ({@code ${groupId}}), or null when a value
 *     must be given
 * @param rule what a value must be, in words, or null when the archetype describes no rule for it
 */
public record Property(String key, String defaultValue, String rule) {

    /**
     * Checks that the property has a name.
     *
     * @param key the name
     * @param defaultValue the default, or null
     * @param rule the rule in words, or null
     * @throws NullPointerException when it has none
     */
    public Property {
        Objects.requireNonNull(key, "key");
    }
}
