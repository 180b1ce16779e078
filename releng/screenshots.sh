#!/usr/bin/env bash
# Screenshots of the real product with real data (issue 7, item 5). Builds nothing: run it after
#   ./mvnw clean verify
# It starts the built product under its own Xvfb display three times and writes
#   docs/screenshots/catalog-editor.png   the catalog editor on a built-in area (read-only)
#   docs/screenshots/overlay-editor.png   the overlay editor on examples/contoso.overlay, with the effective catalog
#   docs/screenshots/probe-view.png       the Probe view after a run against a tiny loopback lab with mixed outcomes
# and prints the product's start time to its first window (launch until the "window open" line the workbench prints,
# which comes after the editors of endpointatlas.ui.open opened) and the Probe view's UI-thread heartbeat line.
#
# The lab is hermetic, loopback only: dnsmasq with no upstream (lab names map to 127.0.0.1, nx.lab.test is NXDOMAIN,
# every other name is refused), a TLS server whose chain ends at a lab root given to the probe as its CA file, one
# whose root nobody knows, and a closed port. The probe's DNS server is that dnsmasq, so no name resolves elsewhere.
# Needs: java, Xvfb, ImageMagick (import), xdpyinfo, dnsmasq, openssl.
#   PRODUCT=DIR    the product to run (default: the one releng/org.endpointatlas.product builds)
#   OUT=DIR        where the PNGs go (default: docs/screenshots)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
PRODUCT=${PRODUCT:-$ROOT/releng/org.endpointatlas.product/target/products/org.endpointatlas.product/linux/gtk/x86_64}
OUT=${OUT:-$ROOT/docs/screenshots}
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
launcher=$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -1 || true)
if [ -z "$launcher" ]; then
  echo "screenshots.sh: no product at $PRODUCT; build it first (./mvnw clean verify)" >&2
  exit 2
fi
for tool in Xvfb import xdpyinfo dnsmasq openssl; do
  command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing" >&2; exit 2; }
done
mkdir -p "$OUT"
work=$(mktemp -d /tmp/atlas-screenshots.XXXXXX)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# --- a display of our own: the first free one from :90
display=""
for n in $(seq 90 199); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || { echo "screenshots.sh: no free X display" >&2; exit 2; }
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do DISPLAY=$display xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
DISPLAY=$display xdpyinfo >/dev/null 2>&1 || { echo "screenshots.sh: Xvfb did not start on $display" >&2; cat "$work/xvfb.log" >&2; exit 2; }
export DISPLAY=$display
echo "Xvfb on $display"

# --- the lab: certificates
cert() { # NAME CN ROOT_KEY ROOT_PEM [MORE_SANS] -> NAME.p12 signed by that root
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=$2" -keyout "$work/$1.key" -out "$work/$1.csr" 2>/dev/null
  printf 'subjectAltName=DNS:%s%s\nextendedKeyUsage=serverAuth\n' "$2" "${5:+,$5}" > "$work/$1.cnf"
  openssl x509 -req -in "$work/$1.csr" -CA "$4" -CAkey "$3" -CAcreateserial -days 2 -extfile "$work/$1.cnf" -out "$work/$1.pem" 2>/dev/null
  openssl pkcs12 -export -inkey "$work/$1.key" -in "$work/$1.pem" -certfile "$4" -passout pass:lab -out "$work/$1.p12"
}
root() { # NAME CN
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj "/CN=$2" -keyout "$work/$1.key" \
    -out "$work/$1.pem" -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
}
root lab-root "Endpoint Atlas Screenshot Lab Root"
root unknown-root "Unknown Root CA"
cert good good.lab.test "$work/lab-root.key" "$work/lab-root.pem" DNS:api.good.lab.test
cert untrusted untrusted.lab.test "$work/unknown-root.key" "$work/unknown-root.pem"

