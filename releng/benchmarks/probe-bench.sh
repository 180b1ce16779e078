#!/usr/bin/env bash
# Probe benchmark (issue 6, item 9; a benchmark, not a test): 150 lab endpoints, 10 of them blackholed, each answered
# after 100 ms of server-side delay, probed with a 2 s timeout by
#   1. ./endpoint-atlas probe (one JVM, concurrent),
#   2. a sequential loop of curl,
#   3. xargs -P16 curl,
# all in the same run, over the same hosts and addresses. Prints the three wall times, the floor (the CLI's start-up
# plus one timeout plus one delay: a blackholed endpoint costs every tool one full timeout), and the probe's CPU time
# and peak memory.
#
# Hermetic: dnsmasq (no upstream) and the HTTPS server listen on loopback only. The blackholed address lives in a
# network namespace this script creates (iptables DROP inside it; 198.18.0.0/15, RFC 2544), used only after checking
# that its route goes through the namespace's veth; without root, a loopback listener with a full accept queue is
# the blackhole instead. Needs: java, dnsmasq, openssl, curl; as root also ip and iptables.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$PWD
N=${N:-150}; BLACKHOLED=${BLACKHOLED:-10}; DELAY_MS=${DELAY_MS:-100}; TIMEOUT_MS=${TIMEOUT_MS:-2000}
timeout_s=$(awk "BEGIN {print $TIMEOUT_MS / 1000}")
work=$(mktemp -d /tmp/probe-bench.XXXXXX)
pids=(); netns=""; veth=""
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "$netns" ] && ip netns del "$netns" 2>/dev/null || true
  [ -n "$veth" ] && ip link del "$veth" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
now() { date +%s.%N; }
since() { awk "BEGIN {printf \"%.2f\", $(now) - $1}"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo $(( 20000 + RANDOM % 20000 )); }

# --- certificates: a bench root and a wildcard server certificate
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj "/CN=Probe Bench Root" \
  -keyout "$work/ca.key" -out "$work/ca.pem" -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=bench.test" -keyout "$work/server.key" \
  -out "$work/server.csr" 2>/dev/null
printf 'subjectAltName=DNS:*.bench.test,DNS:*.blackhole.bench.test\nextendedKeyUsage=serverAuth\n' > "$work/ext.cnf"
openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial -days 2 \
  -extfile "$work/ext.cnf" -out "$work/server.pem" 2>/dev/null
openssl pkcs12 -export -inkey "$work/server.key" -in "$work/server.pem" -certfile "$work/ca.pem" -passout pass:bench \
  -out "$work/server.p12"

# --- the HTTPS server with its delay, and the loopback backlog blackhole
java -Xshare:auto -XX:+UseSerialGC "$ROOT/releng/benchmarks/ProbeBenchServer.java" "$work/server.p12" bench "$DELAY_MS" > "$work/server.out" 2>&1 &
pids+=($!)
for _ in $(seq 100); do grep -q TLS_PORT "$work/server.out" && break; sleep 0.1; done
read -r tls_port backlog_port < <(sed -E 's/TLS_PORT=([0-9]+) BACKLOG_PORT=([0-9]+)/\1 \2/' "$work/server.out")

# --- the blackhole: a network namespace as root, else the full backlog on loopback
black_ip=127.0.0.1; black_port=$backlog_port; black_kind="loopback listener with a full accept queue"
if [ "$(id -u)" -eq 0 ] && command -v iptables >/dev/null && command -v ip >/dev/null; then
  third=$(( RANDOM % 254 + 1 )); netns="eabench$$"; veth="eabh$$"
  if ip netns add "$netns" && ip link add "$veth" type veth peer name "eabn$$" && ip link set "eabn$$" netns "$netns" \
     && ip addr add "198.18.$third.1/30" dev "$veth" && ip link set "$veth" up \
     && ip netns exec "$netns" ip addr add "198.18.$third.2/30" dev "eabn$$" && ip netns exec "$netns" ip link set "eabn$$" up \
     && ip netns exec "$netns" iptables -A INPUT -j DROP \
     && ip route get "198.18.$third.2" | grep -q "dev $veth "; then
    black_ip=198.18.$third.2; black_port=443; black_kind="iptables DROP in network namespace $netns"
  else
    echo "probe-bench: no network namespace; using the loopback blackhole" >&2
    ip netns del "$netns" 2>/dev/null || true; ip link del "$veth" 2>/dev/null || true; netns=""; veth=""
  fi
