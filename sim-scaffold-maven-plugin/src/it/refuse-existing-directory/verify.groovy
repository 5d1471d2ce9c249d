// The module directory exists already (with a user's file): refused, the directory and its file untouched.
evaluate(new File(itSources, 'refused.groovy'))(basedir, new File(itSnapshots), new File(itSources), "property 'artifactId' = 'leases': ${basedir}/leases already exists; choose another artifactId or generate elsewhere")
