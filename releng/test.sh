#!/usr/bin/env bash
# Runs every test of Endpoint Atlas: the generated-code check, the Tycho build with all JUnit tests (the UI test under
# Xvfb), and the end-to-end test of the ./endpoint-atlas launcher. Installs missing apt packages when run as root.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(xvfb xauth libgtk-3-0 x11-utils imagemagick dnsmasq-base squid iproute2 iptables openssl curl python3-pacparser python3-jsonschema jq)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "test.sh: please install: ${missing[*]}" >&2; exit 2; fi
  echo "test.sh: installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

start=$(date +%s)
echo "== 1/3 generated EMF code is what the genmodel produces"
./mvnw -B -f releng/org.endpointatlas.codegen/pom.xml verify -Pcheck-generated

echo "== 2/3 build and JUnit tests (tycho-surefire; UI test under Xvfb)"
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B clean verify

echo "== 3/3 end-to-end: the ./endpoint-atlas launcher"
releng/tests/cli-e2e.sh

echo "== all tests passed in $(( $(date +%s) - start )) s"
