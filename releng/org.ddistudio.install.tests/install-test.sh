#!/usr/bin/env bash
# Installs the DDI Studio update site into a stock Eclipse Platform with the p2 director, headless, and proves
# it works there. Run by this module's pom in the integration-test phase (./mvnw verify); also by hand:
#   releng/org.ddistudio.install.tests/install-test.sh JAVA_EXECUTABLE
# Inputs (built earlier in the reactor):
#   update-site/target/repository                                        the p2 repository we publish
#   releng/org.ddistudio.product/target/products/org.ddistudio.plain.product/linux/gtk/x86_64/eclipse-platform
#                                                                        a plain Platform from the same target
# Every step is bounded by a timeout and fails with a one-line reason ("install test: FAILED: ...").
set -euo pipefail

java=${1:?usage: install-test.sh JAVA_EXECUTABLE}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
site="$root/update-site/target/repository"
plain="$root/releng/org.ddistudio.product/target/products/org.ddistudio.plain.product/linux/gtk/x86_64/eclipse-platform"
work="$here/target/install-test"
eclipse="$work/eclipse"
step_timeout=${INSTALL_TEST_TIMEOUT:-300}

fail() { echo "install test: FAILED: $*" >&2; exit 1; }
say() { echo "install test: $*"; }

[ -f "$site/content.jar" ] || [ -f "$site/content.xml" ] || [ -f "$site/content.xml.xz" ] || fail "no p2 repository at $site (build update-site first)"
[ -d "$plain/plugins" ] || fail "no plain Platform at $plain (build releng/org.ddistudio.product first)"

rm -rf "$work"
mkdir -p "$work"
cp -a "$plain" "$eclipse"
launcher=$(ls "$eclipse"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
[ -n "$launcher" ] || fail "the plain Platform has no org.eclipse.equinox.launcher"

# The stock Platform must not already have what the site brings, or the test would prove nothing.
for bundle in org.eclipse.xtext_ com.google.inject_ org.antlr.runtime_ org.eclipse.lsp4j_ org.eclipse.elk.core_ picocli_ org.ddistudio.; do
  if ls "$eclipse/plugins" | grep -q "^$bundle"; then fail "the plain Platform already contains $bundle*"; fi
done

# Runs the installation's launcher: java -jar launcher ARGS..., bounded, output into a log file.
run_eclipse() {
  local log=$1; shift
  local status=0
  timeout --kill-after=10 "$step_timeout" "$java" -Xmx1g -jar "$launcher" -nosplash -consoleLog \
      -data "$work/workspace" "$@" >"$log" 2>&1 || status=$?
  [ "$status" -ne 124 ] && [ "$status" -ne 137 ] || { tail -n 30 "$log" >&2; fail "timed out after ${step_timeout}s: $*"; }
  return "$status"
}

say "installing $site into a copy of the plain Platform (p2 director)"
status=0
run_eclipse "$work/director.log" -application org.eclipse.equinox.p2.director \
    -repository "file:$site" \
    -installIU org.ddistudio.ui.feature.feature.group,org.ddistudio.runtime.feature.feature.group \
    -destination "$eclipse" -profile DefaultProfile || status=$?
if [ "$status" -ne 0 ] || ! grep -q "Operation completed" "$work/director.log"; then
  tail -n 40 "$work/director.log" >&2
  fail "the p2 director could not install the site (exit $status; log: $work/director.log)"
fi

# Everything the deps feature lists, and our bundles, are now in the installation and in its configuration.
bundles_info="$eclipse/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
deps_feature=$(ls -d "$eclipse"/features/org.ddistudio.deps.feature_* 2>/dev/null | head -n 1)
[ -n "$deps_feature" ] || fail "org.ddistudio.deps.feature was not installed"
expected=$(sed -n 's/.*<plugin[^>]*id="\([^"]*\)".*/\1/p' "$deps_feature/feature.xml")
expected="$expected org.ddistudio.model org.ddistudio.dsl org.ddistudio.dsl.ide org.ddistudio.sim org.ddistudio.generator org.ddistudio.diagram org.ddistudio.check org.ddistudio.cli org.ddistudio.ui org.ddistudio.help"
for id in $expected; do
  grep -q "^$id," "$bundles_info" || fail "$id is not in the installed configuration ($bundles_info)"
done
say "installed: $(echo "$expected" | wc -w) bundles of DDI Studio and its dependencies are configured"

# The installed bundles resolve and start: the headless application of org.ddistudio.cli (which requires
# the language, simulator, generators, diagram, checker, Xtext, Guice, ANTLR, LSP4J, ELK, picocli, Jackson and
# java-sarif) validates a clean and a broken model in the installed IDE.
check_log() {
  if grep -E "^!ENTRY .* 4 |not resolved|Application \".*\" could not be found|ClassNotFoundException|NoClassDefFoundError" "$1" >&2; then
    fail "errors in the log of the installed IDE ($1)"
  fi
}
status=0
run_eclipse "$work/validate-clean.log" -application org.ddistudio.cli.validate "$root/examples/toaster/toaster.ddi" || status=$?
[ "$status" -eq 0 ] || { cat "$work/validate-clean.log" >&2; fail "validate of examples/toaster/toaster.ddi exited $status, expected 0"; }
check_log "$work/validate-clean.log"
say "validate examples/toaster/toaster.ddi: exit 0"

status=0
run_eclipse "$work/validate-broken.log" -application org.ddistudio.cli.validate "$root/examples/broken/broken.ddi" || status=$?
[ "$status" -eq 1 ] || { cat "$work/validate-broken.log" >&2; fail "validate of examples/broken/broken.ddi exited $status, expected 1 (findings)"; }
grep -q "DDI[0-9]" "$work/validate-broken.log" || { cat "$work/validate-broken.log" >&2; fail "no rule code (DDInnn) in the findings on examples/broken/broken.ddi"; }
check_log "$work/validate-broken.log"
say "validate examples/broken/broken.ddi: exit 1, $(grep -c "DDI[0-9]" "$work/validate-broken.log") finding line(s) with rule codes"

say "PASSED"
