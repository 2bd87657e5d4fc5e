#!/bin/sh
# A private PostgreSQL server for the test suite, on a Unix socket only (no TCP port).
#   packaging/test-postgres.sh start   # prints the database URL, or nothing if no server can be had
#   packaging/test-postgres.sh stop
# On Debian and Ubuntu, run as root, it installs the postgresql package when missing.
# Without PostgreSQL the PostgreSQL tests are skipped and say why.
set -u
action=${1:-start}
base=${MAISON_SOLIDARITE_PG_DIR:-/tmp/maison-solidarite-test-pg-$(id -u)}
port=55432

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "$action" = stop ]; then
    [ -n "$bindir" ] && [ -d "$base/data" ] && as_owner "$bindir/pg_ctl" -D "$base/data" -m fast stop >/dev/null 2>&1
    exit 0
fi

if [ -z "$bindir" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing PostgreSQL for the tests..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null 2>&1
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
[ -n "$bindir" ] || exit 0

mkdir -p "$base"
[ "$(id -u)" -eq 0 ] && chown postgres "$base"
if [ ! -f "$base/data/PG_VERSION" ]; then
    as_owner "$bindir/initdb" -D "$base/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null 2>&1 || exit 0
fi
if ! as_owner "$bindir/pg_ctl" -D "$base/data" status >/dev/null 2>&1; then
    as_owner "$bindir/pg_ctl" -D "$base/data" -w -l "$base/server.log" \
        -o "-k $base -p $port -c listen_addresses=''" start >/dev/null 2>&1 || exit 0
fi
as_owner "$bindir/psql" -h "$base" -p $port -U postgres -Atqc \
    "SELECT 1 FROM pg_database WHERE datname = 'maison_test'" | grep -q 1 \
    || as_owner "$bindir/createdb" -h "$base" -p $port -U postgres maison_test || exit 0
echo "postgresql+psycopg://postgres@/maison_test?host=$base&port=$port"
