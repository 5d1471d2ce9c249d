package dev.simscaffold.archetype.support

import java.util.regex.Matcher

/**
 * Resolves ${key} references between the values of a properties file, as Maven filtering does when it
 * reads the same file as a filter: the descriptor and the checks then see identical expressions.
 */
final class References {

    private References() {
    }

    static Properties resolve(Properties raw) {
        Properties resolved = new Properties()
        raw.stringPropertyNames().each { resolved.setProperty(it, value(raw, it, [] as Set)) }
        return resolved
    }

    private static String value(Properties raw, String key, Set<String> resolving) {
        if (!resolving.add(key)) {
            throw new IllegalArgumentException("property rules: ${key} refers to itself")
        }
        String text = raw.getProperty(key)
        Matcher reference = text =~ /\$\{([^}]+)\}/
        StringBuilder out = new StringBuilder()
        while (reference.find()) {
            String name = reference.group(1)
            String replacement = raw.containsKey(name) ? value(raw, name, resolving) : reference.group()
            reference.appendReplacement(out, Matcher.quoteReplacement(replacement))
        }
        reference.appendTail(out)
        resolving.remove(key)
        return out.toString()
    }
}
