// A nested path as artifactId: refused before any directory is made.
evaluate(new File(itSources, 'refused.groovy'))(basedir, new File(itSnapshots), new File(itSources), "property 'artifactId' = 'a/b' is not a valid Maven artifactId (letters, digits, '_', '-' and '.', starting with a letter, digit or '_'); '/' (U+002F) is not allowed")
