// A test count the docs state about a generated module (README.md unless a page of the repository is named),
// checked against that module's build in this case's log, so that the number in the docs comes from the build:
// the docs count the tests of a module generated without named invariants, so the count is the total run minus
// the skipped (one pending stub per named invariant).
return { File itSources, String log, String sentence, String page = 'README.md' ->
    String readme = new File(itSources, '../../../' + page).canonicalFile.getText('UTF-8')
    def stated = readme =~ sentence
    assert stated.find(): "${page} has no sentence matching ${sentence}"
    def total = log.readLines().findAll { it ==~ /.*Tests run: \d+, Failures: 0, Errors: 0, Skipped: \d+$/ }.last() =~ /Tests run: (\d+), .* Skipped: (\d+)$/
    assert total.find()
    int counted = (total.group(1) as int) - (total.group(2) as int)
    assert (stated.group(1) as int) == counted: "${page} says ${stated.group(0).trim()}; the generated module ran ${counted}: fix ${page}"
    return true
}
