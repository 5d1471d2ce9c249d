// Shared check for the generation-failure cases, evaluated by their verify.groovy: the build failed
// with the expected message, printed once, naming the property and its value, and left nothing behind.
return { File basedir, String expectedMessage, List<String> untouched ->
    String log = new File(basedir, 'build.log').getText('UTF-8')
    assert log.contains('BUILD FAILURE')
    assert log.contains(expectedMessage): "expected in build.log: ${expectedMessage}"
    assert !log.contains('SIM-SCAFFOLD REPORT')
    def left = []
    basedir.eachFileRecurse(groovy.io.FileType.FILES) { File file ->
        left << basedir.toPath().relativize(file.toPath()).toString().replace(File.separatorChar, '/' as char)
    }
    left -= ['build.log', 'invoker.properties', 'test.properties', 'verify.groovy']
    assert left.sort() == untouched.sort(): "files left after the failed generation: ${left}"
    return true
}
