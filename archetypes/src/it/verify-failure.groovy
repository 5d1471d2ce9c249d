// Shared check for the generation-failure cases, evaluated by their verify.groovy: the build failed
// with the expected message, printed once, naming the property and its value, and left the case
// directory exactly as it was: the same files, and no directory more (empty ones included).
return { File basedir, String expectedMessage, List<String> untouched ->
    String log = new File(basedir, 'build.log').getText('UTF-8')
    assert log.contains('BUILD FAILURE')
    assert log.contains(expectedMessage): "expected in build.log: ${expectedMessage}"
    assert !log.contains('SIM-SCAFFOLD REPORT')
    def left = []
    basedir.eachFileRecurse { File file ->
        String path = basedir.toPath().relativize(file.toPath()).toString().replace(File.separatorChar, '/' as char)
        left << (file.isDirectory() ? path + '/' : path)
    }
    // The case's own files, and the empty .mvn/ that Invoker creates to mark the project root.
    left -= ['build.log', 'invoker.properties', 'test.properties', 'verify.groovy', '.mvn/']
    def expected = untouched.collectMany { String path ->
        List<String> directories = []
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            directories << path.substring(0, slash + 1)
        }
        directories + [path]
    }.unique()
    assert left.sort() == expected.sort(): "left after the failed generation: ${left - expected}; missing: ${expected - left}"
    return true
}
