#!/bin/sh
# Validate the Linux desktop file and AppStream metainfo. Installs the validators (Debian:
# desktop-file-utils, appstream) when run as root with apt, else prints the command.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=vn.minutes_app.MinutesApp
missing=""
command -v desktop-file-validate >/dev/null 2>&1 || missing="$missing desktop-file-utils"
command -v appstreamcli >/dev/null 2>&1 || missing="$missing appstream"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$missing >/dev/null
  else
    echo "The validators are missing. Install them with:  sudo apt-get install$missing" >&2
    exit 1
  fi
fi
desktop-file-validate "$here/linux/$id.desktop"
appstreamcli validate --no-net "$here/linux/$id.metainfo.xml"
echo "OK: $id.desktop and $id.metainfo.xml are valid"
