#!/usr/bin/env bash
# Builds what a release would publish and checks it, without publishing anything:
#   1. copies this checkout (tracked and new files, no target/) to $RELEASE_WORK/src and gives it a release
#      version with versions:set (default: the pom's version without -SNAPSHOT);
#   2. makes a throwaway signing key with BouncyCastle (.release/ThrowawayKey.java), unless MAVEN_GPG_KEY is set;
#   3. runs ./mvnw -Prelease verify -DskipTests there: sources, javadoc, SBOMs, signatures, the Central bundle,
#      and the bundle check (.release/CheckCentralBundle.java), which fails the build on any gap;
#   4. verifies every signature in the bundle with the throwaway public key, where gpg is installed.
# The bundle is left at $RELEASE_WORK/src/target/central-publishing/central-bundle.zip for the consumer test
# (.release/consumer-test.sh). Tests are not run here: ./mvnw verify (CI) runs them.
#
# usage: .release/release-check.sh [version]
# env:   RELEASE_WORK (default target/release-check), MAVEN_REPO_LOCAL (default: Maven's own),
#        MAVEN_GPG_KEY and MAVEN_GPG_PASSPHRASE (a real key; the release workflow sets them)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${RELEASE_WORK:-$root/target/release-check}
repo_args=()
[[ -n "${MAVEN_REPO_LOCAL:-}" ]] && repo_args=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
mvn() { ./mvnw -B -ntp "${repo_args[@]}" "$@"; }

cd "$root"
pom_version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
version=${1:-${pom_version%-SNAPSHOT}}
start=$(date +%s)
echo "release-check: version $version in $work"

rm -rf "$work" && mkdir -p "$work/src"
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do if [[ -e "$f" ]]; then printf '%s\0' "$f"; fi; done \
  | tar --null -T - -cf - | tar -C "$work/src" -xf -
cd "$work/src"
mvn -q versions:set -DnewVersion="$version" -DgenerateBackupPoms=false -DprocessAllModules=true

if [[ -z "${MAVEN_GPG_KEY:-}" ]]; then
  bc_version=$(sed -n 's:.*<bouncycastle.version>\(.*\)</bouncycastle.version>.*:\1:p' pom.xml)
  for jar in bcprov bcpg bcutil; do
    mvn -q dependency:copy -Dartifact="org.bouncycastle:$jar-jdk18on:$bc_version" -DoutputDirectory="$work/bc"
  done
  MAVEN_GPG_PASSPHRASE=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  java -cp "$work/bc/*" .release/ThrowawayKey.java "$work/key" "$MAVEN_GPG_PASSPHRASE"
  MAVEN_GPG_KEY=$(cat "$work/key/secret.asc")
  export MAVEN_GPG_KEY MAVEN_GPG_PASSPHRASE
fi

mvn -Prelease -DskipTests verify
bundle="$work/src/target/central-publishing/central-bundle.zip"

if [[ -f "$work/key/public.asc" ]] && command -v gpg > /dev/null; then
  export GNUPGHOME="$work/gnupg"
  mkdir -p -m 700 "$GNUPGHOME" "$work/bundle"
  gpg --batch --quiet --import "$work/key/public.asc"
  (cd "$work/bundle" && unzip -q -o "$bundle")
  signatures=0
  while IFS= read -r -d '' asc; do
    gpg --batch --quiet --verify "$asc" "${asc%.asc}" 2> /dev/null || { echo "release-check: BAD SIGNATURE $asc" >&2; exit 1; }
    signatures=$((signatures + 1))
  done < <(find "$work/bundle" -name '*.asc' -print0)
  echo "release-check: $signatures signatures verified with the throwaway public key"
fi
echo "release-check: $(unzip -Z1 "$bundle" | wc -l) files in $bundle; $(( $(date +%s) - start )) s"
