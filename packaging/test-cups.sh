#!/bin/sh
# A CUPS printer for the test suite, "maison-test", whose jobs are captured as files.
#   packaging/test-cups.sh start   # prints "maison-test <folder>", or nothing if no CUPS can be had
#   packaging/test-cups.sh stop    # removes the queue and its folder (make test runs it at the end)
# As root on Debian and Ubuntu it installs CUPS when missing and starts its scheduler.
# Without it the printing tests are skipped and say why. "stop" leaves the machine as
# "start" found it: no queue, no folder, no capture backend, and no scheduler if it was
# "start" that started it (the CUPS package, once installed, stays).
# MAISON_SOLIDARITE_TEST_QUEUE names another queue (its folder is /tmp/<queue>-printer).
set -u
action=${1:-start}
printer=${MAISON_SOLIDARITE_TEST_QUEUE:-maison-test}
folder=/tmp/$printer-printer
backend_dir=/usr/lib/cups/backend
started=/tmp/maison-test-cupsd.pid   # the scheduler this script started, if it did

[ "$(id -u)" -eq 0 ] || exit 0   # a CUPS backend and queue are root's to install

if [ "$action" = stop ]; then
    if command -v lpadmin >/dev/null 2>&1 && lpstat -r 2>/dev/null | grep -q "is running"; then
        lpadmin -x "$printer" >/dev/null 2>&1
        # Another test queue may still use the backend and the scheduler.
        if ! lpstat -v 2>/dev/null | grep -q "maison-capture:"; then
            rm -f "$backend_dir/maison-capture"
            if [ -f "$started" ]; then
                pid=$(cat "$started")
                if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = cupsd ] && kill "$pid"; then
                    tries=0   # gone before a new start looks for it
                    while [ -d "/proc/$pid" ] && [ $tries -lt 50 ]; do tries=$((tries + 1)); sleep 0.1; done
                fi
                rm -f "$started"
            fi
        fi
    fi
    rm -rf "$folder"
    exit 0
fi

if ! command -v cupsd >/dev/null 2>&1 || ! command -v lp >/dev/null 2>&1; then
    command -v apt-get >/dev/null 2>&1 || exit 0
    echo "Installing CUPS for the printing tests..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cups cups-client cups-bsd) >/dev/null 2>&1 || exit 0
fi
[ -d "$backend_dir" ] || exit 0
cat > "$backend_dir/maison-capture" <<'BACKEND'
#!/bin/sh
# Test backend: keeps each job as a file, in the folder its device URI names, instead of
# sending it to paper.
if [ $# -eq 0 ]; then echo 'direct maison-capture "Unknown" "Maison de la Solidarite test capture"'; exit 0; fi
out=${DEVICE_URI#maison-capture:}
case "$out" in /tmp/*-printer) ;; *) out=/tmp/maison-test-printer ;; esac
mkdir -p "$out"
if [ -n "$6" ]; then cp "$6" "$out/job-$1"; else cat > "$out/job-$1"; fi
exit 0
BACKEND
chmod 0700 "$backend_dir/maison-capture"
if ! pgrep -x cupsd >/dev/null 2>&1; then
    cupsd || exit 0
    tries=0
    until pgrep -x cupsd >/dev/null 2>&1; do
        tries=$((tries + 1))
        [ $tries -gt 50 ] && exit 0
        sleep 0.1
    done
    pgrep -x cupsd | head -n 1 > "$started"
fi
tries=0
until lpstat -r 2>/dev/null | grep -q "is running"; do
    tries=$((tries + 1))
    [ $tries -gt 50 ] && exit 0
    sleep 0.2
done
lpadmin -p "$printer" -E -v "maison-capture:$folder" -m raw >/dev/null 2>&1 || exit 0
cupsaccept "$printer" >/dev/null 2>&1
cupsenable "$printer" >/dev/null 2>&1
echo "$printer $folder"
