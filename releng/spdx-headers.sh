#!/usr/bin/env bash
# Adds the project's EPL-2.0 header to every hand-written source file that lacks it, or checks that
# every one has it.
#
#   releng/spdx-headers.sh [ROOT]           prepend the header where it is missing (idempotent)
#   releng/spdx-headers.sh --check [ROOT]   list the files without it; exit 1 when there is any
#
# Hand-written sources are *.java, *.xtext and *.mwe2 files under ROOT (the repository by default),
# except generated code (src-gen/, emf-gen/, xtend-gen/) and build output (target/, bin/), which are
# never edited by hand. A file "has the header" when its first line opens the header's box and its
# first ten lines carry the SPDX identifier: the check does not care about the year, so a file written
# in a later year with that year in its header passes as well.
#
# Why a script: the header is added to the whole tree in one commit, and new files must not slip
# through afterwards. The build runs the check (pom.xml, execution "spdx-headers") once
# <spdx.check.skip> is false there.
set -euo pipefail

check=false
if [ "${1:-}" = "--check" ]; then
  check=true
  shift
fi
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}

read -r -d '' HEADER <<'EOF' || true
/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
EOF

box='/*******************************************************************************'

has_header() {
  [ "$(head -n 1 "$1")" = "$box" ] && head -n 10 "$1" | grep -q '^ \* SPDX-License-Identifier: EPL-2.0$'
}

# NUL-separated, sorted so that the listing is stable
sources() {
  find "$root" \( -name src-gen -o -name emf-gen -o -name xtend-gen -o -name target -o -name bin \
    -o -name .git -o -name node_modules \) -prune \
    -o -type f \( -name '*.java' -o -name '*.xtext' -o -name '*.mwe2' \) -print0 | sort -z
}

missing=0
while IFS= read -r -d '' file; do
  has_header "$file" && continue
  missing=$((missing + 1))
  if $check; then
    echo "${file#"$root"/}"
  else
    tmp=$(mktemp "$file.XXXXXX")
    { printf '%s\n' "$HEADER"; cat "$file"; } > "$tmp"
    chmod --reference="$file" "$tmp"
    mv "$tmp" "$file"
  fi
done < <(sources)

if $check; then
  if [ "$missing" -gt 0 ]; then
    echo "$missing source file(s) above lack the EPL-2.0 header: run releng/spdx-headers.sh" >&2
    exit 1
  fi
else
  echo "added the EPL-2.0 header to $missing file(s)" >&2
fi
