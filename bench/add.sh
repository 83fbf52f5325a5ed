#!/usr/bin/env bash
# Times adding 100,000 links through `linksnap add -` into a fresh
# library, as the foundation issue measures it. Usage: bench/add.sh BIN
set -euo pipefail
bin="${1:?usage: bench/add.sh path/to/linksnap}"
n="${N:-100000}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT

seq 1 "$n" | awk '{ printf "https://site%d.example/articles/%d?utm_source=feed&id=%d\n", $1 % 997, $1, $1 }' > "$dir/urls.txt"

# run LABEL LIBRARY [FLAGS]: adds the links to the library folder LIBRARY.
run() {
  local label="$1" lib="$2"; shift 2
  local start end
  start=$(date +%s.%N)
  LINKSNAP_DATA_DIR="$dir/$lib" DISPLAY= "$bin" add "$@" - < "$dir/urls.txt" > "$dir/out" || true
  end=$(date +%s.%N)
  printf '%-34s %6.2f s   %s\n' "$label" "$(echo "$end - $start" | bc)" "$(cat "$dir/out")"
}

echo "adding $n links through linksnap add -"
run "new library, captures queued" a
run "new library, --no-capture" b --no-capture
run "same links again (duplicates)" b --no-capture
