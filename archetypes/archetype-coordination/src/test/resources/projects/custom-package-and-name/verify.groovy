// A nested package and a custom module name reach every file name, package and type reference.
// The archetype plugin binds basedir (this case's directory) and context.projectDir (the module).
File projectDir = context.projectDir
def verifyModule = evaluate(new File(basedir, '../verify-common.groovy'))
verifyModule(projectDir, basedir)

def pom = new groovy.xml.XmlSlurper().parse(new File(projectDir, 'pom.xml'))
assert pom.groupId.text() == 'com.example.coord'
assert pom.version.text() == '1.2.0-SNAPSHOT'
def sources = []
new File(projectDir, 'src').eachFileRecurse(groovy.io.FileType.FILES) { sources << it }
assert sources.every { it.text.startsWith('package com.example.coord.leases;') || it.name == 'package-info.java' }
assert sources.every { !it.text.contains('LeaseTable') }
return true
