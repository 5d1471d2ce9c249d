// The check every refusal case makes: the build failed with one message that names the property and its
// value and says nothing was written; no generation ran; the case directory and its parent are unchanged.
return { File basedir, File snapshots, File itSources, String expected ->
    String log = new File(basedir, 'build.log').getText('UTF-8')
    assert log.contains('BUILD FAILURE')
    String message = "sim-scaffold: ${expected}. Nothing was written."
    assert log.contains(message): "expected in build.log: ${message}"
    assert !log.contains('SIM-SCAFFOLD REPORT')
    assert !log.contains('post-generation script')
    evaluate(new File(itSources, 'tree.groovy')).assertUnchanged(basedir, snapshots)
    return true
}
