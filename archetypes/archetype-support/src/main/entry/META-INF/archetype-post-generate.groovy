// The entry point maven-archetype-plugin runs after writing a module. The plugin evaluates this script in
// a GroovyShell of its own class loader, so the shared machine (dev.simscaffold.archetype.support, copied
// into every archetype jar at build time) is compiled from the archetype jar's sources, which the
// context class loader holds while the script runs.
ClassLoader archetypeJar = Thread.currentThread().contextClassLoader
GroovyClassLoader machine = new GroovyClassLoader(getClass().classLoader)
machine.resourceLoader = { String className -> archetypeJar.getResource(className.replace('.', '/') + '.groovy') } as GroovyResourceLoader
println machine.loadClass('dev.simscaffold.archetype.support.Generation').run(archetypeJar, request)
