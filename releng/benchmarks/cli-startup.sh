#!/usr/bin/env bash
# Start-up benchmark of the headless command line: the median of 5 cold starts (a new JVM each) of
# `./endpoint-atlas areas`, against baselines measured in the same run:
#   - `java -version` with the same JVM flags (the floor of any Java command);
#   - `./endpoint-atlas help` (the same start-up; it only skips composing the catalog);
#   - `./endpoint-atlas areas` on the default JDK without the ahead-of-time class cache (ENDPOINT_ATLAS_AOT=off).
# The first run after a build (which computes the headless bundle set and fills the framework cache) is not counted.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs=${RUNS:-5}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() { # label command...
  local label=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1; t1=$(date +%s.%N)
    times+=("$(awk "BEGIN {print $t1 - $t0}")")
  done
  printf '%-34s median %.3f s   runs: %s\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%.2f ' "${times[@]}")"
}
./endpoint-atlas areas >/dev/null   # warm-up: builds the product if needed, initialises the framework cache
measure "java -version (baseline)" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -version
measure "endpoint-atlas help (baseline)" ./endpoint-atlas help
measure "endpoint-atlas areas" ./endpoint-atlas areas
measure "areas without the AOT cache (baseline)" env ENDPOINT_ATLAS_AOT=off ./endpoint-atlas areas
measure "endpoint-atlas export --format hosts" ./endpoint-atlas export --format hosts
echo "target: endpoint-atlas areas median <= 1.0 s"
