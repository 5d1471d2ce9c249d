package dev.simscaffold.archetype.support

import groovy.xml.XmlSlurper
import groovy.xml.slurpersupport.GPathResult

/**
 * What in an enclosing parent pom disagrees with the generated module, for the report: a Java level
 * below the module's, plugins the module pins at other versions than the parent manages, and enforcer
 * bans on the module's dependencies. Only the parent pom's own text is read, not its ancestors.
 */
final class ParentConflicts {

    static final List<String> JAVA_LEVEL_PROPERTIES = ['maven.compiler.release', 'maven.compiler.target',
            'maven.compiler.source', 'java.version', 'javaVersion']

    private ParentConflicts() {
    }

    static List<String> between(File parentPom, File modulePom, int moduleJavaLevel) {
        GPathResult parent = new XmlSlurper().parse(parentPom)
        GPathResult module = new XmlSlurper().parse(modulePom)
        return javaLevel(parent, moduleJavaLevel) + pinnedPlugins(parent, module) + bannedDependencies(parent, module)
    }

    private static List<String> javaLevel(GPathResult parent, int moduleLevel) {
        Map<String, String> properties = properties(parent)
        List<String> notes = []
        JAVA_LEVEL_PROPERTIES.findAll { properties.containsKey(it) }.each { String key ->
            Integer level = level(properties[key])
            if (level != null && level < moduleLevel) {
                notes << "the parent sets ${key}=${properties[key]}; this module needs Java ${moduleLevel} and sets its own maven.compiler.release"
            }
        }
        plugins(parent).findAll { it.artifactId.text() == 'maven-compiler-plugin' }.each { plugin ->
            ['release', 'source', 'target'].each { String key ->
                String value = resolve(plugin.configuration."${key}".text(), properties)
                Integer level = level(value)
                if (level != null && level < moduleLevel) {
                    notes << "the parent configures maven-compiler-plugin with <${key}>${value}</${key}>; this module needs Java ${moduleLevel}"
                }
            }
        }
        return notes
    }

    private static List<String> pinnedPlugins(GPathResult parent, GPathResult module) {
        Map<String, String> managed = versions(parent)
        return versions(module).findAll { managed.containsKey(it.key) && managed[it.key] != it.value }.collect {
            "this module pins ${it.key} ${it.value}, the parent manages ${managed[it.key]}; remove the module's pin to follow the parent"
        }
    }

    private static List<String> bannedDependencies(GPathResult parent, GPathResult module) {
        List<String> dependencies = module.dependencies.dependency.collect { "${it.groupId.text()}:${it.artifactId.text()}".toString() }
        List<String> notes = []
        plugins(parent).findAll { it.artifactId.text() == 'maven-enforcer-plugin' }.each { plugin ->
            plugin.'**'.findAll { it.name() == 'bannedDependencies' }.each { rule ->
                rule.excludes.exclude*.text().each { String pattern ->
                    dependencies.findAll { matches(pattern.trim(), it) }.each {
                        notes << "the parent's enforcer bans ${pattern.trim()}, which matches ${it}, a dependency of this module"
                    }
                }
            }
        }
        return notes
    }

    private static boolean matches(String pattern, String coordinates) {
        List<String> wanted = pattern.split(':') as List
        List<String> actual = coordinates.split(':') as List
        return (0..<Math.min(wanted.size(), actual.size())).every { int i ->
            actual[i] ==~ wanted[i].split('\\*', -1).collect { java.util.regex.Pattern.quote(it) }.join('.*')
        }
    }

    private static List<GPathResult> plugins(GPathResult pom) {
        return (pom.build.plugins.plugin.list() + pom.build.pluginManagement.plugins.plugin.list()) as List<GPathResult>
    }

    /** artifactId -> version of every plugin the pom pins, property references resolved from its own properties. */
    private static Map<String, String> versions(GPathResult pom) {
        Map<String, String> properties = properties(pom)
        Map<String, String> versions = new TreeMap<>()
        plugins(pom).findAll { !it.version.text().isEmpty() }.each { versions[it.artifactId.text()] = resolve(it.version.text(), properties) }
        return versions
    }

    private static Map<String, String> properties(GPathResult pom) {
        Map<String, String> properties = [:]
        pom.properties.children().each { properties[it.name()] = it.text().trim() }
        return properties
    }

    private static String resolve(String value, Map<String, String> properties) {
        return value.trim().replaceAll(/\$\{([^}]+)\}/) { String all, String key -> properties[key] ?: all }
    }

    /** 17 for "17", 8 for "1.8"; null for anything else, such as an unresolved ${...}. */
    private static Integer level(String value) {
        def matcher = value =~ /^(?:1\.)?(\d+)$/
        return matcher.matches() ? matcher.group(1).toInteger() : null
    }
}
