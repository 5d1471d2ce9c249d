#!/usr/bin/env bash
# Reproducible builds (https://reproducible-builds.org/docs/jvm/): two clean builds of the published artifacts,
# in two different directories, must be byte for byte the same.
#   1. artifact:check-buildplan: no plugin with a known reproducibility issue, a fixed outputTimestamp;
#   2. build A (copy of this checkout in $REPRO_WORK/a): -Prelease install, the reference;
#   3. build B (another copy, $REPRO_WORK/b): -Prelease verify artifact:compare against what A installed,
#      javadoc jars included; any difference fails (target/*.buildcompare lists ok/ko per file).
# Signatures are left out (-Dgpg.skip), and so the bundle check: a signature is made fresh each time by design.
# Tests are not run.
#
# usage: .release/reproducibility-check.sh
# env:   REPRO_WORK (default target/reproducibility), MAVEN_REPO_LOCAL (default: Maven's own; build A installs
#        the current version into it)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${REPRO_WORK:-$root/target/reproducibility}
repo_args=()
[[ -n "${MAVEN_REPO_LOCAL:-}" ]] && repo_args=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
mvn() { ./mvnw -B -ntp "${repo_args[@]}" "$@"; }
copy() {
  mkdir -p "$1"
  (cd "$root" && git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do if [[ -e "$f" ]]; then printf '%s\0' "$f"; fi; done \
    | tar --null -T - -cf -) | tar -C "$1" -xf -
}
start=$(date +%s)
rm -rf "$work" && copy "$work/a" && copy "$work/b"
common=(-Prelease -Dgpg.skip -Dcentral.bundle.check.skip -DskipTests)

cd "$work/a"
mvn "${common[@]}" artifact:check-buildplan
mvn "${common[@]}" clean install
cd "$work/b"
mvn "${common[@]}" -Dbuildinfo.ignoreJavadoc=false clean verify artifact:compare
compare=$(find "$work/b/sim-scaffold-bom/target" -name '*.buildcompare' | head -1)
echo "reproducibility-check: $(grep -E '^(ok|ko|okFiles|koFiles)=' "$compare" | tr '\n' ' ')"
echo "reproducibility-check: identical; $(( $(date +%s) - start )) s"
