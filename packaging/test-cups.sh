#!/bin/sh
# A CUPS printer for the test suite, "maison-test", whose jobs are captured as files.
#   packaging/test-cups.sh start   # prints "maison-test <folder>", or nothing if no CUPS can be had
# As root on Debian and Ubuntu it installs CUPS when missing and starts its scheduler.
# Without it the printing tests are skipped and say why.
set -u
printer=maison-test
folder=/tmp/maison-test-printer

[ "$(id -u)" -eq 0 ] || exit 0   # a CUPS backend and queue are root's to install
if ! command -v cupsd >/dev/null 2>&1 || ! command -v lp >/dev/null 2>&1; then
    command -v apt-get >/dev/null 2>&1 || exit 0
    echo "Installing CUPS for the printing tests..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cups cups-client cups-bsd) >/dev/null 2>&1 || exit 0
fi
backend_dir=/usr/lib/cups/backend
[ -d "$backend_dir" ] || exit 0
cat > "$backend_dir/maison-capture" <<'BACKEND'
#!/bin/sh
# Test backend: keeps each job as a file instead of sending it to paper.
if [ $# -eq 0 ]; then echo 'direct maison-capture "Unknown" "Maison de la Solidarite test capture"'; exit 0; fi
out=/tmp/maison-test-printer
mkdir -p "$out"
if [ -n "$6" ]; then cp "$6" "$out/job-$1"; else cat > "$out/job-$1"; fi
exit 0
BACKEND
chmod 0700 "$backend_dir/maison-capture"
pgrep -x cupsd >/dev/null 2>&1 || cupsd || exit 0
tries=0
until lpstat -r 2>/dev/null | grep -q "is running"; do
    tries=$((tries + 1))
    [ $tries -gt 50 ] && exit 0
    sleep 0.2
done
lpadmin -p "$printer" -E -v maison-capture:/ -m raw >/dev/null 2>&1 || exit 0
cupsaccept "$printer" >/dev/null 2>&1
cupsenable "$printer" >/dev/null 2>&1
echo "$printer $folder"
