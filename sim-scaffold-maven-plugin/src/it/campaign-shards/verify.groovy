// Four shard processes of the generated campaign, merged: every shard is there, the seeds add up, and
// each shard wrote its JUnit XML report beside its JSON Lines.
File module = new File(basedir, 'leases')
File results = new File(module, 'target/sim-campaigns/LeaseTable-campaign')
(0..3).each { i ->
    assert new File(results, "shard-${i}-of-4.jsonl").isFile(): "shard ${i} wrote no results"
    assert new File(results, "TEST-campaign.LeaseTable-campaign.shard-${i}-of-4.xml").isFile()
}
List<String> merged = new File(module, 'target/sim-campaign-merged.jsonl').readLines('UTF-8')
assert merged.count { it.contains('"type": "shard"') } == 4
assert (0..3).every { i -> merged.any { it.contains("\"shard\": \"${i}/4\"") && it.contains("\"commit\": \"it-${i}\"") } }
assert merged.last().contains('"type": "summary"')
assert merged.last().contains('"seedsRun": 20')
assert merged.last().contains('"failed": 0')
assert merged.last().contains('"missingShards": ""')
// Every shard searched its own seeds for the module's canary, the planted bug its PlantedBugTest shows, and found it.
assert merged.findAll { it.contains('"type": "shard"') }.every { it.contains('"canary": "found a renewal with a stale fencing epoch at k=') }
assert merged.last().contains('"canaryMissed": ""')
String log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('BUILD FAILURE')
