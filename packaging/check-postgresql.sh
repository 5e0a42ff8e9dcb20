#!/bin/sh
# The office backend's tests start a throwaway PostgreSQL (15 or newer) of their own: install
# Debian's postgresql when it is missing (as root with apt), or say how. Never fails: without
# PostgreSQL the SQLite tests still run and the office tests are skipped with the reason.
command -v pg_ctl >/dev/null 2>&1 && exit 0
for ctl in /usr/lib/postgresql/*/bin/pg_ctl; do
  [ -x "$ctl" ] && exit 0
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing PostgreSQL for the office tests (apt-get install postgresql)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
    && exit 0
fi
echo "PostgreSQL is not installed: the office (PostgreSQL) tests will be skipped." >&2
echo "Install it with:  sudo apt-get install postgresql" >&2
exit 0
