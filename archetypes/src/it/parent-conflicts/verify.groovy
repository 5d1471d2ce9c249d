// Generated inside a parent that builds for Java 11, manages surefire at another version and bans
// AssertJ: the module is generated, and the report says what in the parent conflicts with it.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('added as <module> of')
assert log.contains('Note:          the parent sets maven.compiler.release=11; this module needs Java 17 and sets its own maven.compiler.release')
assert log.readLines().any { it ==~ /Note: {10}this module pins maven-surefire-plugin \S+, the parent manages 3\.2\.5; remove the module's pin to follow the parent/ }
assert log.contains("Note:          the parent's enforcer bans org.assertj:*, which matches org.assertj:assertj-core, a dependency of this module")
assert !log.contains('differs from the parent')
