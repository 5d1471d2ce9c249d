package dev.simscaffold.archetype.support

import java.nio.file.Files
import java.nio.file.attribute.FileTime

/** The whole machine over a temporary directory, after a simulated plugin run. */
class GenerationCases {

    private static final Map<String, String> GOOD = [groupId: 'com.example', artifactId: 'leases', version: '0.1.0-SNAPSHOT',
            package: 'com.example.leases', moduleName: 'LeaseTable', invariants: 'none', simVersion: '0.1.0-SNAPSHOT']

    private final File dir
    /** The simulated Maven run starts a little before the case: file system clocks are coarse. */
    private final long runStart = System.currentTimeMillis() - 1000

    GenerationCases(File dir) {
        this.dir = dir
    }

    private String generate(Map<String, String> change = [:]) {
        Map<String, String> values = GOOD + change
        FakePlugin.generate(dir, values)
        return Generation.text(new Generation(GenerationCases.classLoader, values, dir, runStart).run())
    }

    private String refusal(Map<String, String> change) {
        try {
            generate(change)
        } catch (IllegalArgumentException refused) {
            return refused.message
        }
        throw new AssertionError("accepted ${change}")
    }

    void 'a good module gets its final names, its rendered files and a report'() {
        String report = generate(invariants: 'epochs only grow; 3 replicas agree')
        assert FakePlugin.tree(new File(dir, 'leases')).keySet() == ['README.md', 'docs', 'docs/notes.md', 'pom.xml', 'src', 'src/main', 'src/main/java',
                'src/main/java/com', 'src/main/java/com/example', 'src/main/java/com/example/leases',
                'src/main/java/com/example/leases/LeaseTableLogic.java', 'src/main/java/com/example/leases/LeaseTablePendingInvariants.java',
                'src/main/java/com/example/leases/package-info.java'] as Set
        String readme = new File(dir, 'leases/README.md').text
        assert readme.contains('- src/main/java/.../LeaseTableLogic.java: the logic')
        assert readme.contains('* invariant3ReplicasAgree: 3 replicas agree.')
        String stubs = new File(dir, 'leases/src/main/java/com/example/leases/LeaseTablePendingInvariants.java').text
        assert stubs.contains('import java.util.List;') && stubs.contains('import java.util.function.Function;')
        assert stubs.contains('static Function<List<LeaseTableLogic>, List<String>> epochsOnlyGrow()')
        assert report.contains('Files created: 6')
        assert report.contains('  1. epochs only grow -> LeaseTablePendingInvariants.epochsOnlyGrow() (its test is skipped until implemented)')
        assert report.contains("  mvn -f ${new File(dir, 'leases/pom.xml')} verify")
    }

    void 'every refusal leaves the directory exactly as it was'() {
        new File(dir, 'keep.txt').text = 'mine'
        Map<String, String> before = FakePlugin.tree(dir)
        [[package: 'com..x'], [package: 'com.example.'], [package: 'java.util'], [artifactId: 'a/b'],
         [moduleName: 'L' + 'e' * 299], [invariants: 'hash code'], [invariants: 'to string'], [moduleName: 'Lease$Table']].each { Map change ->
            String message = refusal(change)
            assert message.startsWith("sim-scaffold: property '${change.keySet()[0]}'"): message
            assert message.endsWith('. What was generated has been removed.')
            assert FakePlugin.tree(dir) == before: "left behind after ${change}"
        }
    }

    void 'commands in the report are quoted for the shell'() {
        File spaced = new File(dir, 'my work')
        spaced.mkdirs()
        FakePlugin.generate(spaced, GOOD)
        String report = Generation.text(new Generation(GenerationCases.classLoader, GOOD, spaced, runStart).run())
        assert report.contains("  mvn -f '${spaced}/leases/pom.xml' verify")
        assert report.contains("  mvn -f '${spaced}/leases/pom.xml' test '-Dtest=LeaseTableProperties#<method>' '-Dsim.seed=<seed>'")
    }

    void 'a directory holding the user\'s files is refused and keeps exactly those files'() {
        File module = new File(dir, 'leases')
        module.mkdirs()
        new File(module, 'notes.txt').text = 'my notes'
        new File(module, 'README.md').text = 'my readme'
        Files.setLastModifiedTime(new File(module, 'README.md').toPath(), FileTime.fromMillis(System.currentTimeMillis() - 60_000))
        Map<String, String> before = FakePlugin.tree(dir)
        assert refusal([:]).contains("property 'artifactId' = 'leases': directory ${module} already exists and holds files this archetype did not write (README.md, notes.txt)")
        assert FakePlugin.tree(dir) == before
    }

    void 'inside a parent: a refusal takes the module out again, keeping the parent\'s own text'() {
        File parent = new File(dir, 'pom.xml')
        parent.text = '''<project>
  <!-- the platform -->
  <groupId>com.example</groupId>
  <artifactId>platform</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>

  <modules>
    <module>billing</module>
  </modules>
</project>
'''
        Map<String, String> before = FakePlugin.tree(dir)
        refusal(package: 'com.example.class')
        assert FakePlugin.tree(dir) == before
    }

    void 'inside a parent: the module inherits it and the report names the conflicts'() {
        new File(dir, 'pom.xml').text = '''<project>
  <groupId>com.example</groupId>
  <artifactId>platform</artifactId>
  <version>0.1.0-SNAPSHOT</version>
  <packaging>pom</packaging>
  <properties>
    <java.version>11</java.version>
  </properties>
</project>
'''
        String report = generate()
        String pom = new File(dir, 'leases/pom.xml').text
        assert pom.contains('''  <parent>
    <groupId>com.example</groupId>
    <artifactId>platform</artifactId>
    <version>0.1.0-SNAPSHOT</version>
  </parent>''')
        assert !pom.contains('  <groupId>com.example</groupId>\n  <artifactId>leases')
        assert report.contains("added as <module> of ${new File(dir, 'pom.xml')} and inherits it")
        assert report.contains('Note:          the parent sets java.version=11; this module needs Java 17 and sets its own maven.compiler.release')
        assert report.contains("  mvn -f ${new File(dir, 'pom.xml')} -pl leases -am verify")
    }

    void 'a failure after validation is undone as well'() {
        FakePlugin.generate(dir, GOOD)
        // A directory where a renamed file must go: the machine fails half-way through.
        File obstacle = new File(dir, 'leases/src/main/java/com/example/leases/LeaseTableLogic.java/obstacle')
        obstacle.mkdirs()
        try {
            new Generation(GenerationCases.classLoader, GOOD, dir, runStart).run()
            assert false: 'expected a failure'
        } catch (IllegalStateException failed) {
            assert failed.message.startsWith("sim-scaffold: could not finish the module in ${new File(dir, 'leases')}: ")
            assert failed.message.endsWith('. What was generated has been removed.')
        }
        assert FakePlugin.tree(dir).findAll { it.value != '(directory)' } == [:]
        assert obstacle.isDirectory()
    }
}
