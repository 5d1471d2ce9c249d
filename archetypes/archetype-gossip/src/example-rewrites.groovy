// How archetype-gossip's Java templates are made from its example (archetypes/src/example-templates/
// ExampleTemplates.groovy): the example's directory and fixed package (the prefix is the descriptor's moduleName
// default), and where each of its own properties' values stands, as exact text: {key} is the descriptor's
// default, which the example must hold there, and becomes ${key}; times is how often the text must occur.
[
    example: '../examples/gossip',
    package: 'org.acme.gossip',
    values : [
        [file: 'src/main/java/MembershipConfig.java', times: 1,
         text: 'DEFAULT = new MembershipConfig({gossipInterval}, {failureTimeout}, {fanout});'],
        [file: 'src/test/java/MembershipSimulation.java', times: 1, text: 'static final int NODES = {nodes};'],
    ],
]
