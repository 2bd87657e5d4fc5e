#!/bin/sh
# LibreOffice Calc without its window, for the tests that read the app's spreadsheets with a
# real spreadsheet program (tests/test_libreoffice.py).
#   packaging/test-libreoffice.sh   # installs libreoffice-calc-nogui when soffice is missing
# As root on Debian and Ubuntu it installs the package (about 300 MB, once); elsewhere it
# says what to install and the tests that need it are skipped, saying why.
set -u
command -v soffice >/dev/null 2>&1 && exit 0
if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" -ne 0 ]; then
    echo "LibreOffice is missing: the spreadsheet tests will be skipped (as root: apt-get install libreoffice-calc-nogui)." >&2
    exit 0
fi
echo "Installing LibreOffice Calc (no window) for the spreadsheet tests..." >&2
(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui) >/dev/null 2>&1 \
    || echo "LibreOffice could not be installed: the spreadsheet tests will be skipped." >&2
exit 0
