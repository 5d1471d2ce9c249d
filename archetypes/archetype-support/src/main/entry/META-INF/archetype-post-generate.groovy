// The entry point maven-archetype-plugin runs after writing a module. The plugin evaluates this script in
// a GroovyShell of its own class loader, which cannot see the archetype jar; the context class loader holds
// that jar while the script runs, but without Groovy. The shared machine (archetype-support's compiled
// classes and its copy of the generator API, unpacked into every archetype jar) is therefore loaded from the
// jar on top of the plugin's Groovy. The sim-scaffold Maven plugin finishes its modules through the generator
// API instead, and marks its requests so that this entry leaves them alone (Generation.run returns null).
ClassLoader archetypeJar = Thread.currentThread().contextClassLoader
URL jar = (archetypeJar.getResource('META-INF/archetype-post-generate.groovy').openConnection() as JarURLConnection).jarFileURL
URLClassLoader machine = new URLClassLoader([jar] as URL[], getClass().classLoader)
try {
    String report = machine.loadClass('dev.simscaffold.archetype.support.Generation').run(archetypeJar, request)
    if (report != null) {
        println report
    }
} finally {
    machine.close()
}
