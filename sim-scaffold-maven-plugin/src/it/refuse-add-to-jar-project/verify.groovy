// sim-scaffold:add in a jar project: refused with the reason, and its pom.xml is untouched.
evaluate(new File(itSources, 'refused.groovy'))(basedir, new File(itSnapshots), new File(itSources), "the project here has packaging 'jar', and modules can only be added to a project with <packaging>pom</packaging> (${basedir}/pom.xml)")
