// The part of the spec every archetype shares (archetypes/archetype-support reads it before the archetype's
// own META-INF/sim-scaffold/archetype.groovy): the files every archetype generates (from the shared templates in
// archetypes/src/sim-scaffold-templates; DeterminismRulesTest from each archetype's example) and the report's defaults.
// An archetype's spec overrides any key but files; its files come first, and an entry of its own for a shared
// path replaces the shared one where it stands (see ArchetypeSpec). {moduleName} stands for the property's value.
[
    pendingType: '{moduleName}PendingInvariants',
    pendingStep: 'Implement the stubs in {moduleName}PendingInvariants, move each into {moduleName}Invariants.standard(...) and delete its skipped test',
    replayTest : '{moduleName}Properties',
    files      : [
        [path: 'src/test/java/{moduleName}Campaign.java', rendered: true, about: 'the seed campaign that scales beyond one machine: the corpus first, then new seeds, and in every shard the canary (the planted bug the README shows), which it must find; `-Dsim.shard=i/n`, `-Dsim.budget=40m`, `-Dsim.seed=S`'],
        [path: 'src/test/resources/sim-corpus/README.md', rendered: true, about: "where the campaign's failing seeds are kept as regression tests, and how the merge adds them"],
        [path: '.github/workflows/sim-campaign.yml', rendered: true, about: 'a nightly GitHub Actions matrix of 8 campaign shards, then a merge job that adds new failures to the corpus'],
        [path: 'k8s/sim-campaign-job.yaml', rendered: true, about: 'the campaign as a Kubernetes Indexed Job of 64 shards'],
        [path: 'k8s/Dockerfile', rendered: true, about: "the campaign pods' image: the module with every dependency resolved, so pods run offline"],
        [path: 'src/test/java/DeterminismRulesTest.java', about: 'ArchUnit: production code uses no clock, randomness, threads or hash order'],
        [path: 'src/test/java/{moduleName}PendingInvariants.java', rendered: true, pendingOnly: true, about: 'a stub for each invariant named at generation'],
        [path: 'src/test/java/{moduleName}PendingInvariantsTest.java', rendered: true, pendingOnly: true, about: "one property per stub, reported as skipped with the stub's sentence"],
    ],
]
