#!/usr/bin/env bash
# End-to-end test of the real launcher (./endpoint-atlas) on the built product: the acceptance checks of the
# foundation issue, run the way an admin runs them. Exits non-zero on the first failed check.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export HOME="$work/home"; mkdir -p "$HOME"
failures=0; checks=0
check() { checks=$((checks+1)); if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures+1)); fi; }
run() { out=$(./endpoint-atlas "$@" 2>"$work/err"); code=$?; err=$(cat "$work/err"); }

expected_updates='*-umwatsonc.events.data.microsoft.com
*.akamaiedge.net
*.akamaitechnologies.com
*.manage.microsoft.com
ceuswatcab01.blob.core.windows.net
ceuswatcab02.blob.core.windows.net
cmbitsstore.blob.core.windows.net
configmgrbits.cdn.manage.microsoft.com
definitionupdates.microsoft.com
download.microsoft.com
download.visualstudio.microsoft.com
download.windowsupdate.com
eaus2watcab01.blob.core.windows.net
eaus2watcab02.blob.core.windows.net
go.microsoft.com
sccmconnected-a01.cloudapp.net
umwatsonc.events.data.microsoft.com
weus2watcab01.blob.core.windows.net
weus2watcab02.blob.core.windows.net'

run export --format hosts --area updates-and-servicing
check "export hosts = the unique hosts of the seed section" '[ "$code" = 0 ] && [ "$out" = "$expected_updates" ]'
check "retired configmgrbits.azureedge.net is left out by default" '! grep -qx configmgrbits.azureedge.net <<<"$out"'
run export --format hosts --area updates-and-servicing --include-retired
check "--include-retired brings configmgrbits.azureedge.net back" '[ "$code" = 0 ] && grep -qx configmgrbits.azureedge.net <<<"$out" && [ $(wc -l <<<"$out") = 20 ]'
run areas --format json
check "areas --format json lists both areas with counts and bundles" '[ "$code" = 0 ] && grep -q "\"endpoints\": 19" <<<"$out" && grep -q "\"bundle\": \"org.endpointatlas.configmgr.urlforwarding\"" <<<"$out"'
run export --format csv --area url-forwarding -o "$work/out/allow.csv"
check "-o writes the file, nothing on stdout" '[ "$code" = 0 ] && [ -z "$out" ] && head -1 "$work/out/allow.csv" | grep -q "^areas,pattern"'
cp "$work/out/allow.csv" "$work/before.csv"
run export --format nope -o "$work/out/allow.csv"
check "unknown format: exit 2, one line, file untouched" '[ "$code" = 2 ] && [ $(wc -l <<<"$err") = 1 ] && cmp -s "$work/before.csv" "$work/out/allow.csv"'
check "no temporary file is left next to the output" '[ $(ls -A "$work/out" | wc -l) = 1 ]'
touch "$work/umask-reference"
check "a new output file gets the umask's permissions (a proxy running as another user can read it)" \
  '[ "$(stat -c %a "$work/out/allow.csv")" = "$(stat -c %a "$work/umask-reference")" ]'
chmod 640 "$work/out/allow.csv"
run export --format csv --area url-forwarding -o "$work/out/allow.csv"
check "replacing an output file keeps its permissions" '[ "$code" = 0 ] && [ "$(stat -c %a "$work/out/allow.csv")" = 640 ]'
touch "$work/not-a-folder"
run export --format hosts -o "$work/not-a-folder/allow.txt"
check "an output that cannot be written: exit 2, one line naming the file, no stack trace" \
  '[ "$code" = 2 ] && [ $(wc -l <<<"$err") = 1 ] && grep -q "cannot write $work/not-a-folder/allow.txt: " <<<"$err" && ! grep -q "Exception" <<<"$err"'

printf 'not xml\n' > "$work/notxml.catalog"
printf '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<x>&e;</x>\n' > "$work/xxe.catalog"
head='<?xml version="1.0"?>\n<catalog:Catalog xmlns:xmi="http://www.omg.org/XMI" xmi:version="2.0" xmlns:catalog="http://endpointatlas.org/catalog/1.0" id="x">\n'
printf "$head"'  <areas id="a" flavour="x"/>\n</catalog:Catalog>\n' > "$work/attr.catalog"
for host in '*.com' 'exa mple.com' 'ex&quot;ample.com' '*.*.x.com'; do
  printf "$head"'  <areas id="a">\n    <endpoints pattern="%s"/>\n  </areas>\n</catalog:Catalog>\n' "$host" > "$work/host-${#host}.catalog"
