#!/bin/sh
# Check the system libraries Qt needs on Linux; install them (as root with apt)
# or print the exact command, instead of letting Qt fail with a cryptic message.
# Usage: check-system-libs.sh gui|offscreen
mode=${1:-gui}
[ "$(uname -s)" = Linux ] || exit 0
command -v ldconfig >/dev/null 2>&1 || exit 0
# library soname -> Debian/Ubuntu package
libs="libEGL.so.1:libegl1 libGL.so.1:libgl1 libfontconfig.so.1:libfontconfig1 libxkbcommon.so.0:libxkbcommon0 libdbus-1.so.3:libdbus-1-3 libglib-2.0.so.0:libglib2.0-0"
if [ "$mode" = gui ]; then
  libs="$libs libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-shape.so.0:libxcb-shape0 libxcb-xkb.so.1:libxcb-xkb1 libxcb-render-util.so.0:libxcb-render-util0 libxcb-image.so.0:libxcb-image0 libX11-xcb.so.1:libx11-xcb1"
fi
missing=""
for pair in $libs; do
  so=${pair%%:*}; pkg=${pair#*:}
  ldconfig -p 2>/dev/null | grep -q "$so" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the system libraries Qt needs:$missing"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$missing >/dev/null && exit 0
fi
echo "Qt needs system libraries that are missing:$missing" >&2
echo "Install them with:  sudo apt-get install$missing" >&2
exit 1
