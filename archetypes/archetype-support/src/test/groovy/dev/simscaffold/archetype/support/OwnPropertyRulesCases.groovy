package dev.simscaffold.archetype.support

/**
 * The rules of properties that only some archetypes take (archetype-gossip's cluster and timing), applied
 * by the same PropertyRules.check that every archetype and the Maven plugin call: a spec that lists them
 * gets them checked, with the rules between them that it declares, and a spec that does not is unaffected.
 * The gossip cases run archetype-gossip's own spec (copied to the test class path by this module's pom) on the
 * example's compiled MembershipConfig (a test dependency), whose shortestFailureTimeout is the bound.
 */
class OwnPropertyRulesCases {

    private static final Map<String, String> SHARED = [groupId: 'com.example', artifactId: 'gossip', version: '0.1.0-SNAPSHOT',
            package: 'com.example.gossip', moduleName: 'Membership', invariants: 'none', simVersion: '0.1.0-SNAPSHOT']
    private static final Map<String, String> GOSSIP = SHARED + [nodes: '5', fanout: '2', gossipInterval: '10', failureTimeout: '60']

    private final File dir

    OwnPropertyRulesCases(File dir) {
        this.dir = dir
    }

    /** An archetype jar whose spec is {@code spec}; every other resource comes from the fixture. */
    private ClassLoader archetype(String spec) {
        File specFile = new File(dir, 'archetype.groovy')
        specFile.write(spec, 'UTF-8')
        return new ClassLoader(OwnPropertyRulesCases.classLoader) {
            @Override
            URL getResource(String name) {
                return name == ArchetypeSpec.PATH ? specFile.toURI().toURL() : super.getResource(name)
            }
        }
    }

    /** An archetype jar whose spec is archetype-gossip's; every other resource comes from the fixture. */
    private static ClassLoader gossipArchetype() {
        return new ClassLoader(OwnPropertyRulesCases.classLoader) {
            @Override
            URL getResource(String name) {
                return super.getResource(name == ArchetypeSpec.PATH ? 'archetype-gossip/archetype.groovy' : name)
            }
        }
    }

    private String gossip(Map<String, String> change) {
        return PropertyRules.check(gossipArchetype(), GOSSIP + change)?.message()
    }

    void 'the gossip defaults pass'() {
        assert gossip([:]) == null
    }

    void 'each whole-number property is refused outside its range, naming property, value and range'() {
        assert gossip(nodes: '1') == "property 'nodes' = '1' is not a whole number from 2 to 64"
        assert gossip(nodes: '65') == "property 'nodes' = '65' is not a whole number from 2 to 64"
        assert gossip(nodes: '64', fanout: '9', failureTimeout: '140') == null
        assert gossip(nodes: '05') == "property 'nodes' = '05' is not a whole number from 2 to 64"
        assert gossip(fanout: '0') == "property 'fanout' = '0' is not a whole number from 1 to 99"
        assert gossip(gossipInterval: '-3') == "property 'gossipInterval' = '-3' is not a whole number of ticks from 1 to 9999"
        assert gossip(gossipInterval: '1.5') == "property 'gossipInterval' = '1.5' is not a whole number of ticks from 1 to 9999"
        assert gossip(failureTimeout: '1000000') == "property 'failureTimeout' = '1000000' is not a whole number of ticks from 1 to 999999"
        assert gossip(failureTimeout: '') == "property 'failureTimeout' is empty: give it a value"
    }

    void 'the fanout must be smaller than the cluster'() {
        assert gossip(fanout: '5') == "property 'fanout' = '5' must be < nodes = 5: a node gossips to peers other than itself"
        assert gossip(nodes: '2', fanout: '1', failureTimeout: '20') == null
    }

    void 'the failure timeout must outlast the longest silence of a live peer'() {
        assert gossip(failureTimeout: '39') == "property 'failureTimeout' = '39' must be >= 2 * Math.ceil((nodes - 1) / fanout) * gossipInterval = 40" +
                " with nodes = 5, fanout = 2, gossipInterval = 10: a shorter timeout suspects live peers on a perfect network"
        assert gossip(failureTimeout: '40') == null
        assert gossip(nodes: '6', failureTimeout: '50') != null
        assert gossip(nodes: '6', failureTimeout: '60') == null
    }

    void 'a property of its own is checked after the shared ones'() {
        assert gossip(package: 'com..x', nodes: '1').startsWith("property 'package'")
        assert gossip(fanout: 'two', nodes: '1').startsWith("property 'nodes'")
    }

    void 'an archetype without properties of its own ignores them'() {
        assert PropertyRules.check(archetype('[:]'), SHARED + [nodes: 'many', fanout: '0']) == null
    }

    void 'sim-scaffold:list words come from the rule objects, with the comparisons of the spec'() {
        Map spec = ArchetypeSpec.load(gossipArchetype())
        assert PropertyRules.sentence('fanout', spec) ==
                'How many peers a node gossips with each round: a whole number from 1 to 99; must be < nodes: a node gossips to peers other than itself.'
        assert PropertyRules.sentence('failureTimeout', spec) == 'Ticks of silence after which a peer is suspected: a whole number of ticks from 1 to 999999; ' +
                'must be >= 2 * Math.ceil((nodes - 1) / fanout) * gossipInterval: a shorter timeout suspects live peers on a perfect network.'
        assert PropertyRules.sentence('fanout', [properties: ['fanout']]) == 'How many peers a node gossips with each round: a whole number from 1 to 99.'
        assert PropertyRules.sentence('checkpointEvery', [properties: ['checkpointEvery']]) ==
                'How many records the stage processes between checkpoints: a whole number of records from 1 to 9999.'
        assert PropertyRules.sentence('replicas', spec) == null
    }

    void 'a spec whose comparison reads a property it does not take is a build error, not a silent pass'() {
        String spec = """import dev.simscaffold.archetype.support.Comparison
[properties: ['fanout'], comparisons: [new Comparison('fanout', '<', 'nodes', ['nodes'], { v -> v.nodes }, 'a node gossips to others')]]"""
        try {
            PropertyRules.check(archetype(spec), SHARED + [fanout: '2'])
            assert false: 'expected a refusal of the spec'
        } catch (IllegalStateException expected) {
            assert expected.message == "property rules: the spec's rule for 'fanout' reads property 'nodes', which the spec does not take (properties)"
        }
    }

    void 'a spec naming a property without a rule is a build error, not a silent pass'() {
        try {
            PropertyRules.check(archetype("[properties: ['replicas']]"), SHARED + [replicas: '3'])
            assert false: 'expected a refusal of the spec'
        } catch (IllegalStateException expected) {
            assert expected.message == "property rules: the spec names property 'replicas', which has no rule in OwnRules"
        }
    }
}
