#!/bin/sh
# Install the PyInstaller bundle (dist/minutes-app) with its desktop file, AppStream metainfo
# and hicolor icons. PREFIX defaults to ~/.local (no root needed); DESTDIR stages a package.
# Usage: packaging/linux/install.sh [BUNDLE_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
bundle=${1:-$repo/dist/minutes-app}
prefix=${PREFIX:-$HOME/.local}
dest=${DESTDIR:-}
id=vn.minutes_app.MinutesApp
exe=minutes-app

if [ ! -x "$bundle/$exe" ]; then
  echo "Không thấy gói chương trình / no bundle at $bundle (run 'make package' first)" >&2
  exit 1
fi
icons=${ICONS_DIR:-$repo/resources/icons/hicolor}
if [ ! -d "$icons" ]; then
  echo "Thiếu biểu tượng / icons missing: $icons (run packaging/make_icons.py)" >&2
  exit 1
fi

libdir="$dest$prefix/lib/$exe"
mkdir -p "$dest$prefix/lib" "$dest$prefix/bin" "$dest$prefix/share/applications" "$dest$prefix/share/metainfo" \
  "$dest$prefix/share/icons"
rm -rf "$libdir.new"
cp -R "$bundle" "$libdir.new"
rm -rf "$libdir"
mv "$libdir.new" "$libdir"
ln -sfn "$prefix/lib/$exe/$exe" "$dest$prefix/bin/$exe"
# The menu entry runs the installed program by its full path: ~/.local/bin may not be on PATH.
sed -e "s|^Exec=.*|Exec=$prefix/bin/$exe|" -e "s|^TryExec=.*|TryExec=$prefix/bin/$exe|" \
  "$here/$id.desktop" >"$dest$prefix/share/applications/$id.desktop"
cp "$here/$id.metainfo.xml" "$dest$prefix/share/metainfo/$id.metainfo.xml"
cp -R "$icons" "$dest$prefix/share/icons/"

if [ -z "$dest" ]; then
  command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$prefix/share/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
fi
echo "Đã cài / installed: $dest$prefix/bin/$exe"
