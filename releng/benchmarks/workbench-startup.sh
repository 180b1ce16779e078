#!/usr/bin/env bash
# Start-up benchmark of the workbench (issue 7: start to first window, target <= 3 s). Builds nothing: run it after
#   ./mvnw verify -DskipTests
# It starts its own Xvfb and launches the built product exactly as a user does, through the installed launcher script
# (PRODUCT/endpoint-atlas with no arguments), RUNS times in each case:
#   first run    a fresh HOME, so a fresh workspace (~/.endpoint-atlas/.workbench) and no user catalogs (what the
#                installation itself caches, the framework state and the class-data archive, is there: an earlier
#                run, not counted, made it);
#   second run   a HOME whose workspace an earlier run (not counted) already wrote;
#   new install  (with INSTALL=1) a fresh HOME and a fresh copy of the product, as unpacked: nothing cached yet.
# A run's time is from the launch until the first workbench window, seen two ways:
#   log   the "window open" line the workbench prints after its window opened (postWindowOpen; the system property
#         endpointatlas.ui.screenshotAndExit=N prints it and closes the workbench N s later);
#   x11   a window of the workbench ("Endpoint Atlas") is mapped (xwininfo, polled every ~30 ms): the real window on
#         the screen, the figure that counts (the log line can come before the window is mapped, or after);
# and, as a check that nothing was only moved behind the window, until the Areas navigator shows the catalog ("areas
# shown" line, printed in unattended runs). It prints the medians, and as the floor the median of `java -version`.
#   RUNS=N        runs per case and variant (default 5)
#   BASELINE=1    also runs the previous launch (java -Xms64m -Xmx1g -jar plugins/org.eclipse.equinox.launcher_*.jar
#                 -consoleLog -data WORKSPACE, as the product's launcher script did before this benchmark), alternating
#                 with the launcher script's runs so that both see the same load
#   BASELINE_PRODUCT=DIR  the baseline runs that product (an older build) instead
#   COMPARE="VAR=VALUE ..."  also runs the launcher script with these environment variables (alternating too), for
#                 example COMPARE="ENDPOINT_ATLAS_AOT=off" or COMPARE="JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64"
#   COMPARE_PRODUCT=DIR  the compare runs use the launcher script of this product (another build) instead
#   INSTALL=1     also measures the "new install" case
#   PRODUCT=DIR   the product (default: the one releng/org.endpointatlas.product builds)
#   KEEP=DIR      keep the run logs there
# Needs: Xvfb, xwininfo and xdpyinfo (x11-utils), and the product's Java.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$PWD
PRODUCT=${PRODUCT:-$ROOT/releng/org.endpointatlas.product/target/products/org.endpointatlas.product/linux/gtk/x86_64}
RUNS=${RUNS:-5}
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -x "$PRODUCT/endpoint-atlas" ] || { echo "workbench-startup.sh: no product at $PRODUCT; build it first (./mvnw verify -DskipTests)" >&2; exit 2; }
for tool in Xvfb xwininfo xdpyinfo; do
  command -v "$tool" >/dev/null || { echo "workbench-startup.sh: $tool is missing (apt-get install xvfb x11-utils)" >&2; exit 2; }
done
work=$(mktemp -d /tmp/atlas-startup.XXXXXX)
xvfb=""
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP" && cp -r "$work"/*.log "$KEEP"/ 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

display=""
for n in $(seq 70 199); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || { echo "workbench-startup.sh: no free X display" >&2; exit 2; }
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 50); do DISPLAY=$display xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
DISPLAY=$display xdpyinfo >/dev/null 2>&1 || { echo "workbench-startup.sh: Xvfb did not start on $display" >&2; exit 2; }
export DISPLAY=$display

median() { awk 'NF' | sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# a window of the workbench (its name or class is "Endpoint Atlas"), if it is mapped (viewable)
window_mapped() {
  local id
  for id in $(xwininfo -root -tree 2>/dev/null | awk '/"Endpoint Atlas"/ {print $1}'); do
    xwininfo -id "$id" 2>/dev/null | grep -q "Map State: IsViewable" && return 0
  done
  return 1
}

# the product a variant runs
product_of() { case $1 in script) echo "$PRODUCT";; compare) echo "${COMPARE_PRODUCT:-$PRODUCT}";; baseline) echo "${BASELINE_PRODUCT:-$PRODUCT}";; esac; }

# a copy of PRODUCT as a new installation has it (no framework state, no class-data archive): PRODUCT DIR
fresh_install() {
  mkdir -p "$2/configuration"
  cp -a "$1"/. "$2"/
  find "$2/configuration" -mindepth 1 -maxdepth 1 ! -name config.ini ! -name org.eclipse.equinox.simpleconfigurator \
    ! -name org.eclipse.update -exec rm -rf {} +
}

