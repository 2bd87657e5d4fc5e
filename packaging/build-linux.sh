#!/bin/sh
# Build the Linux one-folder bundle with PyInstaller, then run the bundle's own self-test
# offscreen. Usage: sh packaging/build-linux.sh   (or: make bundle)
# Result: dist/maison-solidarite/ (run dist/maison-solidarite/maison-solidarite), and
# dist/maison-solidarite-linux-x86_64.tar.gz to hand to the IT department.
set -eu
cd "$(dirname "$0")/.."
PY=${VENV:-.venv}/bin/python
if [ ! -x "$PY" ]; then
    echo "build-linux.sh: no virtual environment at ${VENV:-.venv}: run 'make bundle' instead" >&2
    exit 2
fi
"$PY" -m pip install --quiet -e '.[build]'
rm -rf dist/maison-solidarite build/pyinstaller
"$PY" -m PyInstaller --noconfirm --log-level ERROR --distpath dist --workpath build/pyinstaller \
    packaging/maison-solidarite.spec
cp resources/maison-solidarite.desktop resources/icons/maison-solidarite-256.png dist/maison-solidarite/
echo "Bundle: dist/maison-solidarite, $(du -sm dist/maison-solidarite | cut -f1) MB"
# The self-test runs the frozen program, not the sources: a file the spec forgot fails here.
QT_QPA_PLATFORM=offscreen dist/maison-solidarite/maison-solidarite --self-test
tar -czf "dist/maison-solidarite-linux-$(uname -m).tar.gz" -C dist maison-solidarite
echo "Archive: dist/maison-solidarite-linux-$(uname -m).tar.gz, $(du -sm "dist/maison-solidarite-linux-$(uname -m).tar.gz" | cut -f1) MB"
