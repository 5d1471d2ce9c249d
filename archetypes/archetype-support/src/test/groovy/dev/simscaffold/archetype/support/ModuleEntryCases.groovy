package dev.simscaffold.archetype.support

/** Listing a module in a parent pom changes one line and nothing else. */
class ModuleEntryCases {

    private static final String PARENT = '''<?xml version="1.0" encoding="UTF-8"?>
<!-- The platform: every service's parent. -->
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>platform</artifactId>
  <version>2.0.0</version>
  <packaging>pom</packaging>


  <modules>
      <module>billing</module>
      <!-- <module>leases</module> is planned -->
      <module>ledger</module>

  </modules>
</project>
'''

    void 'one line is inserted after the last module, with its indentation'() {
        String listed = ModuleEntry.add(PARENT, 'leases')
        assert listed == PARENT.replace('      <module>ledger</module>\n', '      <module>ledger</module>\n      <module>leases</module>\n')
        assert listed.readLines() - PARENT.readLines() == ['      <module>leases</module>']
    }

    void 'Windows line endings stay Windows line endings'() {
        String crlf = PARENT.replace('\n', '\r\n')
        assert ModuleEntry.add(crlf, 'leases') == crlf.replace('<module>ledger</module>\r\n', '<module>ledger</module>\r\n      <module>leases</module>\r\n')
    }

    void 'modules that share a line get the new one on that line'() {
        String inline = PARENT.replaceAll(/(?s)<modules>.*<\/modules>/, '<modules><module>billing</module></modules>')
        assert ModuleEntry.add(inline, 'leases').contains('<modules><module>billing</module><module>leases</module></modules>')
    }

    void 'a parent without modules gets a modules block after its packaging'() {
        String bare = PARENT.replaceAll(/(?s)\n\n\n  <modules>.*<\/modules>/, '')
        assert ModuleEntry.add(bare, 'leases') == bare.replace('<packaging>pom</packaging>\n',
                '<packaging>pom</packaging>\n\n  <modules>\n    <module>leases</module>\n  </modules>\n')
    }

    void 'an empty modules element is opened around the new module'() {
        String empty = PARENT.replaceAll(/(?s)<modules>.*<\/modules>/, '<modules/>')
        assert ModuleEntry.add(empty, 'leases').contains('  <modules>\n    <module>leases</module>\n  </modules>\n</project>')
    }

    void 'a project that cannot hold modules, or holds this one, is refused with the reason'() {
        assert ModuleEntry.problem(PARENT, 'leases') == null
        assert ModuleEntry.problem(PARENT.replace('<packaging>pom</packaging>', '<packaging>jar</packaging>'), 'leases')
                .startsWith("the project here has packaging 'jar'")
        assert ModuleEntry.problem(PARENT.replace('<packaging>pom</packaging>', ''), 'leases').startsWith("the project here has packaging 'jar'")
        assert ModuleEntry.problem(PARENT, 'ledger') == "property 'artifactId' = 'ledger' is listed as a <module> of this project already"
    }
}
