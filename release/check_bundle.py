"""Checks a Central Publisher Portal bundle the way Central validates a deployment, offline.

Usage: check_bundle.py BUNDLE.zip --version V --expect ARTIFACT:TYPE... [--closure ARTIFACT=FILE...]

For every expected artifact (pom: a POM only; jar: a jar with its sources, javadoc and SBOM):
  - its POM, with the inheritance from a parent POM in the same bundle, has groupId, artifactId,
    version, name, description, url, licenses (name and url), developers and scm (url and
    connection), and coordinates equal to its path in the bundle;
  - a jar has a sources jar (holding .java files), a javadoc jar (holding index.html) and a
    CycloneDX SBOM whose components are exactly its runtime closure (--closure: the output of
    `mvn dependency:list -DincludeScope=runtime`; once one is given, every jar needs its own);
  - every file has an .asc signature that `gpg --verify` accepts (with the keys of GNUPGHOME),
    and .md5, .sha1 (and .sha256, .sha512 where present) checksums that match;
  - no file is for an unexpected artifact (the command line, the benchmarks, test jars), and no
    name or POM says SNAPSHOT.
Prints one line per rule and artifact (OK or FAIL) and exits 1 if one failed.
What it cannot check offline: that the public key is on a key server (keys.openpgp.org,
keyserver.ubuntu.com), and that the namespace io.github.townhall is verified for the account.
"""

import argparse
import hashlib
import io
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

NS = {"m": "http://maven.apache.org/POM/4.0.0"}
GROUP = "io.github.townhall"
DIGESTS = {"md5": hashlib.md5, "sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha512": hashlib.sha512}

failures = []


def report(ok, rule, what):
    print(f"{'OK  ' if ok else 'FAIL'} {rule}: {what}")
    if not ok:
        failures.append(f"{rule}: {what}")