done
for f in "$work"/*.catalog; do
  run export --format hosts --catalog "$f"
  check "bad input $(basename "$f"): exit 2, one line naming file and line, no stack trace" \
    '[ "$code" = 2 ] && [ -z "$out" ] && [ $(wc -l <<<"$err") = 1 ] && grep -q "$f:[0-9]" <<<"$err" && ! grep -q "Exception\|root:" <<<"$err"'
done

mkdir -p "$HOME/.endpoint-atlas"
printf "$head"'  <areas id="contoso" name="Contoso">\n    <endpoints pattern="sup01.corp.contoso.com"/>\n  </areas>\n</catalog:Catalog>\n' > "$HOME/.endpoint-atlas/contoso.catalog"
run export --format hosts --area contoso
check "the user-catalog home loads like --catalog" '[ "$code" = 0 ] && [ "$out" = sup01.corp.contoso.com ]'

# --- overlays: sovereign clouds and an organisation profile
run export --format hosts --cloud us-gov
check "us-gov: the US Government hosts are in" 'grep -qx management.usgovcloudapi.net <<<"$out" && grep -qx login.microsoftonline.us <<<"$out" && grep -qx "\*.manage.microsoft.us" <<<"$out"'
check "us-gov: the public hosts are out" '! grep -qx management.azure.com <<<"$out" && ! grep -qx login.microsoftonline.com <<<"$out"'
run export --format hosts --cloud china
check "china: warns about entries with no documented China equivalent" '[ "$code" = 0 ] && [ $(grep -c "no documented\|not documented for the china cloud" <<<"$err") -gt 20 ]'
run explain management.usgovcloudapi.net --cloud us-gov
check "explain shows the us-gov mapping and its source" '[ "$code" = 0 ] && grep -q "replaced management.azure.com with management.usgovcloudapi.net" <<<"$out" && grep -q "us-gov.overlay:[0-9]" <<<"$out"'
run export --format hosts --overlay examples/contoso.overlay
check "the Contoso profile resolves its parameters and adds its hosts" '[ "$code" = 0 ] && grep -qx contoso-cmg.westeurope.cloudapp.azure.com <<<"$out" && grep -qx sup01.corp.contoso.com <<<"$out"'
run export --format hosts --overlay examples/contoso.overlay --cloud us-gov
check "the Contoso profile layers on the us-gov overlay" '[ "$code" = 0 ] && grep -qx login.microsoftonline.us <<<"$out"'

ohead='<?xml version="1.0"?>\n<catalog:Overlay xmlns:xmi="http://www.omg.org/XMI" xmi:version="2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:catalog="http://endpointatlas.org/catalog/1.0" id="bad">\n'
printf "$ohead"'  <operations xsi:type="catalog:AddEndpoint" area="no-such-area">\n    <endpoints pattern="a.example.com"/>\n  </operations>\n</catalog:Overlay>\n' | sed 's/<endpoints/<endpoint/' > "$work/unknown-area.overlay"
printf "$ohead"'  <operations xsi:type="catalog:SetParameter" name="colour" value="blue"/>\n</catalog:Overlay>\n' > "$work/unknown-param.overlay"
printf "$ohead"'  <operations xsi:type="catalog:ReplacePattern" replacement="*.com">\n    <match pattern="go.microsoft.com"/>\n  </operations>\n</catalog:Overlay>\n' > "$work/bad-replacement.overlay"
printf "$ohead"'  <operations xsi:type="catalog:RemoveEndpoints" reason="a">\n    <match pattern="aka.ms"/>\n  </operations>\n  <operations xsi:type="catalog:PatchEndpoints">\n    <match pattern="aka.ms"/>\n    <notes>b</notes>\n  </operations>\n</catalog:Overlay>\n' > "$work/conflict.overlay"
printf '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<x>&e;</x>\n' > "$work/xxe.overlay"
cp "$work/attr.catalog" "$work/not-an-overlay.overlay"
for f in unknown-area unknown-param bad-replacement conflict xxe not-an-overlay; do
  rm -f "$work/out.txt"
  run export --format hosts --overlay "$work/$f.overlay" -o "$work/out.txt"
  check "bad overlay $f: exit 2, one line with file:line, no output file" \
    '[ "$code" = 2 ] && [ $(wc -l <<<"$err") = 1 ] && grep -q "$work/$f.overlay:[0-9]" <<<"$err" && [ ! -e "$work/out.txt" ] && ! grep -q "Exception\|root:" <<<"$err"'
done

# --- an organisation's own area bundle, dropped into a copy of the product
product=releng/org.endpointatlas.product/target/products/org.endpointatlas.product/linux/gtk/x86_64
example=$(ls examples/org.example.contoso.areas/target/org.example.contoso.areas-*.jar 2>/dev/null | head -1)
cp -r "$product" "$work/product" && rm -rf "$work/product/configuration/cli" && mkdir -p "$work/product/dropins"
[ -n "$example" ] && cp "$example" "$work/product/dropins/"
out=$("$work/product/endpoint-atlas" areas --format json 2>"$work/err"); code=$?; err=$(cat "$work/err")
check "a dropped-in area bundle appears in areas with its bundle" '[ "$code" = 0 ] && grep -q "\"id\": \"contoso-line-of-business\"" <<<"$out" && grep -q "\"bundle\": \"org.example.contoso.areas\"" <<<"$out"'
out=$("$work/product/endpoint-atlas" export --format hosts --area contoso-line-of-business 2>"$work/err"); code=$?
check "its endpoints export like the built-in ones" '[ "$code" = 0 ] && grep -qx licensing.contoso-apps.com <<<"$out"'

echo "$checks checks, $failures failed"
[ "$failures" = 0 ]
