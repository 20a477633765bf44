#!/usr/bin/env python3
"""Resolve releng/org.ddistudio.target/seed.target once and write the pinned org.ddistudio.target.target.

Why: Eclipse POMs on Maven Central declare version ranges, so a Maven location resolved with
includeDependencyDepth="infinite" picks whatever is newest on the day of the build. The build must
resolve the same bundles next month, so the build reads org.ddistudio.target.target, in which every artifact of the
transitive closure is listed with its exact version and includeDependencyDepth="none".

How: for every seed location with depth "infinite", a throw-away POM lists its root artifacts and
`mvn dependency:list` (Maven's own resolver, the one Tycho's Maven locations use) prints the closure.
Locations with depth "none" are copied as they are. An artifact resolved by two locations is kept
once, at its highest version, so no bundle ends up in the target twice.

Run it on purpose, when a root in seed.target changes:  python3 releng/pin-target.py
It needs the JDK and Maven that ./mvnw uses (JAVA_HOME pointing at JDK 21+).
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEED = os.path.join(HERE, "org.ddistudio.target", "seed.target")
PINNED = os.path.join(HERE, "org.ddistudio.target", "org.ddistudio.target.target")

POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>pin</groupId><artifactId>pin</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
{deps}
  </dependencies>
</project>
"""


def version_key(v):
    return [int(p) if p.isdigit() else p for p in re.split(r"[.\-]", v)]


def resolve(deps):
    """Return [(groupId, artifactId, version)] of the runtime closure of deps."""
    body = "\n".join(
        "    <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version></dependency>" % d
        for d in deps)
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "pom.xml"), "w") as f:
            f.write(POM.format(deps=body))
        out = os.path.join(tmp, "list.txt")
        cmd = [os.path.join(ROOT, "mvnw"), "-B", "-q", "-f", os.path.join(tmp, "pom.xml"),
               "-s", os.path.join(ROOT, ".mvn", "settings.xml"),
               "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list",
               "-DincludeScope=runtime", "-DoutputFile=" + out, "-DappendOutput=false"]
        subprocess.run(cmd, check=True, cwd=tmp)
        result = []
        for line in open(out):
            parts = line.strip().split(":")
            if len(parts) < 5 or parts[2] != "jar":
                continue
            if len(parts) >= 6 and parts[3] not in ("", "jar"):
                continue  # classifier artifacts (sources, natives) are not bundles of the target
            version = parts[-2]
            result.append((parts[0], parts[1], version))
        return result


def main():
    tree = ET.parse(SEED)
    root = tree.getroot()
    locations = root.find("locations")
    chosen = {}  # (g, a) -> (version, location label)
    plan = locations.findall("location")
    # Artifacts listed in a depth-"none" location are claimed by it first: such locations carry
    # BND instructions (wrapped bundles such as org.antlr.runtime) that a resolved closure would lose.
    claimed = set()
    for loc in plan:
        if loc.get("includeDependencyDepth") != "infinite":
            for d in loc.find("dependencies").findall("dependency"):
                ga = (d.findtext("groupId"), d.findtext("artifactId"))
                chosen[ga] = (d.findtext("version"), loc.get("label"))
                claimed.add(ga)
    for loc in plan:
        if loc.get("includeDependencyDepth") != "infinite":
            continue
        deps = [(d.findtext("groupId"), d.findtext("artifactId"), d.findtext("version"))
                for d in loc.find("dependencies").findall("dependency")]
        print("resolving location '%s' (%d roots)" % (loc.get("label"), len(deps)), file=sys.stderr)
        for g, a, v in resolve(deps):
            if (g, a) in claimed:
                continue
            old = chosen.get((g, a))
            if old is None or version_key(v) > version_key(old[0]):
                chosen[(g, a)] = (v, loc.get("label"))

    for loc in plan:
        label = loc.get("label")
        deps_el = loc.find("dependencies")
        for d in list(deps_el):
            deps_el.remove(d)
        members = sorted((g, a, v) for (g, a), (v, l) in chosen.items() if l == label)
        for g, a, v in members:
            d = ET.SubElement(deps_el, "dependency")
            for tag, text in (("groupId", g), ("artifactId", a), ("version", v), ("type", "jar")):
                ET.SubElement(d, tag).text = text
        loc.set("includeDependencyDepth", "none")

    ET.indent(tree, space="  ")
    header = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<?pde version="3.8"?>\n'
              "<!-- GENERATED by releng/pin-target.py from seed.target: every bundle pinned. Do not edit. -->\n")
    body = ET.tostring(root, encoding="unicode")
    with open(PINNED + ".tmp", "w") as f:
        f.write(header + body + "\n")
    os.replace(PINNED + ".tmp", PINNED)
    print("wrote %s with %d artifacts" % (os.path.relpath(PINNED, ROOT), len(chosen)), file=sys.stderr)


if __name__ == "__main__":
    main()
