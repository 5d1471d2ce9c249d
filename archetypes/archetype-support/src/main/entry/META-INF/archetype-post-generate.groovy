// The entry point maven-archetype-plugin runs after writing a module. The plugin evaluates this script in
// a GroovyShell of its own class loader, which cannot see the archetype jar; the context class loader holds
// that jar while the script runs, but without Groovy. The shared machine (archetype-support's compiled
// classes, unpacked into every archetype jar) is therefore loaded from the jar on top of the plugin's Groovy.
ClassLoader archetypeJar = Thread.currentThread().contextClassLoader
URL jar = (archetypeJar.getResource('META-INF/archetype-post-generate.groovy').openConnection() as JarURLConnection).jarFileURL
URLClassLoader machine = new URLClassLoader([jar] as URL[], getClass().classLoader)
try {
    println machine.loadClass('dev.simscaffold.archetype.support.Generation').run(archetypeJar, request)
} finally {
    machine.close()
}
