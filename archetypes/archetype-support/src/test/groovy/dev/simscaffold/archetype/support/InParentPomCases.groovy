package dev.simscaffold.archetype.support

import groovy.xml.XmlSlurper

/** A module inside a user's parent: what it takes from the module parent, and only that. */
class InParentPomCases {

    private final File dir

    InParentPomCases(File dir) {
        this.dir = dir
    }

    private static final String MODULE = '''<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>

  <parent>
    <!-- Manages every version. -->
    <groupId>dev.simscaffold</groupId>
    <artifactId>sim-scaffold-module-parent</artifactId>
    <version>1.2.3</version>
    <relativePath/>
  </parent>

  <artifactId>leases</artifactId>

  <dependencies>
    <dependency>
      <groupId>dev.simscaffold</groupId>
      <artifactId>sim-core</artifactId>
    </dependency>
  </dependencies>
</project>
'''

    private static final String MODULE_PARENT = '''<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.simscaffold</groupId>
  <artifactId>sim-scaffold-module-parent</artifactId>
  <version>1.2.3</version>
  <packaging>pom</packaging>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>org.assertj</groupId>
        <artifactId>assertj-core</artifactId>
        <version>3.0.0</version>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <build>
    <pluginManagement>
      <plugins>
        <plugin>
          <artifactId>maven-clean-plugin</artifactId>
          <version>9.9.9</version>
        </plugin>
      </plugins>
    </pluginManagement>
    <plugins>
      <plugin>
        <artifactId>maven-surefire-plugin</artifactId>
        <version>3.0.0</version>
      </plugin>
    </plugins>
  </build>
</project>
'''

    void 'the properties and build plugins are copied, the dependencyManagement imported, the plugin pins left out'() {
        assert InParentPom.of(MODULE, MODULE_PARENT) == '''<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>

  <parent>
    <!-- Manages every version. -->
    <groupId>dev.simscaffold</groupId>
    <artifactId>sim-scaffold-module-parent</artifactId>
    <version>1.2.3</version>
    <relativePath/>
  </parent>

  <artifactId>leases</artifactId>

  <properties>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>dev.simscaffold</groupId>
        <artifactId>sim-scaffold-module-parent</artifactId>
        <version>1.2.3</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency>
      <groupId>dev.simscaffold</groupId>
      <artifactId>sim-core</artifactId>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <artifactId>maven-surefire-plugin</artifactId>
        <version>3.0.0</version>
      </plugin>
    </plugins>
  </build>
</project>
'''
    }

    void 'the module parent the archetype jars carry gives the Java level, the lint and the test classes'() {
        String moduleParent = InParentPomCases.classLoader.getResource(InParentPom.MODULE_PARENT).getText('UTF-8')
        def pom = new XmlSlurper().parseText(InParentPom.of(MODULE, moduleParent))
        assert pom.properties.'maven.compiler.release'.text() == '17'
        assert pom.properties.'project.build.sourceEncoding'.text() == 'UTF-8'
        assert pom.dependencyManagement.dependencies.dependency.artifactId*.text() == ['sim-scaffold-module-parent']
        assert pom.build.pluginManagement.isEmpty()
        def compiler = pom.build.plugins.plugin.find { it.artifactId.text() == 'maven-compiler-plugin' }
        assert !compiler.version.text().isEmpty()
        assert compiler.configuration.compilerArgument.text() == '-Xlint:all'
        assert compiler.executions.execution.find { it.id.text() == 'default-compile' }.configuration.failOnWarning.text() == 'true'
        def surefire = pom.build.plugins.plugin.find { it.artifactId.text() == 'maven-surefire-plugin' }
        assert !surefire.version.text().isEmpty()
        assert surefire.configuration.includes.include*.text() == ['**/*Test.java', '**/*Properties.java', '**/*Campaign.java']
        // Every value written out: a user's project has none of sim-scaffold's properties.
        assert !moduleParent.contains('${')
        // The module parent imports the BOM: sim-scaffold's versions come from there.
        def published = new XmlSlurper().parseText(moduleParent)
        assert published.dependencyManagement.dependencies.dependency.find { it.artifactId.text() == 'sim-scaffold-bom' }.scope.text() == 'import'
        assert published.parent.isEmpty()
    }

    void 'every archetype pom is at most 60 lines standalone and 90 inside a parent with the same groupId and version'() {
        String moduleParent = InParentPomCases.classLoader.getResource(InParentPom.MODULE_PARENT).getText('UTF-8')
        File parentPom = new File(dir, 'pom.xml')
        parentPom.text = """<project>
  <groupId>com.example</groupId>
  <artifactId>platform</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <packaging>pom</packaging>
</project>
"""
        List<File> templates = new File('..').listFiles().findAll { it.name.startsWith('archetype-') }
                .collect { new File(it, 'src/main/resources/archetype-resources/pom.xml') }.findAll { it.isFile() }
        assert templates.size() == 3
        templates.each { File template ->
            String standalone = template.getText('UTF-8').replace('${groupId}', 'com.example').replace('${version}', '1.0.0-SNAPSHOT')
            assert standalone.readLines().size() <= 60: template
            assert !standalone.contains('symbol_dollar'): template
            String inside = new ParentProject(parentPom).inherit(InParentPom.of(standalone, moduleParent))
            assert inside.readLines().size() <= 90: "${template}: ${inside.readLines().size()} lines inside a parent"
        }
    }
}
