// Runs inside maven-archetype-plugin right after it has written the module (Groovy 4).
//
// 1. Validates every property. The plugin enforces the validationRegex of archetype-metadata.xml in
//    interactive mode only, so batch mode, CI and IDE wizards rely on these checks. On bad input it
//    deletes what generation wrote, takes the module back out of an enclosing parent pom, and throws:
//    the build fails with one message naming the property and the value, and no directory is left.
// 2. Gives the templates their type names (State.java -> LeaseTableState.java). The names are applied
//    here rather than through __moduleName__ file-name tokens because the plugin substitutes those
//    with a regex replacement that crashes on a '$' before this script could reject it.
// 3. Prints the SIM-SCAFFOLD REPORT.

import groovy.xml.XmlSlurper

import java.nio.file.Files

final Set<String> JAVA_KEYWORDS = ('abstract assert boolean break byte case catch char class const continue default do '
        + 'double else enum extends final finally float for goto if implements import instanceof int interface long '
        + 'native new package private protected public return short static strictfp super switch synchronized this '
        + 'throw throws transient try void volatile while true false null _').split(' ') as Set
// Legal as package names, but not as type names.
final Set<String> RESTRICTED_TYPE_NAMES = ['var', 'yield', 'record', 'sealed', 'permits'] as Set
// Names the example already uses in the classes that receive the invariant stubs.
final Set<String> TAKEN_METHOD_NAMES = ['standard', 'atMostOneLiveHolder', 'epochsStrictlyIncrease',
        'expiredLeaseNeverRenewed', 'releaseByNonHolderChangesNothing', 'sameGrant', 'invariantsHoldWithoutFaults',
        'invariantsHoldUnderDroppedDelayedAndDuplicatedAnswersAndClockJumps',
        'theFaultySweepExercisesEveryRuleAndEveryFault', 'aSeedReplaysTheSameRun'] as Set
// Template file name -> whether it takes the module name as a prefix.
final Map<String, Boolean> MAIN_FILES = ['package-info.java': false, 'Lease.java': false, 'State.java': true,
        'Input.java': true, 'Effect.java': true, 'Logic.java': true]
final Map<String, Boolean> TEST_FILES = ['PlantedBugTest.java': false, 'Simulation.java': true, 'Invariants.java': true,
        'Properties.java': true, 'LogicTest.java': true, 'ExhaustiveTest.java': true, 'DeterminismRulesTest.java': false]

Properties props = request.properties
String groupId = request.groupId
String artifactId = request.artifactId
String version = request.version
String packageName = request.getPackage()
String moduleName = props.getProperty('moduleName')
String invariants = props.getProperty('invariants', 'none')
String simVersion = props.getProperty('simVersion')

File outputDirectory = new File(request.outputDirectory)
File moduleDir = new File(outputDirectory, artifactId)
File parentPom = new File(outputDirectory, 'pom.xml')
File modulePom = new File(moduleDir, 'pom.xml')
String packagePath = packageName.replace('.', '/')

// ---------------------------------------------------------------------------------------------------
// Validation: the first problem found, as "property 'x' = 'value': why", or null.

String unsafe(String property, String value, boolean sentence) {
    if (value == null || value.trim().isEmpty()) {
        return "property '${property}' is empty: give it a value"
    }
    def bad = [('$'): 'a dollar sign', '#': 'a hash sign', '"': 'a double quote', '\\': 'a backslash',
               '\n': 'a line break', '\r': 'a line break']
    if (!sentence) {
        bad["'"] = 'a single quote'
    }
    def hit = bad.find { value.contains(it.key) }
    if (hit != null) {
        return "property '${property}' = '${value.replaceAll('[\\r\\n]', ' ')}' contains ${hit.value}, which generated code cannot carry safely"
    }
    if (sentence && value.contains('*/')) {
        return "property '${property}' = '${value}' contains '*/', which would end the Javadoc comment it is copied into"
    }
    return null
}

