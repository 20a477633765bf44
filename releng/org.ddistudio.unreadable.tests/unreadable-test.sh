#!/usr/bin/env bash
# Unreadable files and folders given to the command line (issue: hardening): each must be answered
# with "cannot read PATH: permission denied" and exit status 2, never a stack trace, and a readable
# file beside them must still be validated. The tests of the build run as root, which can read
# everything, so the CLI runs here as the unprivileged user 'nobody' (setpriv, util-linux) on copies
# of its jars that 'nobody' can read; as any other user it runs as that user.
# Usage: unreadable-test.sh JAVA CLI_BUNDLE_DIR
set -euo pipefail
java=$1
cli=$2
deps="$cli/target/dependencies-list.txt"
if [ ! -s "$deps" ]; then
  echo "unreadable test: $deps is missing (build org.ddistudio.cli first)" >&2
  exit 1
fi

work=$(mktemp -d)
cleanup() { chmod -R u+rwX "$work" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$work/lib" "$work/ws/locked folder" "$work/ws/dir with spaces"
while read -r jar; do
  [ -n "$jar" ] && cp "$jar" "$work/lib/"
done < "$deps"
example='package p
interface I { guid {11111111-2222-3333-4444-555555555555} version 1 VOID Ping(_In_ PVOID Context); }'
printf '%s\n' "$example" > "$work/ws/ok.ddi"
printf '%s\n' "$example" > "$work/ws/secret.ddi"
printf '%s\n' "$example" > "$work/ws/locked folder/inner.ddi"
printf '%s\n' "$example" > "$work/ws/dir with spaces/ünïcødé.ddi"
chmod -R a+rX "$work"
chmod 000 "$work/ws/secret.ddi" "$work/ws/dir with spaces/ünïcødé.ddi" "$work/ws/locked folder"

as_user=()
if [ "$(id -u)" = 0 ]; then
  if ! command -v setpriv >/dev/null 2>&1; then
    echo "unreadable test: running as root without setpriv (util-linux): cannot drop to an unprivileged user" >&2
    exit 1
  fi
  as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi

failures=0
# expect STATUS TEXT ARGS...: runs the CLI (bounded), checks its exit status and that stderr has TEXT
expect() {
  local status=$1 text=$2
  shift 2
  local out rc=0
  out=$(cd "$work" && timeout 120 "${as_user[@]}" "$java" -cp "$work/lib/*" org.ddistudio.cli.DdiCli "$@" 2>&1) || rc=$?
  if [ "$rc" != "$status" ] || ! grep -qF -- "$text" <<<"$out" || grep -q 'Exception\|^\s*at ' <<<"$out"; then
    echo "unreadable test: FAILED: ddi $* gave exit $rc (expected $status and '$text'):" >&2
    echo "$out" | grep -v '^WARNING: ' | head -20 >&2
    failures=$((failures + 1))
  else
    echo "unreadable test: ddi $*: exit $rc, '$text'"
  fi
}

expect 0 "0 errors" validate ws/ok.ddi
expect 2 "cannot read ws/secret.ddi: permission denied" validate ws/secret.ddi
expect 2 "cannot read ws/dir with spaces/ünïcødé.ddi: permission denied" validate ws/ok.ddi "ws/dir with spaces/ünïcødé.ddi"
expect 2 "cannot read ws/locked folder: permission denied" validate ws
expect 2 "cannot read ws/secret.ddi: permission denied" check ws/secret.ddi
expect 2 "cannot read ws/secret.ddi: permission denied" simulate ws/secret.ddi
expect 2 "cannot read ws/locked folder: permission denied" generate --out gen ws/ok.ddi "ws/locked folder"

if [ "$failures" -gt 0 ]; then
  echo "unreadable test: $failures failure(s)" >&2
  exit 1
fi
echo "unreadable test: PASSED"
