package dev.simscaffold.archetype.support

/** What the Maven plugin reads from an archetype: its properties, their defaults and the rules in words. */
class FrontDoorCases {

    private final ClassLoader archetypeJar

    FrontDoorCases(File dir) {
        File descriptor = new File(dir, Generation.DESCRIPTOR)
        descriptor.parentFile.mkdirs()
        descriptor.text = '''<?xml version="1.0" encoding="UTF-8"?>
<archetype-descriptor xmlns="https://maven.apache.org/plugins/maven-archetype-plugin/archetype-descriptor/1.1.0" name="probe">
  <requiredProperties>
    <requiredProperty key="package">
      <defaultValue>${groupId}.sim</defaultValue>
    </requiredProperty>
    <requiredProperty key="moduleName">
      <defaultValue>LeaseTable</defaultValue>
    </requiredProperty>
    <requiredProperty key="fanout">
      <defaultValue>3</defaultValue>
    </requiredProperty>
  </requiredProperties>
</archetype-descriptor>
'''
        File spec = new File(dir, ArchetypeSpec.PATH)
        spec.parentFile.mkdirs()
        spec.text = '[properties: []]'
        // No parent: the fixture archetype's descriptor on the test class path must not shadow this one.
        archetypeJar = new URLClassLoader([dir.toURI().toURL()] as URL[], (ClassLoader) null)
    }

    void 'the built-in properties come first, with the descriptor defaults, then the declared ones in descriptor order'() {
        assert FrontDoor.properties(archetypeJar) == [[key: 'groupId', defaultValue: null], [key: 'artifactId', defaultValue: null],
                [key: 'version', defaultValue: '1.0-SNAPSHOT'], [key: 'package', defaultValue: '${groupId}.sim'],
                [key: 'moduleName', defaultValue: 'LeaseTable'], [key: 'fanout', defaultValue: '3']]
    }

    void 'a default refers to earlier values, a given value is copied as it is, a missing one is null'() {
        Map<String, String> values = FrontDoor.values(archetypeJar, [groupId: 'com.example', moduleName: '${groupId}', unrelated: 'x'])
        assert values == [groupId: 'com.example', artifactId: null, version: '1.0-SNAPSHOT', package: 'com.example.sim', moduleName: '${groupId}', fanout: '3']
    }

    void 'a reference in a given groupId reaches the default literally, for the rules to refuse'() {
        assert FrontDoor.values(archetypeJar, [groupId: '${java.home}']).package == '${java.home}.sim'
    }

    void 'a refused default names the property it came from, a refused given value is named as today'() {
        Map<String, String> rest = [artifactId: 'leases']
        String reason = "is not a valid Java package name: it has an empty segment (a leading, trailing or doubled '.')"
        assert FrontDoor.refusal(archetypeJar, [groupId: 'com..example'] + rest)?.message() == "package (from groupId) = 'com..example.sim' ${reason}"
        assert FrontDoor.refusal(archetypeJar, [groupId: 'com.example', package: 'com..example'] + rest)?.message() == "property 'package' = 'com..example' ${reason}"
        // The probe declares no invariants: a good groupId gets past package to the next rule.
        assert FrontDoor.refusal(archetypeJar, [groupId: 'com.example'] + rest)?.message() == "property 'invariants' is empty: give it a value"
        assert FrontDoor.refusal(archetypeJar, rest)?.message() == "property 'groupId' is empty: give it a value"
    }

    void 'only a default made of other properties has an origin'() {
        assert FrontDoor.origins(archetypeJar, [groupId: 'com.example']) == [package: ['groupId']]
        assert FrontDoor.origins(archetypeJar, [groupId: 'com.example', package: 'com.example']) == [:]
    }

    void 'every rule is explained by its rule object'() {
        Map<String, Map<String, String>> help = FrontDoor.help(archetypeJar).collectEntries { [(it.key): it] }
        assert help.groupId.rule.startsWith('Maven coordinates: letters, digits')
        assert help.artifactId.rule == help.groupId.rule
        assert help.package.rule == 'Dot-separated identifiers, none a reserved word; the JVM refuses to define classes in java.* packages.'
        assert help.moduleName.rule == 'The prefix of the generated type names: UpperCamelCase letters and digits.'
        // The probe's spec declares no comparisons, so none (fanout < nodes) bounds it.
        assert help.fanout.rule == 'How many peers a node gossips with each round: a whole number from 1 to 99.'
        assert help.package.defaultValue == '${groupId}.sim'
    }

    void 'the characters no value may carry are the rules own'() {
        assert FrontDoor.unsafeCharacters() == ['a dollar sign', 'a hash sign', 'a double quote', 'a backslash', 'a line break']
    }
}
