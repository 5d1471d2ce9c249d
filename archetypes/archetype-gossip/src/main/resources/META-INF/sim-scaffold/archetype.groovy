// archetype-gossip's part of the post-generate machine (archetypes/archetype-support): what it generates,
// the properties it takes beyond the shared ones and what its report says. {moduleName} stands for the
// property's value; the plugin writes each template under its name without it, and the files marked
// rendered are written by the machine itself from META-INF/sim-scaffold/templates/ once the properties
// are known to be good.
// The files every archetype generates alike (the campaign files, DeterminismRulesTest, the pending stubs)
// and the report's defaults come from archetypes/src/sim-scaffold-spec/shared.groovy, which the machine reads first.
// The rules between its own properties (comparisons) are the machine's Comparison objects; the failure-timeout
// bound is the example's own MembershipConfig.shortestFailureTimeout, the method the generated module's
// requireFits calls: this archetype's pom copies that one compiled class (org.acme.gossip, the example's fixed
// package) into the jar beside the machine, where only the machine's class loader sees it.
import dev.simscaffold.archetype.support.Comparison
import org.acme.gossip.MembershipConfig

[
    type             : 'B: Gossip protocol',
    archetype        : 'archetype-gossip',
    properties       : ['nodes', 'fanout', 'gossipInterval', 'failureTimeout'],
    comparisons      : [
        new Comparison('fanout', '<', 'nodes', ['nodes'], { Map<String, BigDecimal> v -> v.nodes },
                'a node gossips to peers other than itself'),
        new Comparison('failureTimeout', '>=', '2 * Math.ceil((nodes - 1) / fanout) * gossipInterval', ['nodes', 'fanout', 'gossipInterval'],
                { Map<String, BigDecimal> v ->
                    BigDecimal.valueOf(MembershipConfig.shortestFailureTimeout(v.nodes.intValueExact() - 1, v.fanout.intValueExact(), v.gossipInterval.longValueExact()))
                }, 'a shorter timeout suspects live peers on a perfect network')],
    pattern          : 'sans-IO node on SimNetwork: {moduleName}Node.handleInput / handleTimeout (inputs), pollTransmit / pollTimeout (outputs); push-pull anti-entropy and a timeout failure detector; the same node on UDP through sim-runtime',
    shippedInvariants: ['versions never go backwards (crashes included: entries are durable)', 'no node holds an entry nobody wrote',
                        'on a perfect network no live node is suspected',
                        'once faults stop, all live nodes hold the latest write of every key within 2 * ceil((nodes - 1) / fanout) * gossipInterval + 3 * maxDelay ticks',
                        'a crashed node is suspected by every live node within failureTimeout + gossipInterval + maxDelay ticks, and trusted again within (ceil((nodes - 1) / fanout) + 1) * gossipInterval + maxDelay ticks of its restart'],
    // How the shared pending templates (archetypes/src/sim-scaffold-templates) declare a stub and say what runs it.
    pendingCheck     : [imports : ['dev.simscaffold.core.expect.Expectation', 'dev.simscaffold.core.net.NetworkView'],
                        declared: 'Expectation<NetworkView<{moduleName}Message>>', factory: 'Expectation.always',
                        arguments: 'nodes', scenario: 'the hostile scenario (message faults, partitions, crashes, restarts, pauses)'],
    nextSteps        : ['Rename the entries of the example ({moduleName}Node.put, Entry, Version) to what your nodes spread',
                        'Plant a bug per new invariant in PlantedBugTest to prove it can fail',
                        'Teach {moduleName}Simulation the writes and faults your deployment sees',
                        'Run three nodes for real with {moduleName}Main (README: Running the nodes for real)'],
    readmeSampleTrace: true,
    files            : [
        [path: '.github/workflows/sim-verify.yml', rendered: true, about: 'GitHub Actions on every push: `mvn verify`, then the tests once more in another time zone and locale (Asia/Kathmandu, Turkish) with a stray environment variable'],
        [path: 'pom.xml', about: 'sim-core and sim-runtime (compile), sim-testkit + JUnit 5 + AssertJ + slf4j-nop (test); versions, Java 17 and `-Xlint:all` with `-Werror` on main code from sim-scaffold-module-parent (inherited; inside your own parent, copied)'],
        [path: 'README.md', rendered: true, about: 'this file'],
        [path: 'src/main/java/package-info.java', about: "the module's documentation"],
        [path: 'src/main/java/{moduleName}Config.java', about: '`gossipInterval`, `failureTimeout`, `fanout`: a validated record, checked against the cluster size; `DEFAULT` holds the generated values'],
        [path: 'src/main/java/{moduleName}Message.java', about: 'the exchange: `Syn`, `Ack`, `Ack2` (sealed interface of records with short `toString`)'],
        [path: 'src/main/java/{moduleName}Node.java', about: 'the sans-IO node: push-pull rounds to `fanout` peers, merges, suspicion, durable state, its role; its state as a key and a copy for the model checker'],
        [path: 'src/main/java/{moduleName}Role.java', about: '`ORIGIN` (holds a write of its own not yet passed on) or `REPLICA`: what nemeses aim at'],
        [path: 'src/main/java/{moduleName}Durable.java', about: 'what survives a crash: the entries'],
        [path: 'src/main/java/Entry.java', about: 'one versioned key-value pair'],
        [path: 'src/main/java/Version.java', about: 'write counter and writer, totally ordered (last writer wins)'],
        [path: 'src/main/java/EntryStore.java', about: "a node's entries: write, merge, digest, what a peer lacks"],
        [path: 'src/main/java/MergeRule.java', about: 'which of two entries for a key a node keeps; `LAST_WRITER_WINS`'],
        [path: 'src/main/java/FailureDetector.java', about: 'signs of life in, suspects out'],
        [path: 'src/main/java/TimeoutDetector.java', about: 'suspects a peer silent for longer than `failureTimeout`'],
        [path: 'src/main/java/PeerCycle.java', about: 'the peers of each round: a random order per cycle, `fanout` at a time'],
        [path: 'src/main/java/runtime/package-info.java', about: 'the I/O shell, the one package allowed sockets, threads and the clock'],
        [path: 'src/main/java/runtime/{moduleName}Codec.java', about: 'the messages as datagrams; anything else is refused, naming what is wrong'],
        [path: 'src/main/java/runtime/{moduleName}Main.java', about: 'runs one node for real on UDP through sim-runtime: `<index> <host:port>...`, then `put`, `show`, `quit` on standard input'],
        [path: 'src/test/java/{moduleName}Simulation.java', about: '`SimNetwork` wiring: nodes, writes, faults, invariants, sometimes expectations'],
        [path: 'src/test/java/{moduleName}Invariants.java', about: 'the safety invariants (after every event) and the liveness conditions, each named'],
        [path: 'src/test/java/{moduleName}Bounds.java', about: 'the convergence, suspicion and recovery deadlines, derived from the configuration and node count'],
        [path: 'src/test/java/WriteLedger.java', about: "every client write: the invariants' ground truth"],
        [path: 'src/test/java/{moduleName}Properties.java', about: 'shrinking properties: convergence without faults, after message faults, after partitions, crashes and pauses, under ready-made nemeses aimed by role and under a swarm of them; coverage of the sometimes expectations and of every nemesis; a seed replays its run, also in a fresh JVM'],
        [path: 'src/test/java/PartitionTest.java', about: 'split: each side keeps to itself and suspects the other; healed: agreement within the bound'],
        [path: 'src/test/java/CrashRestartTest.java', about: 'a restarted node keeps what it made durable and catches up within the bound'],
        [path: 'src/test/java/SuspicionTest.java', about: 'a crashed node is suspected in time and trusted again after its restart'],
        [path: 'src/test/java/{moduleName}NodeTest.java', about: "example-based tests of one node's message handling"],
        [path: 'src/test/java/PlantedBugTest.java', about: 'proof that every check catches a broken node, with a seed that replays it; the nemeses find a forgetful restart the same runs without them miss; the pinned run, checked in a fresh JVM'],
        [path: 'src/test/java/{moduleName}ModelCheckTest.java', about: "every order of three nodes' messages and rounds to depth 10 or 12, breadth first, on three networks: the invariants hold per node, persistent sets give the same verdicts with fewer states (a fifth or less where every message takes one tick), and a merge that accepts an older version is found by its shortest run, which replays"],
        [path: 'src/test/java/LoopbackTest.java', about: 'three real nodes on 127.0.0.1: a write reaches all, a crashed node is suspected and trusted again, within the bounds and invariants of the simulation; nothing left running'],
        [path: 'src/test/java/runtime/{moduleName}CodecTest.java', about: 'the wire format: every message back equal, malformed datagrams refused'],
        // Replaces the shared entry of the strict DeterminismRulesTest (its file is the example's, as every archetype's).
        [path: 'src/test/java/DeterminismRulesTest.java', about: 'ArchUnit: strict outside the `runtime` shell, which alone may do I/O; the protocol never depends on sim-runtime; a planted socket fails the rules'],
    ],
]
