// An invalid package, named with the reason, before anything is written.
evaluate(new File(itSources, 'refused.groovy'))(basedir, new File(itSnapshots), new File(itSources), "property 'package' = 'com..example' is not a valid Java package name: it has an empty segment (a leading, trailing or doubled '.')")
