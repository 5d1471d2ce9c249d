// archetype:generate writes ../escape outside the working directory before any check; the plugin refuses first.
evaluate(new File(itSources, 'refused.groovy'))(basedir, new File(itSnapshots), new File(itSources), "property 'artifactId' = '../escape' is not a valid Maven artifactId (letters, digits, '_', '-' and '.', starting with a letter, digit or '_'); '/' (U+002F) is not allowed")
