// A nested package, a custom module name and a custom cluster (7 nodes, fanout 3, a round every 4 ticks,
// suspicion after 20, just above the 2 * ceil(6 / 3) * 4 = 16 the rules require) reach every file name,
// package and type reference (archetypes/src/archetype-it/verify-custom-names.groovy), the configuration the
// simulation and the runtime share, and the simulation, whose bounds follow them, and the module is green.
// The archetype plugin binds basedir (this case's directory) and context.projectDir (the module).
File projectDir = context.projectDir
def verifyCustomNames = evaluate(new File(basedir, '../verify-custom-names.groovy'))
verifyCustomNames(projectDir, basedir)

String simulation = new File(projectDir, 'src/test/java/com/example/net/view/ClusterViewSimulation.java').text
assert simulation.contains('static final int NODES = 7;')
assert simulation.contains('static final ClusterViewConfig CONFIG = ClusterViewConfig.DEFAULT;')
String config = new File(projectDir, 'src/main/java/com/example/net/view/ClusterViewConfig.java').text
assert config.contains('DEFAULT = new ClusterViewConfig(4, 20, 3);')
assert new File(projectDir, 'README.md').text.contains('The simulations run 7 nodes.')
return true
