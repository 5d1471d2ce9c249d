// An absolute artifactId: refused, and nothing appeared at that absolute path either.
evaluate(new File(itSources, 'refused.groovy'))(basedir, new File(itSnapshots), new File(itSources), "property 'artifactId' = '/sim-scaffold-escape' is not a valid Maven artifactId (letters, digits, '_', '-' and '.', starting with a letter, digit or '_'); '/' (U+002F) is not allowed")
assert !new File('/sim-scaffold-escape').exists()
