#!/usr/bin/env bash
# Export at scale (issue "Speed and scale"): generates a catalog of 10,000 endpoints in 100 areas and one of 100,000
# endpoints in 1,000 areas, exports each with ./endpoint-atlas as hosts and as squid, and in the same run lets jq turn an
# equivalent Microsoft-365-style JSON (endpoint sets with "urls") into a host list: jq -r '.[].urls[]' | sort -u.
#
# Every run composes its output from the catalog file; nothing is cached between runs. For each command it prints the
# median wall time of RUNS runs (default 3) and the peak RSS of the process. "start-up" is the median of
# `export --format help` (the same JVM, framework and services, without loading a catalog); "export" is end-to-end minus
# start-up: load, compose and write. Each export run follows a start-up run and "export" is the median of the
# differences within these pairs, which the load of a shared machine disturbs less than two medians taken apart.
# "phases" is what the process itself measured for load, compose and write (ENDPOINT_ATLAS_TIMINGS=1), a cross-check.
#
# Each catalog is measured as XMI (.catalog) and in EMF's binary resource format (.catalogbin, "-bin" rows), which the
# script converts with releng/benchmarks/ToBinary.java; both must give the same bytes.
#
# Last, "warm" repeats the 100k export's load, compose and write in one JVM (releng/benchmarks/WarmExport.java) and
# prints the fastest round: the cost of the export's own code once the JIT has compiled it, without start-up.
#
# Targets: end to end <= 2 s per export; export <= jq's whole run; peak RSS <= 400 MB; cost linear in the size.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs=${RUNS:-3}
command -v jq >/dev/null || { echo "export-scale.sh: jq is missing (apt-get install -y jq)" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export HOME="$work/home"; mkdir -p "$HOME"

python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
for n, areas in ((10_000, 100), (100_000, 1_000)):
    per = n // areas
    sets = []
    with open(f"{work}/bench-{n}.catalog", "w") as x:
        x.write('<?xml version="1.0" encoding="UTF-8"?>\n<catalog:Catalog xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"'
                f' xmlns:catalog="http://endpointatlas.org/catalog/1.0" id="bench" version="{n}">\n'
                '  <sources id="bench-doc" title="Generated benchmark catalog" path="bench.md"/>\n')
        for a in range(areas):
            x.write(f'  <areas id="bench-area-{a:04d}" name="Benchmark area {a}">\n')
            urls = []
            for e in range(per):
                # one in ten a wildcard, one in four also on plain HTTP, like the Microsoft lists
                host = f"*.svc{e}.area{a:04d}.bench-example.net" if e % 10 == 0 else f"h{e}.area{a:04d}.bench-example.net"
                urls.append(host)
                if e % 4 == 0:
                    x.write(f'    <endpoints pattern="{host}" scheme="any"><ports transport="tcp" from="80"/>'
                            '<ports transport="tcp" from="443"/></endpoints>\n')
                else:
                    x.write(f'    <endpoints pattern="{host}" scheme="https"><ports transport="tcp" from="443"/></endpoints>\n')
            x.write('  </areas>\n')
            sets.append({"id": a + 1, "serviceArea": f"Bench{a}", "serviceAreaDisplayName": f"Benchmark area {a}", "urls": urls,
                         "tcpPorts": "80,443", "expressRoute": False, "category": "Default", "required": True})
        x.write('</catalog:Catalog>\n')
    with open(f"{work}/bench-{n}.json", "w") as j:
        json.dump(sets, j, indent=1)
PY

./endpoint-atlas areas >/dev/null   # builds the product if needed and warms the framework cache (not counted)

# the same catalogs in EMF's binary resource format (.catalogbin), converted with the product's own CatalogFiles
plugins=releng/org.endpointatlas.product/target/products/org.endpointatlas.product/linux/gtk/x86_64/plugins
classpath=$(ls "$plugins"/org.eclipse.emf.common_*.jar "$plugins"/org.eclipse.emf.ecore_*.jar "$plugins"/org.eclipse.emf.ecore.xmi_*.jar \
  "$plugins"/org.endpointatlas.catalog.model_*.jar "$plugins"/org.endpointatlas.core_*.jar "$plugins"/com.google.guava_*.jar \
  "$plugins"/com.google.guava.failureaccess_*.jar "$plugins"/org.endpointatlas.export_*.jar | tr '\n' ':')
for n in 10000 100000; do
  java -cp "$classpath" releng/benchmarks/ToBinary.java "$work/bench-$n.catalog" "$work/bench-$n.catalogbin"
done

# measure LABEL PAIRED COMMAND...: median wall time over $runs runs and the peak RSS (the launcher execs java, so the
# child's own rusage is the JVM's); with PAIRED=1 also the median of (COMMAND minus the start-up run just before it)
measure() {
  python3 - "$runs" "$@" <<'PY'
import os, statistics, subprocess, sys, time
runs, label, paired, command = int(sys.argv[1]), sys.argv[2], sys.argv[3] == "1", sys.argv[4:]
def run(command):
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ, ENDPOINT_ATLAS_TIMINGS="1"))
    stderr = process.stderr.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        sys.exit(f"{label}: {' '.join(command)} exited with {status}")
    # "endpoint-atlas: timings: load 0.123 s, compose 0.456 s, write 0.789 s": the phases measured inside the process
    phases = sum(float(part.split()[1]) for line in stderr.splitlines() if ": timings: " in line
                 for part in line.split(": timings: ")[1].split(", "))
    return time.perf_counter() - start, usage.ru_maxrss, phases
