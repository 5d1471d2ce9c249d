// sim-scaffold:add where there is no project: refused, and no module is generated.
evaluate(new File(itSources, 'refused.groovy'))(basedir, new File(itSnapshots), new File(itSources), "sim-scaffold:add runs in the directory of a project with <packaging>pom</packaging>, and ${basedir} has no pom.xml; use sim-scaffold:new for a standalone project")
