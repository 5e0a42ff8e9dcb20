"""The application's identity, defined once: name, version, organisation, desktop id."""

from __future__ import annotations

APP_NAME = "minutes-app"
DISPLAY_NAME = "Biên bản cuộc họp"
DISPLAY_NAME_EN = "Meeting Minutes"
VERSION = "0.1.0"
ORGANIZATION = "minutes-app"
ORGANIZATION_DOMAIN = "minutes-app.vn"
DESKTOP_ID = "vn.minutes_app.MinutesApp"
DB_FILE_NAME = "minutes.sqlite"

# Packaging metadata (desktop file, AppStream, installer, About dialog) reads these too.
SUMMARY = "Soạn, duyệt và xuất biên bản cuộc họp đúng thể thức"
SUMMARY_EN = "Draft, review and export meeting minutes in the official layout"
COPYRIGHT = "© 2026 minutes-app team"
LICENSE = "LicenseRef-Proprietary"
HOMEPAGE = "https://minutes-app.vn"
RELEASE_DATE = "2026-11-25"  # date of VERSION, ISO 8601 (AppStream <release date=...>)
EXECUTABLE = "minutes-app"  # the command, the bundle folder and the Linux icon name
ICON_NAME = DESKTOP_ID  # the icon installed under hicolor carries the desktop id