times, exports, inside, rss = [], [], [], 0
for _ in range(runs):
    startup = run(["./endpoint-atlas", "export", "--format", "help"])[0] if paired else 0.0
    seconds, peak, phases = run(command)
    times.append(seconds)
    exports.append(seconds - startup)
    inside.append(phases)
    rss = max(rss, peak)
print(f"{label}\t{statistics.median(times):.3f}\t{rss / 1024:.0f}\t{statistics.median(exports):.3f}\t{statistics.median(inside):.3f}")
PY
}

results="$work/results.tsv"
for n in 10000 100000; do
  catalog="$work/bench-$n.catalog"
  measure "$n start-up" 0 ./endpoint-atlas export --format help >>"$results"
  for format in hosts squid; do
    measure "$n $format" 1 ./endpoint-atlas export --format "$format" --catalog "$catalog" -o "$work/out-$n.$format" >>"$results"
    measure "$n $format-bin" 1 ./endpoint-atlas export --format "$format" --catalog "${catalog}bin" -o "$work/out-$n.$format-bin" >>"$results"
    cmp -s "$work/out-$n.$format" "$work/out-$n.$format-bin" || { echo "export-scale.sh: XMI and binary give different $format" >&2; exit 1; }
  done
  measure "$n jq" 0 bash -c "jq -r '.[].urls[]' '$work/bench-$n.json' | sort -u > '$work/out-$n.jq'" >>"$results"
  # the same hosts: every host jq lists is in the hosts export (which also holds the built-in catalog)
  missing=$(sort "$work/out-$n.hosts" | comm -13 - <(sort "$work/out-$n.jq") | wc -l)
  [ "$missing" = 0 ] || { echo "export-scale.sh: $missing hosts of the JSON are missing from the hosts export" >&2; exit 1; }
  echo "$n entries: hosts $(wc -l <"$work/out-$n.hosts") lines, $(wc -c <"$work/out-$n.hosts") bytes;" \
    "squid $(wc -l <"$work/out-$n.squid") lines, $(wc -c <"$work/out-$n.squid") bytes; jq $(wc -l <"$work/out-$n.jq") lines" >&2
done

# The same work once the JIT has compiled it: WarmExport repeats load, compose and write of the 100k binary catalog in
# one JVM (the launcher's C1-only flags, and the default tiered JIT) and prints its fastest round. No start-up, no
# built-in catalogs: what the export's own code costs, against which the cold figures show the JVM's warm-up.
warm="$work/warm.tsv"
jvm=java   # the launcher's JVM: a JDK 25 when there is one
for j in /usr/lib/jvm/temurin-2[5-9]*/bin/java /usr/lib/jvm/java-2[5-9]-*/bin/java; do [ -x "$j" ] && { jvm=$j; break; }; done
for format in hosts squid; do
  for jit in c1 tiered; do
    flags=(-XX:+UseSerialGC -Xmx2g -Xmn384m); [ "$jit" = c1 ] && flags+=(-XX:TieredStopAtLevel=1)
    printf '%s\t%s\t%s\n' "$format" "$jit" \
      "$("$jvm" "${flags[@]}" -cp "$classpath" releng/benchmarks/WarmExport.java "$work/bench-100000.catalogbin" "$format" 15)" >>"$warm"
  done
done

python3 - "$results" "$warm" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    label, seconds, rss, export, inside = line.rstrip("\n").split("\t")
    rows[label] = (float(seconds), int(rss), float(export), float(inside))
print(f"{'endpoints':>9}  {'command':<9} {'end to end':>10} {'export':>8} {'phases':>8} {'peak RSS':>9}")
ok = True
for n in (10000, 100000):
    startup = rows[f"{n} start-up"][0]
    jq = rows[f"{n} jq"][0]
    print(f"{n:>9}  {'start-up':<9} {startup:>9.3f}s {'':>8} {'':>8} {rows[f'{n} start-up'][1]:>6} MB")
    for command in ("hosts", "hosts-bin", "squid", "squid-bin"):
        seconds, rss, export, inside = rows[f"{n} {command}"]
        print(f"{n:>9}  {command:<9} {seconds:>9.3f}s {export:>7.3f}s {inside:>7.3f}s {rss:>6} MB")
        if n == 100000:
            ok &= seconds <= 2.0 and export <= jq and rss <= 400
    print(f"{n:>9}  {'jq':<9} {jq:>9.3f}s {jq:>7.3f}s {'':>8} {rows[f'{n} jq'][1]:>6} MB")
for command in ("hosts", "hosts-bin", "squid", "squid-bin"):
    small = rows[f"10000 {command}"][2]
    large = rows[f"100000 {command}"][2]
    print(f"{command}: export time 100k / 10k = {large / max(small, 0.001):.1f} (10 is linear)")
print("warm, in one JVM (100k binary, fastest of 15 rounds, no built-in catalogs): load + compose + write")
for line in open(sys.argv[2]):
    format, jit, phases = line.rstrip("\n").split("\t")
    load, compose, write = map(float, phases.split())
    print(f"  {format:<6} {jit:<7} {load:.3f} + {compose:.3f} + {write:.3f} = {load + compose + write:.3f}s   (jq {rows['100000 jq'][0]:.3f}s)")
print("targets (100k): end to end <= 2 s, export <= jq, peak RSS <= 400 MB:", "met" if ok else "NOT met")
PY
