#!/usr/bin/env bash
# Lighthouse's four category scores for the login page, the dashboard and /invoices, on a phone
# (Lighthouse's default: Moto G power, slow 4G, simulated) and on a desktop, against a running demo
# portal. A measuring tool, not a test (README "Performance"). It needs Node, Lighthouse and Chromium:
#
#   npm i -g lighthouse          # or: npm i --prefix /tmp/lh lighthouse; LIGHTHOUSE=/tmp/lh/node_modules/.bin/lighthouse
#   mvn -o spring-boot:run       # the demo, in another shell
#   tools/lighthouse.sh [base-url] [msisdn]      # defaults: http://localhost:8080 91234567 (the demo's super user)
#
# It signs in as the demo would: the number, the code from the demo's SMS outbox (/dev/sms-outbox,
# loopback only), then passes the session cookie to Lighthouse. The reports are left in $OUT.
set -euo pipefail

BASE=${1:-http://localhost:8080}
MSISDN=${2:-91234567}
LIGHTHOUSE=${LIGHTHOUSE:-lighthouse}
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
OUT=${OUT:-$(mktemp -d /tmp/lighthouse.XXXXXX)}
export CHROME_PATH
mkdir -p "$OUT"

jar="$OUT/cookies.txt"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }

# Sign in: number → code from the outbox → session
token=$(curl -sf -c "$jar" -b "$jar" "$BASE/login" | csrf)
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "msisdn=$MSISDN" --data-urlencode "_csrf=$token" "$BASE/login"
token=$(curl -sf -c "$jar" -b "$jar" "$BASE/login/code" | csrf)
code=$(curl -sf "$BASE/dev/sms-outbox" | node -e '
    const to = "+47" + process.argv[1].replace(/\D/g, "").slice(-8);
    const sms = JSON.parse(require("fs").readFileSync(0, "utf8")).find(m => m.to === to && /\b\d{6}\b/.test(m.text));
    if (!sms) { process.exit(1); }
    console.log(sms.text.match(/\b(\d{6})\b/)[1]);' "$MSISDN")
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "code=$code" --data-urlencode "_csrf=$token" "$BASE/login/code"
session=$(awk '$6 == "SESSION" { print $7 }' "$jar")
[ -n "$session" ] || { echo "login failed: no SESSION cookie" >&2; exit 1; }

run() { # name path form-factor signed-in
    local name=$1 path=$2 form=$3 signed=$4 report="$OUT/$1-$3.json"
    local args=(--quiet --output=json --output-path="$report" --only-categories=performance,accessibility,best-practices,seo
        --chrome-flags="--headless=new --no-sandbox --disable-gpu")
    [ "$form" = desktop ] && args+=(--preset=desktop)
    [ "$signed" = yes ] && args+=(--extra-headers="{\"Cookie\":\"SESSION=$session\"}")
    "$LIGHTHOUSE" "$BASE$path" "${args[@]}" >/dev/null 2>"$OUT/$name-$form.log" || { echo "$name $form: lighthouse failed, see $OUT/$name-$form.log" >&2; return; }
    node -e '
        const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        const c = r.categories, s = k => String(Math.round(c[k].score * 100)).padStart(4);
        const lcp = r.audits["largest-contentful-paint"].displayValue, tbt = r.audits["total-blocking-time"].displayValue;
        const bytes = Math.round(r.audits["total-byte-weight"].numericValue / 1024);
        console.log(process.argv[2].padEnd(10) + process.argv[3].padEnd(8) + s("performance") + "   " + s("accessibility") + "   "
            + s("best-practices") + "   " + s("seo") + "   " + ("LCP " + lcp).padEnd(12) + ("TBT " + tbt).padEnd(12) + bytes + " KiB");' \
        "$report" "$name" "$form"
}

echo "page      device    perf   a11y   b.p.    seo   (final URL as given; reports in $OUT)"
for form in mobile desktop; do
    run login /login "$form" no
    run dashboard / "$form" yes
    run invoices /invoices "$form" yes
done
