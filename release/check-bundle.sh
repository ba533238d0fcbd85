#!/usr/bin/env bash
# The release, rehearsed offline (see docs/releasing.md):
#  1. copies the tree twice into a scratch folder and sets the release version there (the pom's
#     version without -SNAPSHOT);
#  2. generates a throwaway GPG key (never kept: it lives in the scratch folder);
#  3. builds the Central Publisher Portal bundle in both copies, tests skipped (they ran before):
#       ./mvnw -Prelease -Dcentral.skipUpload=true deploy
#     into a scratch local repository that reads the usual one (maven.repo.local.tail);
#  4. checks the first bundle as Central would (release/check_bundle.py), and shows that the check
#     fails on a copy of the bundle without one javadoc jar, and on one with a broken signature;
#  5. compares the jars (main, sources, javadoc) of the two bundles byte for byte;
#  6. API compatibility: the first build is the baseline in the scratch repository; japicmp compares
#     core at the next version against it (passes), then again with a public method removed (fails).
# Usage: release/check-bundle.sh [SCRATCH_DIR]   (default: a new temporary folder, removed at the end)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

need() {
  local missing=()
  for tool in "$@"; do command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}"); done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "release check: installing ${missing[*]}"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      echo "release check: missing ${missing[*]}; install them first" >&2
      exit 2
    fi
  fi
}
need gpg:gnupg gpg-agent:gpg-agent unzip:unzip python3:python3 md5sum:coreutils

