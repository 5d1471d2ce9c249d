package dev.simscaffold.archetype.support

import java.nio.file.Files
import java.nio.file.attribute.FileTime

/** The edits to and checks of an enclosing parent project. */
class ParentProjectCases {

    private final File dir
    private final File parentPom
    private final File modulePom

    ParentProjectCases(File dir) {
        this.dir = dir
        parentPom = new File(dir, 'pom.xml')
        modulePom = new File(dir, 'leases/pom.xml')
        modulePom.parentFile.mkdirs()
    }

    private static final String PARENT = '''<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>platform</artifactId>
  <version>2.0.0</version>
  <packaging>pom</packaging>

  <modules>
    <module>billing</module>
    <module>leases</module>
  </modules>
</project>
'''

    void 'the entry the plugin added is taken out, the rest of the parent stays as it is'() {
        parentPom.text = PARENT
        new ParentProject(parentPom).unlist('leases')
        assert parentPom.text == PARENT.replace('    <module>leases</module>\n', '')
    }

    void 'a modules element left empty goes too: the plugin created it for this module'() {
        parentPom.text = PARENT.replace('    <module>billing</module>\n', '')
        new ParentProject(parentPom).unlist('leases')
        assert parentPom.text == PARENT.replace('''
  <modules>
    <module>billing</module>
    <module>leases</module>
  </modules>
''', '\n')
    }

    void 'the module was listed by this generation only when this Maven run wrote the parent'() {
        parentPom.text = PARENT
        long runStart = System.currentTimeMillis() - 30_000
        ParentProject parent = new ParentProject(parentPom)
        Files.setLastModifiedTime(parentPom.toPath(), FileTime.fromMillis(runStart - 1))
        assert !parent.listedByThisGeneration('leases', runStart)
        Files.setLastModifiedTime(parentPom.toPath(), FileTime.fromMillis(runStart))
        assert parent.listedByThisGeneration('leases', runStart)
        assert !parent.listedByThisGeneration('other', runStart)
    }

    void 'the module inherits the parent in the usual order and drops what it would only repeat'() {
        parentPom.text = PARENT
        String module = '''<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <artifactId>platform</artifactId>
    <groupId>com.example</groupId>
    <version>2.0.0</version>
  </parent>
  <groupId>com.example</groupId>
  <artifactId>leases</artifactId>
  <version>0.1.0-SNAPSHOT</version>
</project>
'''
        assert new ParentProject(parentPom).inherit(module) == '''<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>com.example</groupId>
    <artifactId>platform</artifactId>
    <version>2.0.0</version>
  </parent>
  <artifactId>leases</artifactId>
  <version>0.1.0-SNAPSHOT</version>
</project>
'''
    }

    void 'conflicts with the parent are named: Java level, re-pinned plugins, enforcer bans'() {
        parentPom.text = '''<project>
  <properties>
    <maven.compiler.release>11</maven.compiler.release>
    <surefire.version>3.2.5</surefire.version>
  </properties>
  <build>
    <pluginManagement>
      <plugins>
        <plugin><artifactId>maven-surefire-plugin</artifactId><version>${surefire.version}</version></plugin>
        <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
      </plugins>
    </pluginManagement>
    <plugins>
      <plugin>
        <artifactId>maven-enforcer-plugin</artifactId>
        <executions><execution><configuration><rules><bannedDependencies><excludes>
          <exclude>org.assertj:*</exclude>
          <exclude>log4j:log4j</exclude>
        </excludes></bannedDependencies></rules></configuration></execution></executions>
      </plugin>
    </plugins>
  </build>
</project>
'''
        modulePom.text = '''<project>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <surefire-plugin.version>3.6.1</surefire-plugin.version>
  </properties>
  <dependencies>
    <dependency><groupId>org.assertj</groupId><artifactId>assertj-core</artifactId></dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin><artifactId>maven-surefire-plugin</artifactId><version>${surefire-plugin.version}</version></plugin>
      <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
    </plugins>
  </build>
</project>
'''
        assert ParentConflicts.between(parentPom, modulePom, 17) == [
                'the parent sets maven.compiler.release=11; this module needs Java 17 and sets its own maven.compiler.release',
                'this module pins maven-surefire-plugin 3.6.1, the parent manages 3.2.5; remove the module\'s pin to follow the parent',
                "the parent's enforcer bans org.assertj:*, which matches org.assertj:assertj-core, a dependency of this module"]
    }

    void 'a parent on Java 17 or later that pins nothing conflicts with nothing'() {
        parentPom.text = '<project><properties><maven.compiler.release>21</maven.compiler.release><java.version>1.8x</java.version></properties></project>'
        modulePom.text = '<project/>'
        assert ParentConflicts.between(parentPom, modulePom, 17) == []
    }
}
