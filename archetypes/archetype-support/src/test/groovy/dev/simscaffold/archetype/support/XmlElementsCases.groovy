package dev.simscaffold.archetype.support

/** Edits by element path that change only the element's own characters. */
class XmlElementsCases {

    private static final String POM = '''<?xml version="1.0" encoding="UTF-8"?>
<!-- <modules><module>leases</module></modules> in a comment is no module -->
<project xmlns="http://maven.apache.org/POM/4.0.0">

  <artifactId title="a > b">platform</artifactId>
  <modules>
    <module>billing</module>
      <module>leases</module>
  </modules>

  <profiles>
    <profile>
      <modules><module>leases</module></modules>
    </profile>
  </profiles>
  <description><![CDATA[<module>leases</module>]]></description>
  <build/>
</project>
'''

    void 'elements are found by their path from the root only'() {
        List<XmlElements.Element> modules = XmlElements.find(POM, ['project', 'modules', 'module'])
        assert modules*.text(POM) == ['billing', 'leases']
        assert XmlElements.find(POM, ['project', 'artifactId'])[0].text(POM) == 'platform'
        assert XmlElements.find(POM, ['project', 'build']).size() == 1
    }

    void 'removing an element alone on its line removes the line and nothing else'() {
        XmlElements.Element leases = XmlElements.find(POM, ['project', 'modules', 'module'])[1]
        assert XmlElements.remove(POM, leases) == POM.replace('      <module>leases</module>\n', '')
    }

    void 'Windows line ends are kept'() {
        String crlf = POM.replace('\n', '\r\n')
        XmlElements.Element leases = XmlElements.find(crlf, ['project', 'modules', 'module'])[1]
        assert XmlElements.remove(crlf, leases) == crlf.replace('      <module>leases</module>\r\n', '')
    }

    void 'an element sharing its line loses only its own characters'() {
        String xml = '<project><modules><module>a</module><module>b</module></modules></project>'
        assert XmlElements.remove(xml, XmlElements.find(xml, ['project', 'modules', 'module'])[0]) == '<project><modules><module>b</module></modules></project>'
    }

    void 'broken XML is reported, not guessed at'() {
        try {
            XmlElements.all('<project><modules></project>')
            assert false: 'expected a refusal'
        } catch (RuntimeException expected) {
            assert expected.message != null
        }
    }
}