fi

# --- dnsmasq, no upstream
dns_port=$(free_port)
dnsmasq --keep-in-foreground --no-resolv --no-hosts --bind-interfaces --listen-address=127.0.0.1 --port="$dns_port" \
  --cache-size=0 --pid-file= --address=/bench.test/127.0.0.1 --address=/blackhole.bench.test/"$black_ip" \
  ${SUDO_USER:+--user=root} 2> "$work/dnsmasq.err" &
pids+=($!)
sleep 0.3

# --- the catalog and the URL list (same hosts and addresses for every tool)
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<catalog:Catalog xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:catalog="http://endpointatlas.org/catalog/1.0" id="probe-bench" name="Probe benchmark" version="1">'
  echo '  <areas id="probe-bench" name="Probe benchmark endpoints">'
  for i in $(seq 1 "$N"); do
    if [ "$i" -le "$BLACKHOLED" ]; then host="b$i.blackhole.bench.test"; port=$black_port; ip=$black_ip
    else host="h$i.bench.test"; port=$tls_port; ip=127.0.0.1; fi
    echo "    <endpoints id=\"e$i\" pattern=\"$host\" scheme=\"https\" required=\"true\"><ports transport=\"tcp\" from=\"$port\"/></endpoints>"
    echo "https://$host:$port/ $host:$port:$ip" >> "$work/urls.txt"
  done
  echo '  </areas>'
  echo '</catalog:Catalog>'
} > "$work/bench.catalog"

curl_one() { # URL RESOLVE
  curl -s -o /dev/null --connect-timeout "$timeout_s" --max-time "$timeout_s" --cacert "$work/ca.pem" --resolve "$2" "$1" || true
}
export -f curl_one; export work timeout_s

echo "probe-bench: $N endpoints ($BLACKHOLED blackholed: $black_kind), ${DELAY_MS} ms server delay, ${TIMEOUT_MS} ms timeout"
./endpoint-atlas help > /dev/null   # builds the product if needed and warms the framework cache
t=$(now); ./endpoint-atlas help > /dev/null; startup=$(since "$t")

t=$(now)
set +e
/usr/bin/time -f "%U %S %M" -o "$work/time.txt" ./endpoint-atlas probe --catalog "$work/bench.catalog" --area probe-bench \
  --dns "127.0.0.1:$dns_port" --ca-file "$work/ca.pem" --timeout "$TIMEOUT_MS" --format json -o "$work/probe.json"
code=$?
set -e
ours=$(since "$t")
read -r user sys rss < <(tail -n 1 "$work/time.txt")
ok=$(grep -o '"outcome": "OK"' "$work/probe.json" | wc -l)
timeouts=$(grep -o '"outcome": "TCP_TIMEOUT"' "$work/probe.json" | wc -l)

t=$(now); while read -r url resolve; do curl_one "$url" "$resolve"; done < "$work/urls.txt"; sequential=$(since "$t")
t=$(now); xargs -P16 -L1 bash -c 'curl_one "$0" "$1"' < "$work/urls.txt"; parallel=$(since "$t")

floor=$(awk "BEGIN {printf \"%.2f\", $startup + $TIMEOUT_MS / 1000 + $DELAY_MS / 1000}")
printf '\n%-40s %8s\n' "what" "seconds"
printf '%-40s %8s\n' "endpoint-atlas probe (exit $code: $ok OK, $timeouts TCP_TIMEOUT)" "$ours"
printf '%-40s %8s\n' "sequential curl loop" "$sequential"
printf '%-40s %8s\n' "xargs -P16 curl" "$parallel"
printf '%-40s %8s\n' "floor: start-up $startup + timeout + delay" "$floor"
printf '\nprobe CPU time: %.2f s user + %.2f s system; peak RSS: %d MiB\n' "$user" "$sys" "$(( rss / 1024 ))"
awk -v o="$ours" -v f="$floor" -v s="$sequential" -v p="$parallel" 'BEGIN {
  printf "ours / floor = %.2f (target <= 1.3); ours / xargs -P16 = %.2f (target <= 1.5); sequential / ours = %.1f (target >= 10)\n", o/f, o/p, s/o }'