String camelName(String sentence) {
    String words = sentence.replaceAll('[^A-Za-z0-9]+', ' ').trim()
    if (words.isEmpty()) {
        return ''
    }
    String name = ''
    for (String word : words.split(' ')) {
        name = name.isEmpty() ? word.toLowerCase() : name + word.substring(0, 1).toUpperCase() + word.substring(1).toLowerCase()
    }
    return name ==~ /[0-9].*/ ? 'invariant' + name : name
}

List<String> sentencesOf(String value) {
    if (value == null || value.trim().equalsIgnoreCase('none')) {
        return []
    }
    return value.split(';').collect { it.trim() }.findAll { !it.isEmpty() }
}

String problem = null
def check = { Closure<String> test -> if (problem == null) { problem = test() } }

check { unsafe('groupId', groupId, false) }
check { groupId ==~ /[A-Za-z0-9_][A-Za-z0-9_.-]*/ ? null
        : "property 'groupId' = '${groupId}' is not a valid Maven groupId (letters, digits, '_', '-' and '.')" }
check { unsafe('artifactId', artifactId, false) }
check { artifactId ==~ /[A-Za-z0-9_][A-Za-z0-9_.-]*/ ? null
        : "property 'artifactId' = '${artifactId}' is not a valid Maven artifactId (letters, digits, '_', '-' and '.', not starting with '-' or '.')" }
check { unsafe('version', version, false) }
check { version ==~ /[A-Za-z0-9_][A-Za-z0-9_.+-]*/ ? null
        : "property 'version' = '${version}' is not a valid Maven version (letters, digits, '.', '-', '+' and '_')" }
