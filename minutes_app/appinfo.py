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
