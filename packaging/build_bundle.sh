#!/bin/sh
# Build the one-folder PyInstaller bundle dist/minutes-app/ (Linux; see windows/README.md for
# Windows). Installs PyInstaller into .venv when missing, builds the translations and icons first.
# Usage: packaging/build_bundle.sh   (from anywhere; PYTHON=... to use another interpreter)
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
py=${PYTHON:-.venv/bin/python}
if [ ! -x "$py" ]; then
  echo "Không thấy $py: chạy 'make test' hoặc 'make run' trước / run 'make test' first" >&2
  exit 1
fi
if ! "$py" -c 'import PyInstaller' >/dev/null 2>&1; then
  echo "Cài PyInstaller / installing PyInstaller into the venv"
  "$py" -m pip install --quiet 'pyinstaller>=6.6'
fi
"$py" packaging/build_translations.py >/dev/null
if [ -f resources/icons/minutes-app.svg ]; then
  QT_QPA_PLATFORM=offscreen "$py" packaging/make_icons.py >/dev/null
fi
rm -rf build/pyinstaller dist/minutes-app
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/minutes_app.spec
echo "Gói chương trình / bundle: $repo/dist/minutes-app ($(du -sh dist/minutes-app | cut -f1))"
