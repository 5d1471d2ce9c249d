package dev.simscaffold.archetype.support

/** The property rules: what they accept, what they refuse and how the refusal reads. */
class PropertyRulesCases {

    private static final Map<String, String> GOOD = [groupId: 'com.example', artifactId: 'leases', version: '0.1.0-SNAPSHOT',
            package: 'com.example.leases', moduleName: 'LeaseTable', invariants: 'none', simVersion: '0.1.0-SNAPSHOT']

    private String problem(Map<String, String> change) {
        return PropertyRules.firstProblem(GOOD + change)?.message()
    }

    void 'the defaults pass'() {
        assert problem([:]) == null
    }

    void 'Unicode identifiers make packages, as Character isJavaIdentifierStart and isJavaIdentifierPart say'() {
        ['com.example.ünïcode', 'com.例え.リース', 'org.ÆØÅ', 'com.example._internal', 'com.classes'].each {
            assert problem(package: it) == null: it
        }
    }

    void 'java packages are refused: the JVM will not load their classes'() {
        ['java.util', 'java.leases', 'java'].each {
            assert problem(package: it) == "property 'package' = '${it}' is not a valid Java package name: the JVM refuses to load classes in java.* packages"
        }
        assert problem(package: 'javax.leases') == null
    }

    void 'empty package segments are refused'() {
        ['com..x', 'com.example.', '.com'].each {
            assert problem(package: it) == "property 'package' = '${it}' is not a valid Java package name: it has an empty segment (a leading, trailing or doubled '.')"
        }
    }

    void 'a reserved word is no package segment'() {
        assert problem(package: 'com.example.class') == "property 'package' = 'com.example.class' is not a valid Java package name: 'class' is a reserved Java word"
        assert problem(package: 'com._') == "property 'package' = 'com._' is not a valid Java package name: '_' is a reserved Java word"
    }

    void 'a character that no identifier holds is named with its code point'() {
        assert problem(package: 'com.ex-ample') == "property 'package' = 'com.ex-ample' is not a valid Java package name: '-' (U+002D) cannot appear in a Java identifier (letters, digits and '_' can, in any script)"
        assert problem(package: 'com.1st') == "property 'package' = 'com.1st' is not a valid Java package name: the segment '1st' starts with '1' (U+0031), which cannot start a Java identifier"
        assert problem(package: 'com.zero\u200Bwidth').contains('(U+200B) cannot appear in a Java identifier')
    }

    void 'unsafe characters are refused before anything else, by name'() {
        assert problem(moduleName: 'Lease$Table') == "property 'moduleName' = 'Lease\$Table' contains a dollar sign, which generated code cannot carry safely"
        assert problem(groupId: 'com.#x').contains('contains a hash sign')
        assert problem(invariants: 'no shard is "stolen"').contains('contains a double quote')
        assert problem(invariants: "a worker's lease never outlives its session") == null
        assert problem(artifactId: "it's").contains('contains a single quote')
        assert problem(invariants: 'ends the comment */ here').contains("contains '*/'")
    }

    void 'an artifactId is a directory name, never a path'() {
        ['a/b', '../escape', '.hidden', 'x\\y'].each { assert problem(artifactId: it)?.startsWith("property 'artifactId' = '${it}'"): it }
        assert problem(artifactId: 'a/b').endsWith("; '/' (U+002F) is not allowed")
    }

    void 'names long enough to break file names are refused'() {
        String longName = 'L' + 'e' * 299
        assert problem(moduleName: longName) == "property 'moduleName' = '${longName.substring(0, 60)}...' (300 characters) is longer than 64 characters: the file names built from it would be too long"
        assert problem(moduleName: 'L' + 'e' * 63) == null
        assert problem(package: 'com.' + 'x' * 65).contains('is longer than 64 characters')
        assert problem(artifactId: 'a' * 101) == "property 'artifactId' = '${'a' * 60}...' (101 characters) is longer than 100 characters"
    }

    void 'module names are UpperCamelCase type names'() {
        assert problem(moduleName: '1Lease') == "property 'moduleName' = '1Lease' is not a valid Java type name: use UpperCamelCase letters and digits, starting with an upper-case letter, such as LeaseTable"
        assert problem(moduleName: 'class') == "property 'moduleName' = 'class' is a reserved Java word; choose a type name such as LeaseTable"
        assert problem(moduleName: 'Überblick') == null
    }

    void 'the first bad property in the order a user gives them is reported'() {
        assert problem(package: 'com..x', moduleName: '1Lease').startsWith("property 'package'")
        assert problem(version: '') == "property 'version' is empty: give it a value"
    }

    void 'every shared property has a rule object that says what it accepts, never as an expression'() {
        assert PropertyRules.SHARED.keySet() as List == ['groupId', 'artifactId', 'version', 'package', 'moduleName', 'invariants', 'simVersion']
        PropertyRules.SHARED.each { String property, PropertyRule rule ->
            String words = PropertyRules.sentence(property, [:])
            assert words.endsWith('.') && !words.contains('(?') && !words.contains('\\p{'): property
            assert rule.refusal(GOOD[property]) == null: property
        }
        assert PropertyRules.sentence('version', [:]) == "A Maven version: letters, digits, '.', '-', '+' and '_', starting with a letter, digit or '_', at most 100 characters."
    }

    void 'the identifier rules accept any script and refuse what javac or a file system would'() {
        assert problem(package: 'de.zürich.straße') == null
        assert problem(package: 'com.ex\u00ADample')?.contains("'\u00AD' (U+00AD) cannot appear in a Java identifier")
        assert problem(package: 'com.\u0661x')?.contains('starts with')
        assert problem(moduleName: 'Ωmega') == null
        assert problem(moduleName: 'Lease\u00ADTable')?.contains('is not a valid Java type name')
        assert problem(version: '.1')?.startsWith("property 'version' = '.1' is not a valid Maven version")
        assert problem(version: '1.0+build_7') == null
    }
}
