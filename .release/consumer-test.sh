#!/usr/bin/env bash
# The path a user on another machine takes, from a repository instead of a checkout: the release bundle
# (built and checked by .release/release-check.sh) is unpacked as a file repository, which stands in for
# Maven Central's copy; then, with an EMPTY local repository and only that repository plus Central, this runs
# the README's user commands as written:
#   - archetype:generate (maven-archetype-plugin 3.4.1, -DarchetypeCatalog=local) for each archetype, then
#     verify in each generated module;
#   - sim-scaffold:new for each type (the README's three examples), sim-scaffold:list, then sim-scaffold:add
#     into a multi-module parent and `mvn -pl <module> -am verify` from the parent;
#   - a project that imports sim-scaffold-bom, declares sim-core and sim-testkit without versions and compiles
#     a module-info that requires both: no "filename-based automodules" warning may appear.
# Every step is timed. Too slow for CI's budget beside the ITs (2.5 to 8 minutes on the shared 2-core machine,
# after a release build): the release and nightly
# workflows run it, as the README says.
#
# usage: .release/consumer-test.sh [bundle.zip] [version]
#        defaults: target/release-check/src/target/central-publishing/central-bundle.zip, the version inside it
# env:   CONSUMER_WORK (default target/consumer-test)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bundle=$(realpath "${1:-$root/target/release-check/src/target/central-publishing/central-bundle.zip}")
work=${CONSUMER_WORK:-$root/target/consumer-test}
version=${2:-$(unzip -Z1 "$bundle" | sed -n 's:^dev/simscaffold/sim-core/\([^/]*\)/sim-core-.*\.pom$:\1:p')}
[[ -n "$version" ]] || { echo "consumer-test: no sim-core POM in $bundle" >&2; exit 1; }

rm -rf "$work" && mkdir -p "$work/repo" "$work/m2" "$work/projects"
work=$(realpath "$work")
(cd "$work/repo" && unzip -q "$bundle")
cat > "$work/settings.xml" <<EOF
<settings>
  <!-- The release as a file repository, standing in for Central's copy; everything else comes from Central. -->
  <profiles>
    <profile>
      <id>sim-scaffold-release</id>
      <repositories>
        <repository>
          <id>sim-scaffold-release</id>
          <url>file://$work/repo</url>
          <snapshots><enabled>false</enabled></snapshots>
        </repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository>
          <id>sim-scaffold-release</id>
          <url>file://$work/repo</url>
          <snapshots><enabled>false</enabled></snapshots>
        </pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>sim-scaffold-release</activeProfile>
  </activeProfiles>
</settings>
EOF

# `mvn` as the user types it: the checkout's wrapper (the Maven the README names), the settings above, a local
# repository that starts empty.
mvn() { "$root/mvnw" -B -ntp -s "$work/settings.xml" -Dmaven.repo.local="$work/m2" "$@"; }
total_start=$(date +%s)
step() {
  local name=$1; shift
  local start=$(date +%s)
  echo "consumer-test: $name"
  if ! "$@" > "$work/$name.log" 2>&1; then
    tail -60 "$work/$name.log"
    echo "consumer-test: FAILED at $name (log: $work/$name.log)" >&2
    exit 1
  fi
  echo "consumer-test: $name ok, $(( $(date +%s) - start )) s"
}
in_dir() { local dir=$1; shift; (cd "$dir" && "$@"); }
plugin=dev.simscaffold:sim-scaffold-maven-plugin:$version
generate=org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate

cd "$work/projects"
# README, "Generate a module (batch)": exactly its command for coordination, the defaults for the others.
step archetype-coordination mvn $generate -DarchetypeCatalog=local -DarchetypeGroupId=dev.simscaffold \
  -DarchetypeArtifactId=archetype-coordination -DarchetypeVersion="$version" -DgroupId=com.example \
  -DartifactId=leases -Dpackage=com.example.leases -DmoduleName=LeaseTable \
  -Dinvariants="every grant is recorded before it is announced; a worker's lease never outlives its session"
step archetype-coordination-verify in_dir leases mvn verify
for type in gossip pipeline; do
  step archetype-$type mvn $generate -DarchetypeCatalog=local -DarchetypeGroupId=dev.simscaffold \
    -DarchetypeArtifactId=archetype-$type -DarchetypeVersion="$version" -DgroupId=com.example -DartifactId=$type-module
  step archetype-$type-verify in_dir $type-module mvn verify
done

# README, "The sim-scaffold Maven plugin": its examples, in a directory of their own.
mkdir -p "$work/projects/plugin" && cd "$work/projects/plugin"
step plugin-list mvn $plugin:list
step plugin-new-coordination mvn $plugin:new -Dtype=coordination -DgroupId=com.example -DartifactId=leases
step plugin-new-coordination-verify mvn -f leases/pom.xml verify
step plugin-new-gossip mvn $plugin:new -Dtype=gossip -DgroupId=com.example -DartifactId=membership -Dnodes=4 -Dfanout=2
step plugin-new-gossip-verify mvn -f membership/pom.xml verify
step plugin-new-pipeline mvn $plugin:new -Dtype=pipeline -DgroupId=com.example -DartifactId=orders -DcheckpointEvery=3
step plugin-new-pipeline-verify mvn -f orders/pom.xml verify

# README: "inside a multi-module project: ./coordination, listed in ./pom.xml, built from the parent".
mkdir -p "$work/projects/parent" && cd "$work/projects/parent"
cat > pom.xml <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>platform</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <packaging>pom</packaging>
</project>
EOF
step plugin-add mvn $plugin:add -Dtype=coordination -DartifactId=coordination
grep -q '<module>coordination</module>' pom.xml || { echo "consumer-test: add did not list the module" >&2; exit 1; }
step plugin-add-verify mvn -pl coordination -am verify

# The BOM, and the module path: sim-core (module-info) and sim-testkit (Automatic-Module-Name) by name.
mkdir -p "$work/projects/bom-user/src/main/java/com/example/user" && cd "$work/projects/bom-user"
cat > pom.xml <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>bom-user</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>dev.simscaffold</groupId>
        <artifactId>sim-scaffold-bom</artifactId>
        <version>$version</version>
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
    <dependency>
      <groupId>dev.simscaffold</groupId>
      <artifactId>sim-testkit</artifactId>
    </dependency>
  </dependencies>
</project>
EOF
cat > src/main/java/module-info.java <<'EOF'
module com.example.user {
    requires dev.simscaffold.core;
    requires dev.simscaffold.testkit;
}
EOF
cat > src/main/java/com/example/user/Clock.java <<'EOF'
package com.example.user;

import dev.simscaffold.core.time.LogicalTime;

public final class Clock {
    public static LogicalTime start() {
        return LogicalTime.ZERO;
    }
}
EOF
step bom-user mvn compile
if grep -q 'filename-based automodules' "$work/bom-user.log"; then
  grep -B2 -A2 'filename-based automodules' "$work/bom-user.log"
  echo "consumer-test: a sim-scaffold jar is a filename-based automodule" >&2
  exit 1
fi
# Importing the BOM must manage sim-scaffold's artifacts only (JUnit's version stays the user's): no parent.
bom_pom="$work/repo/dev/simscaffold/sim-scaffold-bom/$version/sim-scaffold-bom-$version.pom"
if grep -q '<parent>' "$bom_pom"; then
  echo "consumer-test: $bom_pom has a parent, whose dependencyManagement importing it would bring along" >&2
  exit 1
fi
echo "consumer-test: all steps passed from an empty local repository ($(find "$work/m2" -name '*.jar' | wc -l) jars fetched), $(( $(date +%s) - total_start )) s"