# one launch: VARIANT HOME LOG PRODUCT; prints "LOG_MS X11_MS AREAS_MS" (AREAS_MS is - when the product prints no such
# line)
launch() {
  local variant=$1 home=$2 log=$3 product=$4 start app t_log="" t_x11="" t_areas="" t
  local props=(-Dendpointatlas.ui.screenshotAndExit=2)
  start=$(now_ms)
  case $variant in
    script)
      HOME=$home ENDPOINT_ATLAS_VMARGS="${props[*]}" timeout 120 "$product/endpoint-atlas" > "$log" 2>&1 & ;;
    compare)
      # shellcheck disable=SC2086 # COMPARE is a list of assignments
      env HOME="$home" ENDPOINT_ATLAS_VMARGS="${props[*]}" ${COMPARE:-} timeout 120 "$product/endpoint-atlas" > "$log" 2>&1 & ;;
    baseline)
      HOME=$home timeout 120 "$JAVA" -Xms64m -Xmx1g "${props[@]}" -jar "$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)" \
        -consoleLog -data "$home/.endpoint-atlas/.workbench" > "$log" 2>&1 & ;;
  esac
  app=$!
  while [ -z "$t_log" ] || [ -z "$t_x11" ] || [ -z "$t_areas" ]; do
    t=$(now_ms)
    [ -z "$t_x11" ] && window_mapped && t_x11=$((t - start))
    [ -z "$t_log" ] && grep -q "window open" "$log" && t_log=$(( $(now_ms) - start ))
    [ -z "$t_areas" ] && grep -q "areas shown" "$log" && t_areas=$(( $(now_ms) - start ))
    kill -0 "$app" 2>/dev/null || break
    [ $((t - start)) -gt 100000 ] && break
    sleep 0.03
  done
  wait "$app" 2>/dev/null || true
  if [ -z "$t_log" ] || [ -z "$t_x11" ]; then
    echo "workbench-startup.sh: no window ($variant, $log):" >&2; tail -20 "$log" >&2; return 1
  fi
  echo "$t_log $t_x11 ${t_areas:--}"
}

variants=(script)
[ "${BASELINE:-0}" = 1 ] && variants+=(baseline)
[ -n "${COMPARE:-}${COMPARE_PRODUCT:-}" ] && variants+=(compare)

echo "product: $PRODUCT"
echo "java: $("$JAVA" -version 2>&1 | head -1); Xvfb on $display; $RUNS runs per case; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
# warm-up, not counted: fills the framework cache of a fresh build (and whatever the launcher caches) for every variant;
# each variant gets the HOME its "second run" case reuses
for v in "${variants[@]}"; do
  mkdir -p "$work/home-$v"
  launch "$v" "$work/home-$v" "$work/warmup-$v.log" "$(product_of "$v")" > /dev/null || true
done

cases=(first second)
[ "${INSTALL:-0}" = 1 ] && cases+=(install)
declare -A results
floor=()
failed=0
for i in $(seq "$RUNS"); do
  t0=$(now_ms); "$JAVA" -version > /dev/null 2>&1; floor+=($(( $(now_ms) - t0 )))
  for case in "${cases[@]}"; do
    for v in "${variants[@]}"; do
      product=$(product_of "$v")
      case $case in
        first) home="$work/fresh-$v-$i"; mkdir -p "$home";;
        second) home="$work/home-$v";;
        install) home="$work/fresh-$v-$i"; mkdir -p "$home"; fresh_install "$product" "$work/install-$v-$i"; product="$work/install-$v-$i";;
      esac
      if ! r=$(launch "$v" "$home" "$work/$case-$v-$i.log" "$product"); then
        # a loaded machine's Xvfb now and then refuses a connection (gtk_init_check fails): not the product's doing
        if ! grep -q gtk_init_check "$work/$case-$v-$i.log" || ! r=$(launch "$v" "$home" "$work/$case-$v-$i.log" "$product"); then
          failed=$((failed + 1))
          continue
        fi
      fi
      read -r t_log t_x11 t_areas <<< "$r"
      results[$case-$v-log]+="$t_log "
      results[$case-$v-x11]+="$t_x11 "
      [ "$t_areas" != - ] && results[$case-$v-areas]+="$t_areas "
      [ "$case" != second ] && rm -rf "$home" "$work/install-$v-$i"
      echo "  run $i $case $v: window mapped $t_x11 ms, \"window open\" line $t_log ms, areas shown $t_areas ms" >&2
    done
  done
done

label() { case $1 in script) echo "launcher script";; baseline) echo "previous launch (baseline)";; compare) echo "script with ${COMPARE:-}${COMPARE_PRODUCT:+ of $COMPARE_PRODUCT}";; esac; }
echo
printf '%-48s' "median start to first window (ms)"; for c in "${cases[@]}"; do printf ' %-22s' "$c run"; done; echo
for v in "${variants[@]}"; do
  row() { # LABEL KIND
    printf '%-48s' "$1"; for c in "${cases[@]}"; do printf ' %-22s' "$(printf '%s\n' ${results[$c-$v-$2]:-} | median)"; done; echo
  }
  row "$(label "$v"): window mapped" x11
  row "  \"window open\" line" log
  row "  areas shown" areas
  for c in "${cases[@]}"; do printf '  %-46s %s\n' "runs, $c (window mapped)" "${results[$c-$v-x11]:-}"; done
done
printf '%-48s %s\n' "java -version (floor)" "$(printf '%s\n' "${floor[@]}" | median)"
[ "$failed" -eq 0 ] || echo "runs without a window: $failed (see the messages above)"
echo "target: start to first window <= 3000 ms"
[ "$failed" -eq 0 ]
