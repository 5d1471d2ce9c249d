// Compares a generated module (without target/ and build.log) with its checked-in snapshot, file by
// file, and names every file that was added, removed or changed with its first differing line. With
// -Dsnapshot.update=true it rewrites the snapshot instead (the plugin runs this script in the build's
// own JVM, which sees the build's -D options). Snapshot files carry a .snap suffix: they are expected
// output, not sources that a compiler, an IDE or a duplicate finder should pick up.
return { File moduleDir, File snapshotDir ->
    def files = { File dir, String suffix ->
        Map<String, String> found = new TreeMap<>()
        if (dir.isDirectory()) {
            dir.eachFileRecurse(groovy.io.FileType.FILES) {
                String path = dir.toPath().relativize(it.toPath()).toString()
                if (!path.startsWith('target/') && path != 'build.log') {
                    found[path.endsWith(suffix) ? path.substring(0, path.length() - suffix.length()) : path] = it.getText('UTF-8')
                }
            }
        }
        return found
    }
    Map<String, String> generated = files(moduleDir, '')
    if (Boolean.getBoolean('snapshot.update')) {
        snapshotDir.deleteDir()
        generated.each { path, text -> new File(snapshotDir, path + '.snap').with { parentFile.mkdirs(); write(text, 'UTF-8') } }
        println "snapshot updated: ${snapshotDir}"
        return true
    }
    Map<String, String> expected = files(snapshotDir, '.snap')
    List<String> differences = []
    (expected.keySet() - generated.keySet()).each { differences << "missing: ${it}" }
    (generated.keySet() - expected.keySet()).each { differences << "new: ${it}" }
    (generated.keySet().intersect(expected.keySet())).findAll { generated[it] != expected[it] }.each { String path ->
        List<String> now = generated[path].readLines()
        List<String> before = expected[path].readLines()
        int line = (0..<Math.max(now.size(), before.size())).find { now[it] != before[it] }
        differences << "changed: ${path} line ${line + 1}\n    snapshot:  ${before[line]}\n    generated: ${now[line]}"
    }
    assert differences.isEmpty(): "the generated module differs from ${snapshotDir} (rebuild with -Dsnapshot.update=true if that is intended):\n" + differences.join('\n')
    return true
}
