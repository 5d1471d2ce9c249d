// A test count README.md states about a generated module, checked against that module's build in this case's
// log, so that the number in the README comes from the build: the README counts the tests of a module generated
// without named invariants, so the count is the total run minus the skipped (one pending stub per named invariant).
return { File itSources, String log, String sentence ->
    String readme = new File(itSources, '../../../README.md').canonicalFile.getText('UTF-8')
    def stated = readme =~ sentence
    assert stated.find(): "README.md has no sentence matching ${sentence}"
    def total = log.readLines().findAll { it ==~ /.*Tests run: \d+, Failures: 0, Errors: 0, Skipped: \d+$/ }.last() =~ /Tests run: (\d+), .* Skipped: (\d+)$/
    assert total.find()
    int counted = (total.group(1) as int) - (total.group(2) as int)
    assert (stated.group(1) as int) == counted: "README.md says ${stated.group(0).trim()}; the generated module ran ${counted}: fix the README"
    return true
}
