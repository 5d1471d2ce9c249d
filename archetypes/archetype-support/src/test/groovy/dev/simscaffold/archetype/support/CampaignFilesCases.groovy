package dev.simscaffold.archetype.support

import groovy.yaml.YamlSlurper

/**
 * The campaign files every archetype generates (archetypes/src/sim-scaffold-templates), rendered as the
 * machine renders them: they must parse, and name the module's campaign test and the shard arithmetic
 * that makes the shards cover the campaign exactly once.
 */
class CampaignFilesCases {

    private static final File TEMPLATES = new File('../src/sim-scaffold-templates')
    private static final Map<String, Object> VALUES = [moduleName: 'LeaseTable', artifactId: 'leases', package: 'com.example.leases',
            check: [scenario: 'the faulty scenario']]

    private static String rendered(String path) {
        File template = new File(TEMPLATES, path)
        assert template.isFile(): "no shared template ${template}"
        return ScriptTemplates.render(template.getText('UTF-8'), path, VALUES)
    }

    void 'the GitHub workflow runs every shard of the campaign test and merges them into the corpus'() {
        String text = rendered('.github/workflows/sim-campaign.yml')
        def workflow = new YamlSlurper().parseText(text)
        List<Integer> shards = workflow.jobs.shard.strategy.matrix.shard
        String run = workflow.jobs.shard.steps.find { it.run }.run
        assert run.contains("-Dtest='LeaseTableCampaign'")
        assert run.contains('-Dsim.shard=${{ matrix.shard }}/' + shards.size())
        assert shards == (0..<shards.size()).toList()
        assert workflow.jobs.shard.strategy.'fail-fast' == false
        assert workflow.jobs.merge.needs == 'shard' && workflow.jobs.merge.if == 'always()'
        String merge = workflow.jobs.merge.steps.find { it.run }.run
        assert merge.contains('-Dexec.mainClass=dev.simscaffold.testkit.campaign.CampaignMerge')
        assert merge.contains('--corpus src/test/resources/sim-corpus')
        assert workflow.on.keySet().containsAll(['schedule', 'workflow_dispatch'])
    }

    void 'the Kubernetes Job gives each completion index its own shard of as many shards as completions'() {
        def job = new YamlSlurper().parseText(rendered('k8s/sim-campaign-job.yaml'))
        assert job.kind == 'Job' && job.spec.completionMode == 'Indexed'
        def container = job.spec.template.spec.containers[0]
        int shards = container.env.find { it.name == 'SHARDS' }.value as int
        assert shards == job.spec.completions
        String command = container.command.join(' ')
        assert command.contains("-Dtest='LeaseTableCampaign'")
        assert command.contains('-Dsim.shard=$JOB_COMPLETION_INDEX/$SHARDS')
        assert command.contains('exit $status'): 'a pod reports its shard failing'
        assert container.image.contains('leases-campaign')
        assert job.metadata.name == 'leases-campaign'
    }

    void 'the campaign test and its image name the module'() {
        String test = rendered('src/test/java/Campaign.java')
        assert test.startsWith('package com.example.leases;')
        assert test.contains('class LeaseTableCampaign {')
        assert test.contains('Campaign.named("LeaseTable-campaign")')
        assert rendered('k8s/Dockerfile').contains("-Dtest='LeaseTableCampaign'")
        assert rendered('src/test/resources/sim-corpus/README.md').contains('LeaseTable-campaign/seed_<seed>.json')
    }
}