check { unsafe('package', packageName, false) }
check {
    if (!(packageName ==~ /[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/)) {
        return "property 'package' = '${packageName}' is not a valid Java package name (dot-separated identifiers of letters, digits and '_', none starting with a digit)"
    }
    String keyword = packageName.split('\\.').find { JAVA_KEYWORDS.contains(it) }
    return keyword == null ? null
            : "property 'package' = '${packageName}' is not a valid Java package name: '${keyword}' is a reserved Java word"
}
check { unsafe('moduleName', moduleName, false) }
check {
    if (JAVA_KEYWORDS.contains(moduleName) || RESTRICTED_TYPE_NAMES.contains(moduleName)) {
        return "property 'moduleName' = '${moduleName}' is a reserved Java word; choose a type name such as LeaseTable"
    }
    return moduleName ==~ /[A-Z][A-Za-z0-9]*/ ? null
            : "property 'moduleName' = '${moduleName}' is not a valid Java type name: use UpperCamelCase letters and digits, starting with an upper-case letter, such as LeaseTable"
}
check { unsafe('simVersion', simVersion, false) }
check { simVersion ==~ /[A-Za-z0-9_][A-Za-z0-9_.+-]*/ ? null
        : "property 'simVersion' = '${simVersion}' is not a valid Maven version" }
check { invariants == null || invariants.isEmpty() ? null : unsafe('invariants', invariants, true) }
check {
    Map<String, String> named = [:]
    for (String sentence : sentencesOf(invariants)) {
        String name = camelName(sentence)
        if (name.isEmpty()) {
            return "property 'invariants' = '${invariants}': the sentence '${sentence}' has no ASCII letters or digits to name its method after"
        }
        if (JAVA_KEYWORDS.contains(name)) {
            return "property 'invariants' = '${invariants}': the sentence '${sentence}' would be named '${name}', a reserved Java word; reword it"
        }
        if (TAKEN_METHOD_NAMES.contains(name)) {
            return "property 'invariants' = '${invariants}': the sentence '${sentence}' would be named '${name}', which the generated example already uses; reword it"
        }
        if (named.containsKey(name)) {
            return "property 'invariants' = '${invariants}': the sentences '${named[name]}' and '${sentence}' would both be named '${name}'; reword one"
        }
        named[name] = sentence
    }
    return null
}

// Files this archetype writes, relative to the module directory, by their final names.
List<String> finalFiles = ['pom.xml', 'README.md']
MAIN_FILES.each { file, prefixed -> finalFiles << "src/main/java/${packagePath}/${prefixed ? moduleName + file : file}".toString() }
TEST_FILES.each { file, prefixed -> finalFiles << "src/test/java/${packagePath}/${prefixed ? moduleName + file : file}".toString() }

// The plugin writes into an existing directory that has no pom.xml (it only warns), and skips, with a
// warning, a template whose file already exists there. Files it did not write mean the directory was
// the user's: refuse, and remove only what was generated. A file it did not write either has a name
// no template has, or is older than the module's pom.xml, which the plugin writes first.
List<String> templateFiles = ['pom.xml', 'README.md']
MAIN_FILES.keySet().each { templateFiles << "src/main/java/${packagePath}/${it}".toString() }
TEST_FILES.keySet().each { templateFiles << "src/test/java/${packagePath}/${it}".toString() }
long pomWritten = modulePom.lastModified()
List<String> foreign = []
if (moduleDir.isDirectory()) {
    moduleDir.eachFileRecurse(groovy.io.FileType.FILES) { File file ->
        String relative = moduleDir.toPath().relativize(file.toPath()).toString().replace(File.separatorChar, '/' as char)
        if (!templateFiles.contains(relative) || file.lastModified() < pomWritten) {
            foreign << relative
        }
    }
}
check { foreign.isEmpty() ? null
        : "property 'artifactId' = '${artifactId}': directory ${moduleDir} already exists and holds files this archetype did not write (${foreign.take(3).join(', ')}${foreign.size() > 3 ? ', ...' : ''}); generate into a new directory" }

// Generated inside a pom-packaged project, the plugin lists the module in that parent pom (rewriting
// it moments before the templates are written) and adds a <parent> to the module's pom. A parent pom
// that already listed the module is left untouched by the plugin, so it is older than the generated
// files: then the entry is the user's own and stays, whatever happens here.
boolean parentUpdated = parentPom.isFile() && parentPom.lastModified() >= pomWritten - 5000 &&
        new XmlSlurper().parse(parentPom).modules.module.any { it.text().trim() == artifactId }

if (problem != null) {
    if (foreign.isEmpty()) {
        moduleDir.deleteDir()
    } else {
        (templateFiles - foreign).each { new File(moduleDir, it).delete() }
        [new File(moduleDir, "src/main/java/${packagePath}"), new File(moduleDir, "src/test/java/${packagePath}")].each { File dir ->
            for (File d = dir; d != null && d != moduleDir && d.isDirectory() && d.list().length == 0; d = d.parentFile) {
                d.delete()
            }
        }
    }
    if (parentUpdated) {
        String text = parentPom.getText('UTF-8')
        String entry = java.util.regex.Pattern.quote("<module>${artifactId}</module>")
        text = text.replaceFirst("\\r?\\n[ \\t]*${entry}[ \\t]*(?=\\r?\\n)", '')
        // A <modules> element left empty was created by the plugin for this module alone.
        text = text.replaceFirst('\\r?\\n[ \\t]*<modules>\\s*</modules>[ \\t]*(?=\\r?\\n)', '')
        parentPom.write(text, 'UTF-8')
    }
    throw new IllegalArgumentException("sim-scaffold: ${problem}. Nothing was generated.")
}

// ---------------------------------------------------------------------------------------------------
// Type names.

[['src/main/java', MAIN_FILES], ['src/test/java', TEST_FILES]].each { root, files ->
    files.each { String file, Boolean prefixed ->
        if (prefixed) {
            File dir = new File(moduleDir, "${root}/${packagePath}")
            Files.move(new File(dir, file).toPath(), new File(dir, moduleName + file).toPath())
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// Inside a parent: the plugin has added a <parent> (as artifactId, groupId, version). Write it in the
// usual order, and let the module inherit groupId and version where they are the parent's anyway.

String versionNote = ''
if (parentUpdated) {
    def parentModel = new XmlSlurper().parse(parentPom)
    String parentGroupId = parentModel.groupId.text() ?: parentModel.parent.groupId.text()
    String parentVersion = parentModel.version.text() ?: parentModel.parent.version.text()
    String pom = modulePom.getText('UTF-8')
    String block = """<parent>
    <groupId>${parentGroupId}</groupId>
    <artifactId>${parentModel.artifactId.text()}</artifactId>
    <version>${parentVersion}</version>
  </parent>"""
    pom = pom.replaceFirst('(?s)<parent>.*?</parent>', java.util.regex.Matcher.quoteReplacement(block))
    if (groupId == parentGroupId) {
        pom = pom.replaceFirst("\\n  <groupId>${java.util.regex.Pattern.quote(groupId)}</groupId>(?=\\n  <artifactId>)", '')
    }
    if (version == parentVersion) {
        pom = pom.replaceFirst("(?<=</artifactId>)\\n  <version>${java.util.regex.Pattern.quote(version)}</version>", '')
    } else {
        versionNote = "version ${version} differs from the parent's ${parentVersion}; pass -Dversion=${parentVersion} to inherit it"
    }
    modulePom.write(pom, 'UTF-8')
}

// ---------------------------------------------------------------------------------------------------
// Report.

int created = 0
moduleDir.eachFileRecurse(groovy.io.FileType.FILES) { created++ }
List<String> pending = sentencesOf(invariants)
String parentLine = parentUpdated ? "added as <module> of ${parentPom} and inherits it" : 'standalone project'
String runTests = parentUpdated ? "mvn -f ${parentPom} -pl ${artifactId} -am verify" : "mvn -f ${modulePom} verify"

StringBuilder report = new StringBuilder()
report << '\n'
report << 'SIM-SCAFFOLD REPORT\n'
report << '===================\n'
report << "Module:        ${artifactId} (${groupId}:${artifactId}:${version}, package ${packageName})\n"
report << "Type:          A: Coordination (archetype-coordination, sim-core ${simVersion})\n"
report << "Location:      ${moduleDir} (${parentLine})\n"
if (versionNote) {
    report << "Note:          ${versionNote}\n"
}
report << "Files created: ${created}\n"
report << "Pattern:       pure state machine + effects as data: ${moduleName}Logic.transition(state, input, now) -> Step(state, effects)\n"
report << 'Invariants shipped with the example (checked after every step, each proven by PlantedBugTest):\n'
['at most one live holder per shard', 'fencing epochs strictly increase per shard', 'an expired lease is never renewed',
 'a release by a non-holder changes nothing'].eachWithIndex { String s, int i -> report << "  ${i + 1}. ${s}\n" }
report << 'Invariants to implement:\n'
if (pending.isEmpty()) {
    report << '  (none named; pass -Dinvariants="first sentence; second sentence" to get stubs)\n'
} else {
    pending.eachWithIndex { String s, int i ->
        report << "  ${i + 1}. ${s} -> ${moduleName}Invariants.${camelName(s)}() (its test is skipped until implemented)\n"
    }
}
report << 'Next steps:\n'
int step = 1
if (!pending.isEmpty()) {
    report << "  ${step++}. Implement the invariant stubs in ${moduleName}Invariants, add them to standard(...), remove @Disabled from their tests\n"
}
report << "  ${step++}. Rename the lease-table example in ${moduleName}State/Input/Effect/Logic to your domain\n"
report << "  ${step++}. Plant a bug per new invariant in PlantedBugTest to prove it can fail\n"
report << "  ${step++}. Teach the workers in ${moduleName}Simulation the requests your clients send\n"
report << 'Run the tests:\n'
report << "  ${runTests}\n"
report << 'Replay a failing seed:\n'
report << "  mvn -f ${modulePom} test -Dtest='${moduleName}Properties#<method>' -Dsim.seed=<seed>  (a failure prints the exact command)\n"
println report
