#!/bin/sh
# Installs the system libraries that Qt needs on Debian and Ubuntu, if any is missing.
#   packaging/install-system-deps.sh test   # offscreen: tests and PDF rendering
#   packaging/install-system-deps.sh run    # a real window (X11/xcb) as well
# It installs nothing when every library is already there, so it is safe to run twice.
set -eu
mode=${1:-run}

# library file -> Debian package
test_libs="libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon.so.0:libxkbcommon0
libfontconfig.so.1:libfontconfig1 libfreetype.so.6:libfreetype6 libglib-2.0.so.0:libglib2.0-0
libdbus-1.so.3:libdbus-1-3"
run_libs="libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4
libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-image.so.0:libxcb-image0
libxcb-render-util.so.0:libxcb-render-util0 libxcb-randr.so.0:libxcb-randr0
libxcb-shape.so.0:libxcb-shape0 libxcb-xfixes.so.0:libxcb-xfixes0 libxcb-xkb.so.1:libxcb-xkb1
libxkbcommon-x11.so.0:libxkbcommon-x11-0 libX11-xcb.so.1:libx11-xcb1"

wanted=$test_libs
[ "$mode" = run ] && wanted="$test_libs $run_libs"

missing=""
for pair in $wanted; do
    lib=${pair%%:*}
    pkg=${pair#*:}
    ldconfig -p 2>/dev/null | grep -q "$lib" || missing="$missing $pkg"
done
# A font for the offscreen platform and for the printed sheets.
fc-list 2>/dev/null | grep -qi dejavu || missing="$missing fonts-dejavu-core"
# Debian's python3 makes virtual environments only with python3-venv.
${PYTHON:-python3} -c "import ensurepip, venv" 2>/dev/null || missing="$missing python3-venv"

[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "Qt needs these system libraries, please install them:$missing" >&2
    exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "Qt needs these Debian packages; run as root: apt-get install$missing" >&2
    exit 1
fi
echo "Installing the system libraries Qt needs:$missing"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
