// How archetype-coordination's Java templates are made from its example (archetypes/src/example-templates/
// ExampleTemplates.groovy): the example's directory and fixed package; the prefix is the descriptor's
// moduleName default. The lease table has no literal property value: every one of its own properties is
// the package or the prefix.
[
    example: '../examples/coordination',
    package: 'org.acme.coordination',
    values : [],
]