def text(element, path):
    found = element.find(path, NS) if element is not None else None
    return found.text.strip() if found is not None and found.text and found.text.strip() else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle")
    parser.add_argument("--version", required=True)
    parser.add_argument("--expect", action="append", default=[])
    parser.add_argument("--closure", action="append", default=[])
    args = parser.parse_args()
    version = args.version
    expected = dict(e.split(":") for e in args.expect)
    closures = dict(c.split("=", 1) for c in args.closure)

    with zipfile.ZipFile(args.bundle) as bundle:
        files = {n: bundle.read(n) for n in bundle.namelist() if not n.endswith("/")}
    print(f"bundle {args.bundle}: {len(files)} files")

    prefix = GROUP.replace(".", "/") + "/"
    primary = [n for n in files if not re.search(r"\.(asc|md5|sha1|sha256|sha512)$", n)]
    artifacts = {}
    for name in primary:
        parts = name.split("/")
        ok = name.startswith(prefix) and len(parts) == len(prefix.split("/")) + 2
        report(ok, "layout", f"{name} is under {prefix}ARTIFACT/VERSION/")
        if ok:
            artifacts.setdefault(parts[-3], []).append(name)

    report("SNAPSHOT" not in " ".join(files), "no SNAPSHOT", "in any file name")
    for aid in sorted(set(artifacts) - set(expected)):
        report(False, "only published modules", f"{aid} is not meant for users")
    for name in primary:
        if re.search(r"-tests?\.jar$", name):
            report(False, "no test jars", name)

    poms = {}
    for aid in expected:
        name = f"{prefix}{aid}/{version}/{aid}-{version}.pom"
        if name in files:
            poms[aid] = ET.fromstring(files[name])

    def inherited(aid, path):
        pom = poms.get(aid)
        while pom is not None:
            value = pom.find(path, NS)
            if value is not None:
                return value
            parent = text(pom, "m:parent/m:artifactId")
            pom = poms.get(parent) if parent else None
        return None

    with tempfile.TemporaryDirectory() as tmp:
        for aid, kind in sorted(expected.items()):
            base = f"{prefix}{aid}/{version}/{aid}-{version}"
            pom_name = base + ".pom"
            report(pom_name in files, "pom", pom_name)
            if aid in poms:
                pom = poms[aid]
                raw = files[pom_name].decode("utf-8")
                report("SNAPSHOT" not in raw, "no SNAPSHOT", f"in {aid}'s pom")
                group = text(pom, "m:groupId") or text(pom, "m:parent/m:groupId")
                coordinates = (group, text(pom, "m:artifactId"), text(pom, "m:version") or text(pom, "m:parent/m:version"))
                report(coordinates == (GROUP, aid, version), "coordinates", f"{aid}: {':'.join(str(c) for c in coordinates)} matches its path")
                parent_version = text(pom, "m:parent/m:version")
                if parent_version:
                    report(parent_version == version and text(pom, "m:parent/m:artifactId") in poms,
                           "parent in the bundle", f"{aid}: parent {text(pom, 'm:parent/m:artifactId')}:{parent_version}")
                report(text(pom, "m:packaging") in (None, "jar") if kind == "jar" else text(pom, "m:packaging") == "pom",
                       "packaging", f"{aid}: {text(pom, 'm:packaging') or 'jar'}")
                for element in ("m:name", "m:description"):
                    report(text(pom, element) is not None, "pom metadata", f"{aid}: {element[2:]} (its own)")
                url = inherited(aid, "m:url")
                report(url is not None and url.text.startswith("https://"), "pom metadata", f"{aid}: url")
                licenses = inherited(aid, "m:licenses")
                report(licenses is not None and all(text(l, "m:name") and text(l, "m:url") for l in licenses.findall("m:license", NS))
                       and len(licenses.findall("m:license", NS)) > 0, "pom metadata", f"{aid}: licenses with name and url")
                developers = inherited(aid, "m:developers")
                report(developers is not None and len(developers.findall("m:developer", NS)) > 0
                       and all(text(d, "m:name") for d in developers.findall("m:developer", NS)), "pom metadata", f"{aid}: developers with a name")
                scm = inherited(aid, "m:scm")
                report(scm is not None and text(scm, "m:url") and text(scm, "m:connection"), "pom metadata", f"{aid}: scm url and connection")
            if kind == "jar":
                for suffix, must_hold in (("", ".class"), ("-sources", ".java"), ("-javadoc", "index.html")):
                    name = f"{base}{suffix}.jar"
                    present = name in files
                    report(present, "jars", name)
                    if present:
                        entries = zipfile.ZipFile(io.BytesIO(files[name])).namelist()
                        report(any(e.endswith(must_hold) for e in entries), "jar content", f"{name} holds {must_hold}")
                sbom_name = f"{base}-cyclonedx.json"
                report(sbom_name in files, "SBOM", sbom_name)
                if closures:
                    report(aid in closures, "SBOM = runtime closure", f"{aid}: a runtime closure to compare with (--closure)")
                if sbom_name in files and aid in closures:
                    sbom = json.loads(files[sbom_name])
                    listed = {(c.get("group"), c["name"], c["version"]) for c in sbom.get("components", [])}
                    closure = set()
                    for line in Path(closures[aid]).read_text(encoding="utf-8").splitlines():
                        m = re.match(r"\s+([^:\s]+):([^:\s]+):[^:\s]+(?::[^:\s]+)?:([^:\s]+):(compile|runtime)\b", line)
                        if m:
                            closure.add(m.group(1, 2, 3))
                    subject = sbom.get("metadata", {}).get("component", {})
                    report((subject.get("group"), subject.get("name"), subject.get("version")) == (GROUP, aid, version),
                           "SBOM", f"{aid}: describes {GROUP}:{aid}:{version}")
                    report(listed == closure, "SBOM = runtime closure",
                           f"{aid}: {len(listed)} components" + ("" if listed == closure else f"; missing {sorted(closure - listed)}, extra {sorted(listed - closure)}"))

        for name in sorted(primary):
            content = files[name]
            for algorithm, digest in DIGESTS.items():
                checksum = files.get(f"{name}.{algorithm}")
                if checksum is None:
                    report(algorithm in ("sha256", "sha512"), f"{algorithm} checksum", f"{name}: absent")
                    continue
                expected_sum = checksum.decode("ascii").split()[0].lower() if checksum.strip() else ""
                report(expected_sum == digest(content).hexdigest(), f"{algorithm} checksum", name)
            signature = files.get(name + ".asc")
            if signature is None:
                report(False, "signature", f"{name}.asc is missing")
                continue
            data, sig = Path(tmp, "data"), Path(tmp, "data.asc")
            data.write_bytes(content)
            sig.write_bytes(signature)
            verified = subprocess.run(["gpg", "--batch", "--verify", str(sig), str(data)], capture_output=True, text=True)
            report(verified.returncode == 0, "signature", f"{name}.asc verifies")

    if failures:
        print(f"FAIL {len(failures)} problem(s) in {args.bundle}", file=sys.stderr)
        return 1
    print(f"OK   every rule holds for {len(expected)} artifacts in {args.bundle}")
    print("not checked offline: the public key on a key server, the namespace verified for the account")
    return 0


if __name__ == "__main__":
    sys.exit(main())