keep=1
if [ $# -ge 1 ]; then
  scratch="$1"; rm -rf "$scratch"; mkdir -p "$scratch"
else
  scratch="$(mktemp -d)"; keep=0
fi
scratch="$(cd "$scratch" && pwd)"
cleanup() {
  gpgconf --homedir "$scratch/gnupg" --kill gpg-agent >/dev/null 2>&1 || true
  if [ "$keep" = 0 ]; then rm -rf "$scratch"; fi
}
trap cleanup EXIT

snapshot="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)"
version="${snapshot%-SNAPSHOT}"
echo "release check: $snapshot released as $version in $scratch"

# 0. The README's dependency snippets name the version a user can take.
readme_versions="$(grep -A1 '<artifactId>townhall-' README.md | sed -n 's:.*<version>\(.*\)</version>.*:\1:p' | sort -u)"
if [ "$readme_versions" != "$version" ]; then
  echo "release check: FAILED: README.md's townhall snippets say '${readme_versions//$'\n'/, }', the pom $version" >&2; exit 1
fi
echo "release check: OK  README.md's dependency snippets name $version"

# 1. Two copies of the tree (tracked and new files, not build output), the release version set.
for copy in a b; do
  mkdir -p "$scratch/$copy"
  git ls-files -z --cached --others --exclude-standard \
    | (while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done) \
    | xargs -0 cp --parents -t "$scratch/$copy"
  find "$scratch/$copy" -name pom.xml -exec sed -i "s:<version>$snapshot</version>:<version>$version</version>:" {} +
done

# 2. A throwaway signing key, no passphrase, valid one day.
export GNUPGHOME="$scratch/gnupg"
mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --passphrase '' --quick-generate-key \
  'townhall release check <release-check@townhall.invalid>' ed25519 sign 1d
key="$(gpg --batch --with-colons --list-secret-keys | awk -F: '/^fpr:/ {print $10; exit}')"
echo "release check: throwaway key $key"

# 3. The bundle, built twice. The scratch repository holds what the builds install; everything
# else is read from the usual local repository.
usual="$(./mvnw -q -B help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null || true)"
[ -d "$usual" ] || usual="$HOME/.m2/repository"
repo="$scratch/repository"
modules=core,ical,json,jsonld,html,bom
mvn_scratch() {
  MAVEN_OPTS="${MAVEN_OPTS:-} -Dmaven.repo.local=$repo -Dmaven.repo.local.tail=$usual" ./mvnw -B -ntp "$@"
}
for copy in a b; do
  echo "release check: building the bundle in $copy"
  extra=()
  [ "$copy" = a ] && extra=(dependency:list -DincludeScope=runtime -DoutputFile=target/runtime-closure.txt -DoutputAbsoluteArtifactFilename=false)
  (cd "$scratch/$copy" && mvn_scratch -q -Prelease -Dcentral.skipUpload=true -Dgpg.keyname="$key" \
     -Dmaven.test.skip=true -Djacoco.skip=true -Dspotless.check.skip=true \
     -pl "$modules" -am deploy "${extra[@]}") > "$scratch/build-$copy.log" 2>&1 \
    || { tail -60 "$scratch/build-$copy.log" >&2; echo "release check: the $copy build failed" >&2; exit 1; }
done
bundle_a="$scratch/a/target/central-publishing/central-bundle.zip"
bundle_b="$scratch/b/target/central-publishing/central-bundle.zip"

# 4. Central's rules, on the bundle and on two broken copies of it.
closures=()
for m in core ical json jsonld html; do closures+=(--closure "townhall-$m=$scratch/a/$m/target/runtime-closure.txt"); done
expect=(--expect townhall-parent:pom --expect townhall-bom:pom
  --expect townhall-core:jar --expect townhall-ical:jar --expect townhall-json:jar
  --expect townhall-jsonld:jar --expect townhall-html:jar)
python3 release/check_bundle.py "$bundle_a" --version "$version" "${expect[@]}" "${closures[@]}"

mkdir "$scratch/broken"
(cd "$scratch/broken" && unzip -q "$bundle_a")
javadoc_jar="$(cd "$scratch/broken" && find . -name 'townhall-json-*-javadoc.jar' | head -1)"
rm "$scratch/broken/$javadoc_jar"
python3 -c 'import shutil,sys; shutil.make_archive(sys.argv[1], "zip", sys.argv[2])' "$scratch/broken-no-javadoc" "$scratch/broken"
if python3 release/check_bundle.py "$scratch/broken-no-javadoc.zip" --version "$version" "${expect[@]}" > "$scratch/broken-1.log" 2>&1; then
  echo "release check: FAILED: the check passed a bundle without $javadoc_jar" >&2; exit 1
fi
grep -E '^FAIL' "$scratch/broken-1.log" | head -3 | sed 's/^/release check: as expected, without a javadoc jar: /'
rm -rf "$scratch/broken"; mkdir "$scratch/broken"
(cd "$scratch/broken" && unzip -q "$bundle_a")
core_jar="$(cd "$scratch/broken" && find . -name "townhall-core-$version.jar" | head -1)"
printf 'tampered' >> "$scratch/broken/$core_jar"
python3 -c 'import shutil,sys; shutil.make_archive(sys.argv[1], "zip", sys.argv[2])' "$scratch/broken-signature" "$scratch/broken"
if python3 release/check_bundle.py "$scratch/broken-signature.zip" --version "$version" "${expect[@]}" > "$scratch/broken-2.log" 2>&1; then
  echo "release check: FAILED: the check passed a bundle with a tampered jar" >&2; exit 1
fi
grep -E '^FAIL' "$scratch/broken-2.log" | head -3 | sed 's/^/release check: as expected, a jar changed after signing: /'

# 5. Reproducible: the jars of the two builds are byte for byte the same.
mkdir -p "$scratch/unzip-a" "$scratch/unzip-b"
(cd "$scratch/unzip-a" && unzip -q "$bundle_a")
(cd "$scratch/unzip-b" && unzip -q "$bundle_b")
jars=0
while IFS= read -r jar; do
  if ! cmp -s "$scratch/unzip-a/$jar" "$scratch/unzip-b/$jar"; then
    echo "release check: FAILED: $jar differs between two builds of one commit" >&2; exit 1
  fi
  jars=$((jars + 1))
done < <(cd "$scratch/unzip-a" && find . -name '*.jar' | sort)
[ "$jars" -ge 15 ] || { echo "release check: FAILED: only $jars jars compared" >&2; exit 1; }
echo "release check: OK  reproducible: $jars jars (main, sources, javadoc) identical in two builds from two folders"

# 6. API compatibility against the baseline the first build installed in the scratch repository.
next="$version-next"
find "$scratch/b" -name pom.xml -exec sed -i "s:<version>$version</version>:<version>$next</version>:" {} +
japicmp() {
  (cd "$scratch/b" && mvn_scratch -o -q -Dmaven.test.skip=true -Djacoco.skip=true -Dspotless.check.skip=true \
     -Djapicmp.skip=false -Djapicmp.oldVersion="$version" -pl core verify)
}
japicmp > "$scratch/japicmp-same.log" 2>&1 \
  || { tail -40 "$scratch/japicmp-same.log" >&2; echo "release check: FAILED: japicmp rejects an unchanged API" >&2; exit 1; }
echo "release check: OK  API: townhall-core $next compared with $version by japicmp: compatible"
python3 release/remove_method.py "$scratch/b/core/src/main/java/io/github/townhall/session/ActionItem.java" changedIn
if japicmp > "$scratch/japicmp-removed.log" 2>&1; then
  echo "release check: FAILED: japicmp accepted the removal of ActionItem.changedIn" >&2; exit 1
fi
grep -q -i 'METHOD_REMOVED\|incompatib' "$scratch/japicmp-removed.log" \
  || { tail -40 "$scratch/japicmp-removed.log" >&2; echo "release check: FAILED: the build failed, not on the API" >&2; exit 1; }
echo "release check: OK  API: with ActionItem.changedIn removed, japicmp fails the build:"
grep -i -m 2 'changedIn\|incompatib' "$scratch/japicmp-removed.log" | sed 's/^/    /'
echo "release check: all passed"
