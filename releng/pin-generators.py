#!/usr/bin/env python3
"""Pins the build-time code generators (MWE2, EMF codegen, Xtext generator) to exact versions.

Why: the exec-maven-plugin runs the generators with plugin dependencies, and the generators' POMs
declare version ranges, so Maven would pick the newest matching artifacts on the day of the build.
Maven's nearest-wins rule makes a directly declared plugin dependency beat any transitive range, so
this script resolves the closure of the roots once and writes every artifact of it, with its exact
version, between the PINNED-GENERATORS markers of the root pom.xml.

Where the target platform (releng/org.ddistudio.target/org.ddistudio.target.target, written by
pin-target.py) has an artifact of the closure, its version is taken from there: the generators then run
on the bundles the product is built and tested with, and a version is pinned in one place only.

Run it on purpose, when a root changes:  python3 releng/pin-generators.py
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
POM = os.path.join(ROOT, "pom.xml")
TARGET = os.path.join(ROOT, "releng", "org.ddistudio.target", "org.ddistudio.target.target")

# The generator roots; their versions must agree with the target platform (EMF, Xtext 2.42).
ROOTS = [
    ("org.eclipse.emf", "org.eclipse.emf.common", "2.46.0"),
    ("org.eclipse.emf", "org.eclipse.emf.ecore", "2.43.0"),
    ("org.eclipse.emf", "org.eclipse.emf.ecore.xmi", "2.41.0"),
    ("org.eclipse.emf", "org.eclipse.emf.mwe2.launch", "2.26.0"),
    ("org.eclipse.emf", "org.eclipse.emf.codegen.ecore", "2.40.0"),
    ("org.eclipse.xtext", "org.eclipse.xtext.common.types", "2.42.0"),
    ("org.eclipse.xtext", "org.eclipse.xtext.xtext.generator", "2.42.0"),
    ("org.eclipse.xtext", "xtext-antlr-generator", "2.1.1"),
    ("com.google.guava", "guava", "33.5.0-jre"),
]

TEMPLATE = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>pin</groupId><artifactId>pin</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
%s
  </dependencies>
</project>
"""


def resolve():
    deps = "\n".join("    <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version></dependency>" % r
                     for r in ROOTS)
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "pom.xml"), "w") as f:
            f.write(TEMPLATE % deps)
        out = os.path.join(tmp, "list.txt")
        subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "-f", os.path.join(tmp, "pom.xml"),
                        "-s", os.path.join(ROOT, ".mvn", "settings.xml"),
                        "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list",
                        "-DincludeScope=runtime", "-DoutputFile=" + out], check=True, cwd=tmp)
        result = []
        for line in open(out):
            parts = line.strip().split(":")
            if len(parts) >= 5 and parts[2] == "jar" and (len(parts) == 5 or parts[3] in ("", "jar")):
                result.append((parts[0], parts[1], parts[-2]))
        return sorted(set(result))


def target_versions():
    """(groupId, artifactId) -> version of every Maven artifact the pinned target platform lists."""
    import xml.etree.ElementTree as ET
    versions = {}
    for dep in ET.parse(TARGET).getroot().iter("dependency"):
        g, a, v = (dep.findtext(t, "").strip() for t in ("groupId", "artifactId", "version"))
        if g and a and v:
            versions[(g, a)] = v
    return versions


def main():
    in_target = target_versions()
    pinned = sorted({(g, a, in_target.get((g, a), v)) for g, a, v in resolve()})
    lines = "\n".join("            <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version></dependency>" % p
                      for p in pinned)
    pom = open(POM).read()
    new, count = re.subn(r"(<!-- PINNED-GENERATORS: begin.*?-->\n).*?(\s*<!-- PINNED-GENERATORS: end -->)",
                         lambda m: m.group(1) + lines + "\n            " + m.group(2).lstrip(), pom, flags=re.S)
    if count != 1:
        sys.exit("pom.xml has no PINNED-GENERATORS markers")
    with open(POM + ".tmp", "w") as f:
        f.write(new)
    os.replace(POM + ".tmp", POM)
    print("pinned %d generator artifacts in pom.xml" % len(pinned), file=sys.stderr)


if __name__ == "__main__":
    main()
