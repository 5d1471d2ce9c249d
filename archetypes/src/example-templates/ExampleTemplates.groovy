// Makes an archetype's Java templates from its example module (archetypes/examples/<type>), at the archetype's
// generate-resources (archetypes/pom.xml runs it with GMavenPlus; `project` is the archetype's MavenProject).
// The example is an ordinary module in a fixed package with the type's default prefix, compiled and tested
// before the archetype; this script turns its sources back into the Velocity text the archetype plugin expects:
//   1. each literal property value named in the archetype's src/example-rewrites.groovy, in the file and the
//      exact text given there, with the value taken from the archetype's descriptor default, becomes ${key};
//   2. the example's package becomes ${package} (subpackages keep their tail: ${package}.runtime);
//   3. the default prefix (the descriptor's moduleName default) becomes ${moduleName} wherever a word starts
//      with it, and file names lose it (the machine renames the files after validation, see Manifest).
// It fails the build, naming every problem at once, when a rewrite does not match exactly as many times as its
// table says, when a descriptor property other than the plugin's own has no rewrite, when the prefix occurs
// inside a word or the package's root (org.acme) is left over, when a source holds text Velocity would
// interpret ($, or # before a directive), or when a file lies outside the example's package: no silent drift.
import groovy.xml.XmlSlurper
import java.nio.file.Files
import java.nio.file.Path
import java.util.regex.Matcher
import java.util.regex.Pattern

File archetypeDir = project.basedir
File tableFile = new File(archetypeDir, 'src/example-rewrites.groovy')
Map table = new GroovyShell().evaluate(tableFile) as Map
File example = new File(archetypeDir, table['example'] as String).canonicalFile
String examplePackage = table['package']
File out = new File(project.build.directory, 'example-templates')

def descriptor = new XmlSlurper().parse(new File(archetypeDir, 'src/main/resources/META-INF/maven/archetype-metadata.xml'))
Map<String, String> defaults = descriptor.requiredProperties.requiredProperty.collectEntries { [(it.@key.text()): it.defaultValue.text()] }
String prefix = defaults.moduleName
// The properties every archetype has, which the plugin, the template pom or the machine use: no literal in Java.
Set<String> ownedElsewhere = ['version', 'package', 'moduleName', 'invariants', 'simVersion'] as Set

List<String> problems = []
List<Map> rewrites = table['values'] as List<Map>
Set<String> named = rewrites.collectMany { (it.text =~ /\{(\w+)\}/).collect { m -> m[1] } } as Set
(defaults.keySet() - ownedElsewhere - named).each {
    problems << "${tableFile.name}: the descriptor's property '${it}' has no rewrite, so the example's value would be generated whatever the user asks"
}
(named - defaults.keySet()).each {
    problems << "${tableFile.name}: '{${it}}' is no property of the descriptor"
}

Pattern velocity = ~/\$|#(?:[#*\[{]|(?:set|if|elseif|else|end|foreach|break|stop|include|parse|define|macro|evaluate)\b)/
Pattern packagePattern = ~/(?<![\w.])${Pattern.quote(examplePackage)}(?!\w)/
Pattern prefixInWord = ~/(?<=[\w$])${Pattern.quote(prefix)}/
Pattern prefixAtWordStart = ~/(?<![\w$])${Pattern.quote(prefix)}/
String packageRoot = examplePackage.substring(0, examplePackage.lastIndexOf('.'))

out.deleteDir()
int written = 0
Set<String> rewritten = [] as Set
['src/main/java', 'src/test/java'].each { String root ->
    File sources = new File(example, root)
    File packageDir = new File(sources, examplePackage.replace('.', '/'))
    if (!sources.isDirectory()) {
        return
    }
    sources.eachFileRecurse(groovy.io.FileType.FILES) { File file ->
        String where = example.toPath().relativize(file.toPath()).toString()
        if (!file.toPath().startsWith(packageDir.toPath())) {
            problems << "${where}: outside the example's package ${examplePackage}, so no template would be made from it"
            return
        }
        String relative = packageDir.toPath().relativize(file.toPath()).toString()
        String text = file.getText('UTF-8')
        text.eachLine { String line, int number ->
            Matcher unsafe = velocity.matcher(line)
            if (unsafe.find()) {
                problems << "${where}:${number + 1}: '${unsafe.group()}' would be read by Velocity at generation: ${line.trim()}"
            }
            if (prefixInWord.matcher(line).find()) {
                problems << "${where}:${number + 1}: '${prefix}' inside a word, which a module name would not replace: ${line.trim()}"
            }
        }
        String key = "${root}/${relative}"
        rewrites.findAll { it.file == key }.each { Map rewrite ->
            String literal = (rewrite.text as String).replaceAll(/\{(\w+)\}/) { all, name -> Matcher.quoteReplacement(defaults[name] ?: all) }
            String template = (rewrite.text as String).replaceAll(/\{(\w+)\}/, '\\${$1}')
            int count = text.count(literal)
            if (count != (rewrite.times as int)) {
                problems << "${where}: '${literal}' occurs ${count} times, the rewrite to '${template}' expects ${rewrite.times} (${tableFile.name})"
            }
            text = text.replace(literal, template)
            rewritten << key
        }
        text = packagePattern.matcher(text).replaceAll(Matcher.quoteReplacement('${package}'))
        if (text.contains(packageRoot)) {
            problems << "${where}: '${packageRoot}' outside the package name ${examplePackage}, which no rewrite covers"
        }
        text = prefixAtWordStart.matcher(text).replaceAll(Matcher.quoteReplacement('${moduleName}'))
        String name = file.name.startsWith(prefix) ? file.name.substring(prefix.length()) : file.name
        Path target = out.toPath().resolve(root).resolve(relative).resolveSibling(name)
        Files.createDirectories(target.parent)
        if (Files.exists(target)) {
            problems << "${where}: its template name ${name} is also another file's"
        }
        target.toFile().write(text, 'UTF-8')
        written++
    }
}
rewrites.findAll { !rewritten.contains(it.file) }.each { problems << "${tableFile.name}: no example file ${it.file}" }
if (written == 0) {
    problems << "${example}: no sources"
}
if (!problems.isEmpty()) {
    throw new IllegalStateException("The templates of ${project.artifactId} cannot be made from ${example}:\n  " + problems.join('\n  '))
}
log.info("${written} templates from ${example} (package ${examplePackage}, prefix ${prefix}) in ${out}")
