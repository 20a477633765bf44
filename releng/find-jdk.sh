#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer, or explains what to install and exits 1.
# Order: $JAVA_HOME if it is 21+, `java` on the PATH if it is 21+, then the JDKs under /usr/lib/jvm
# (newest first). Eclipse Platform and Xtext 2.42 need Java 21; the machine default may be 17.
set -u
major_of() {  # $1 = java executable
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
ok() { local v; v=$(major_of "$1/bin/java" 2>/dev/null); [ -n "$v" ] && [ "${v%%.*}" -ge 21 ] 2>/dev/null; }

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && ok "$JAVA_HOME"; then echo "$JAVA_HOME"; exit 0; fi
if command -v java >/dev/null 2>&1; then
  home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  if ok "$home"; then echo "$home"; exit 0; fi
fi
for home in $(ls -d /usr/lib/jvm/*/ /opt/java/*/ /usr/local/lib/jvm/*/ 2>/dev/null | sed 's#/$##' | sort -V -r); do
  if [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] && ok "$home"; then echo "$home"; exit 0; fi
done
cat >&2 <<'MSG'
DDI Studio needs a JDK 21 or newer (Eclipse Platform and Xtext 2.42 require Java 21), and none was found
in JAVA_HOME, on the PATH or under /usr/lib/jvm. Install one, for example on Debian/Ubuntu:
    apt-get install -y openjdk-21-jdk-headless      (or a Temurin 21/25 JDK)
or point JAVA_HOME at an installed JDK 21+.
MSG
exit 1