# --- the lab: two TLS servers (the benchmark's server: HTTPS on 127.0.0.1, 200 after a delay), a closed port, DNS
tls_server() { # NAME: starts it in this shell (so that cleanup knows its pid); its port is in $work/NAME.port
  "$JAVA" -Xshare:auto -XX:+UseSerialGC "$ROOT/releng/benchmarks/ProbeBenchServer.java" "$work/$1.p12" lab 20 > "$work/$1.out" 2>&1 &
  pids+=($!)
}
port_of() { # NAME
  for _ in $(seq 150); do grep -q TLS_PORT "$work/$1.out" && break; sleep 0.1; done
  sed -nE 's/TLS_PORT=([0-9]+) .*/\1/p' "$work/$1.out"
}
tls_server good
tls_server untrusted
good_port=$(port_of good)
untrusted_port=$(port_of untrusted)
[ -n "$good_port" ] && [ -n "$untrusted_port" ] || { echo "screenshots.sh: the lab's TLS servers did not start" >&2; cat "$work"/*.out >&2; exit 2; }
closed_port=$(free_port)
dns_port=$(free_port)
dnsmasq --keep-in-foreground --no-resolv --no-hosts --bind-interfaces --listen-address=127.0.0.1 --port="$dns_port" \
  --cache-size=0 --pid-file= --address=/lab.test/127.0.0.1 --address=/nx.lab.test/ ${SUDO_USER:+--user=root} \
  2> "$work/dnsmasq.err" &
pids+=($!)
sleep 0.3
kill -0 "${pids[-1]}" 2>/dev/null || { echo "screenshots.sh: dnsmasq did not start" >&2; cat "$work/dnsmasq.err" >&2; exit 2; }
echo "lab: dns 127.0.0.1:$dns_port, good TLS $good_port, untrusted TLS $untrusted_port, closed $closed_port"

# --- the user's catalog (in a home of its own) with the lab's endpoints, and the probe's preferences
mkdir -p "$work/home"
ep() { # PATTERN SCHEME PORT [probeHost]
  echo "    <endpoints pattern=\"$1\" scheme=\"$2\"${4:+ probeHost=\"$4\"}>"
  echo "      <ports transport=\"tcp\" from=\"$3\"/>"
  echo "      <sources document=\"lab\" section=\"Lab\"/>"
  echo "    </endpoints>"
}
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<catalog:Catalog xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:catalog="http://endpointatlas.org/catalog/1.0" id="screenshot-lab" name="Screenshot lab" version="2026.11">'
  echo '  <sources id="lab" title="The screenshot lab (loopback only)" url="https://lab.test/"/>'
  echo '  <areas id="screenshot-lab" name="Screenshot lab (loopback)">'
  ep good.lab.test https "$good_port"
  ep api.good.lab.test https "$good_port"
  ep mismatch.lab.test https "$good_port"
  ep untrusted.lab.test https "$untrusted_port"
  ep closed.lab.test https "$closed_port"
  ep nx.lab.test https 443
  ep '*.cdn.lab.test' https 443
  echo '  </areas>'
  echo '</catalog:Catalog>'
} > "$work/home/lab.catalog"
cat > "$work/customization.ini" <<EOF
org.endpointatlas.ui/dns.server=127.0.0.1:$dns_port
org.endpointatlas.ui/probe.timeoutMs=2000
org.endpointatlas.ui/probe.concurrency=16
org.endpointatlas.ui/probe.caFile=$work/lab-root.pem
EOF
cp "$ROOT/examples/contoso.overlay" "$work/contoso.overlay"

# --- one product run: NAME SECONDS_AFTER_WINDOW SYSTEM_PROPERTIES...; prints the start time to the window
shoot() {
  local name=$1 wait=$2 home=$3; shift 3
  local log="$work/$name.log" start window elapsed
  start=$(date +%s%N)
  # the JVM options of the installed launcher's workbench (features/org.endpointatlas.runtime.feature/rootfiles/linux),
  # without its class-data-sharing archive
  timeout 120 "$JAVA" -Xms64m -Xmx1g -XX:+UseSerialGC -XX:-UsePerfData -XX:CompileThresholdScaling=3 -Dendpointatlas.home="$home" -Dendpointatlas.ui.screenshotAndExit=$((wait + 4)) "$@" \
    -jar "$launcher" -consoleLog -data "$work/workspace-$name" -pluginCustomization "$work/customization.ini" \
    -eclipse.keyring "$work/secure_storage" > "$log" 2>&1 &
  local app=$!
  pids+=($app)
  for _ in $(seq 1200); do
    grep -q "window open" "$log" && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.05
  done
  window=$(date +%s%N)
  if ! grep -q "window open" "$log"; then
    echo "screenshots.sh: the product did not open its window ($name):" >&2; cat "$log" >&2; return 1
  fi
  elapsed=$(( (window - start) / 1000000 ))
  echo "$name: start to first window ${elapsed} ms (no class-data-sharing archive; releng/benchmarks/workbench-startup.sh measures the launcher)"
  sleep "$wait"
  import -window root "$OUT/$name.png"
  wait "$app" || true
  echo "$name: $OUT/$name.png"
}

mkdir -p "$work/editor-home"
shoot catalog-editor 4 "$work/editor-home" -Dendpointatlas.ui.open=builtin:org.endpointatlas.configmgr.updates/updates-and-servicing
shoot overlay-editor 5 "$work/editor-home" -Dendpointatlas.ui.open="$work/contoso.overlay"
shoot probe-view 7 "$work/home" -Dendpointatlas.ui.probeOnStart=screenshot-lab -Dendpointatlas.ui.heartbeatLog=true
grep -h "probe view:\|probe on start" "$work/probe-view.log" || true
