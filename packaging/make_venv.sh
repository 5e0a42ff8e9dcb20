#!/bin/sh
# Create the virtual environment VENV with PYTHON (make run / make test call this once).
# Checks the version and the venv module first, so a missing python3-venv is one clear line
# instead of a half-made .venv without pip.
# Usage: packaging/make_venv.sh PYTHON VENV
set -eu
python=${1:-python3}
venv=${2:-.venv}
if ! command -v "$python" >/dev/null 2>&1; then
  echo "Không thấy $python: cần Python 3.11 trở lên / $python not found: Python 3.11 or newer is needed" >&2
  exit 1
fi
"$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Cần Python 3.11 trở lên, đang có " + sys.version.split()[0] + " / Python 3.11 or newer is needed (found " + sys.version.split()[0] + ")")'
if ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  package=$("$python" -c 'import sys; print("python3.%d-venv" % sys.version_info[1])')
  echo "Thiếu mô-đun venv của Python / Python's venv module is missing: sudo apt-get install $package (Debian/Ubuntu), then run make again" >&2
  exit 1
fi
existed=no
[ -e "$venv" ] && existed=yes
if ! "$python" -m venv "$venv"; then
  # Leave no half-made environment behind: make would take it for a finished one.
  [ "$existed" = no ] && rm -rf "$venv"
  exit 1
fi
