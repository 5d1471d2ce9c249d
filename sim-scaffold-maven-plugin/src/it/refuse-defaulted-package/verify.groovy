// package is not given: its default comes from groupId, and the refusal says so instead of naming a property the user never typed.
evaluate(new File(itSources, 'refused.groovy'))(basedir, new File(itSnapshots), new File(itSources), "package (from groupId) = 'com..example' is not a valid Java package name: it has an empty segment (a leading, trailing or doubled '.')")
