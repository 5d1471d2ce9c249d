// Cases of ExampleTemplates.groovy, run by archetypes/pom.xml at the test phase (before any archetype is built):
// a small archetype and example in a temporary directory, once clean and once with each kind of drift planted;
// every planted drift must fail the build with a message naming it, and the clean one must give the template.
import java.nio.file.Files

File script = new File(scriptDirectory, 'ExampleTemplates.groovy')

def descriptor = '''<archetype-descriptor name="archetype-demo"><requiredProperties>
  <requiredProperty key="package"><defaultValue>${groupId}</defaultValue></requiredProperty>
  <requiredProperty key="moduleName"><defaultValue>Ledger</defaultValue></requiredProperty>
  <requiredProperty key="nodes"><defaultValue>5</defaultValue></requiredProperty>
</requiredProperties></archetype-descriptor>'''
def table = '''[example: '../example', package: 'org.acme.demo',
  values: [[file: 'src/main/java/LedgerConfig.java', times: 1, text: 'NODES = {nodes};']]]'''
def config = '''package org.acme.demo;

/** The Ledger's settings; see {@link org.acme.demo.sub.LedgerPart}. */
public final class LedgerConfig {
    static final int NODES = 5;
}
'''
def part = 'package org.acme.demo.sub;\n\npublic record LedgerPart(org.acme.demo.LedgerConfig config) {\n}\n'

/** Makes the archetype and example with {@code change} applied to the files, runs the script, returns its failure or null. */
def run = { Map<String, String> change = [:] ->
    File root = Files.createTempDirectory('example-templates').toFile()
    Map<String, String> files = [
            'archetype/src/main/resources/META-INF/maven/archetype-metadata.xml': descriptor,
            'archetype/src/example-rewrites.groovy'                             : table,
            'example/src/main/java/org/acme/demo/LedgerConfig.java'             : config,
            'example/src/test/java/org/acme/demo/sub/LedgerPart.java'           : part,
    ] + change
    files.findAll { it.value != null }.each { path, text -> new File(root, path).with { parentFile.mkdirs(); write(text, 'UTF-8') } }
    File archetype = new File(root, 'archetype')
    def fakeProject = [basedir: archetype, build: [directory: new File(archetype, 'target').path], artifactId: 'archetype-demo']
    try {
        new GroovyShell(new Binding([project: fakeProject, log: [info: {}]])).evaluate(script)
        return [root: root, failure: null]
    } catch (IllegalStateException e) {
        return [root: root, failure: e.message]
    }
}

def fails = { String what, Map<String, String> change, String expected ->
    String failure = run(change).failure
    assert failure != null: "${what}: the script accepted it"
    assert failure.contains(expected): "${what}: the failure does not say '${expected}':\n${failure}"
}

def clean = run()
assert clean.failure == null: clean.failure
File made = new File(clean.root, 'archetype/target/example-templates')
assert new File(made, 'src/main/java/Config.java').getText('UTF-8') == config
        .replace('org.acme.demo', '${package}').replace('Ledger', '${moduleName}').replace('NODES = 5', 'NODES = ${nodes}')
assert new File(made, 'src/test/java/sub/Part.java').getText('UTF-8') ==
        'package ${package}.sub;\n\npublic record ${moduleName}Part(${package}.${moduleName}Config config) {\n}\n'

String configPath = 'example/src/main/java/org/acme/demo/LedgerConfig.java'
fails('a value the descriptor does not hold', [(configPath): config.replace('NODES = 5', 'NODES = 7')],
        "'NODES = 5;' occurs 0 times, the rewrite to 'NODES = \${nodes};' expects 1")
fails('a value twice', [(configPath): config.replace('}\n', '    static final int NODES = 5;\n}\n')], "'NODES = 5;' occurs 2 times")
fails('a property without a rewrite', ['archetype/src/example-rewrites.groovy': table.replace("[[file: 'src/main/java/LedgerConfig.java', times: 1, text: 'NODES = {nodes};']]", '[]')],
        "the descriptor's property 'nodes' has no rewrite")
fails('a rewrite of no property', ['archetype/src/example-rewrites.groovy': table.replace('{nodes}', '{nodez}')], "'{nodez}' is no property of the descriptor")
fails('a rewrite of no file', ['archetype/src/example-rewrites.groovy': table.replace('LedgerConfig.java', 'LedgerSettings.java')],
        'no example file src/main/java/LedgerSettings.java')
fails('the prefix inside a word', [(configPath): config.replace("The Ledger's", "The GeneralLedger's")], "'Ledger' inside a word")
fails('a dollar sign', [(configPath): config.replace('5;', '5; // costs $5')], "'\$' would be read by Velocity")
fails('a Velocity directive', [(configPath): config.replace('settings;', 'settings, {@link #set};')], "'#set' would be read by Velocity")
fails('the package root elsewhere', [(configPath): config.replace('settings;', 'settings, as org.acme.other;')], "'org.acme' outside the package name")
fails('a file outside the package', ['example/src/main/java/org/other/Stray.java': 'package org.other;\n'], 'outside the example\'s package org.acme.demo')
fails('two files with one template name', ['example/src/main/java/org/acme/demo/Config.java': 'package org.acme.demo;\n'], 'is also another file\'s')
log.info('ExampleTemplates: the clean case and 11 planted drifts behave')
