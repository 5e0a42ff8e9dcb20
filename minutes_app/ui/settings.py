"""Per-user UI state in QSettings: geometry, recent database files, last folders, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Settings:
    """A typed wrapper over QSettings; documents live in the database, never here."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings if qsettings is not None else QSettings()

    def _str(self, key: str, default: str = "") -> str:
        value = self.qsettings.value(key, default)
        return value if isinstance(value, str) else default

    def _bool(self, key: str, default: bool) -> bool:
        value = self.qsettings.value(key, default)
        if isinstance(value, str):  # INI files give strings back
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    def _list(self, key: str) -> list[str]:
        value = self.qsettings.value(key, [])
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, (list, tuple)):
            return [str(v) for v in value if v]
        return []

    # Recent database files, most recent first.
    def recent_db_files(self) -> list[Path]:
        """Return the recently opened database files, most recent first."""
        return [Path(p) for p in self._list("db/recent")]

    def add_recent_db_file(self, path: Path) -> None:
        """Put ``path`` first in the recent database files."""
        text = str(Path(path).resolve())
        entries = [p for p in self._list("db/recent") if p != text]
        self.qsettings.setValue("db/recent", [text, *entries][:MAX_RECENT])

    def remove_recent_db_file(self, path: Path) -> None:
        """Forget ``path`` (it could not be opened)."""
        text = str(Path(path).resolve())
        self.qsettings.setValue("db/recent", [p for p in self._list("db/recent") if p != text])

    def clear_recent_db_files(self) -> None:
        """Forget every recent database file."""
        self.qsettings.setValue("db/recent", [])

    # Folders remembered between dialogs.
    def last_dir(self, purpose: str) -> str:
        """Return the folder last used for ``purpose`` (``export``, ``json``, ``db``)."""
        return self._str(f"dirs/{purpose}")

    def set_last_dir(self, purpose: str, folder: Path) -> None:
        """Remember the folder used for ``purpose``."""
        self.qsettings.setValue(f"dirs/{purpose}", str(folder))

    @property
    def open_after_export(self) -> bool:
        """Whether to open an exported file with the system's viewer."""
        return self._bool("export/open_after", True)

    @open_after_export.setter
    def open_after_export(self, value: bool) -> None:
        self.qsettings.setValue("export/open_after", bool(value))

    @property
    def language(self) -> str:
        """The chosen interface language: ``vi``, ``en`` or ``""`` (follow the system)."""
        value = self._str("ui/language")
        return value if value in ("vi", "en") else ""

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("ui/language", value if value in ("vi", "en") else "")

    @property
    def user_name(self) -> str:
        """The user's own name, used for approvals and comments."""
        return self._str("user/name")

    @user_name.setter
    def user_name(self, value: str) -> None:
        self.qsettings.setValue("user/name", value)

    @property
    def show_preview(self) -> bool:
        """Whether the PDF preview is shown beside the editor."""
        return self._bool("ui/show_preview", True)

    @show_preview.setter
    def show_preview(self, value: bool) -> None:
        self.qsettings.setValue("ui/show_preview", bool(value))

    @property
    def editor_text_size(self) -> int:
        """The editor's text size, in percent of the system font (100 by default)."""
        value = self.qsettings.value("ui/editor_text_size", 100)
        try:
            size = int(str(value))
        except ValueError:
            return 100
        return size if 50 <= size <= 300 else 100

    @editor_text_size.setter
    def editor_text_size(self, value: int) -> None:
        self.qsettings.setValue("ui/editor_text_size", int(value))

    @property
    def spell_check(self) -> bool:
        """Whether misspelt words are underlined as one types."""
        return self._bool("ui/spell_check", True)

    @spell_check.setter
    def spell_check(self, value: bool) -> None:
        self.qsettings.setValue("ui/spell_check", bool(value))

    @property
    def first_start_guide_shown(self) -> bool:
        """Whether the short first-start guide was shown (it is shown once)."""
        return self._bool("help/first_start_shown", False)

    @first_start_guide_shown.setter
    def first_start_guide_shown(self, value: bool) -> None:
        self.qsettings.setValue("help/first_start_shown", bool(value))

    def open_meetings(self, db_path: Path) -> list[int]:
        """Return the meetings that were open in ``db_path`` when the app last stopped."""
        if self._str("session/db") != str(Path(db_path).resolve()):
            return []
        ids = []
        for value in self._list("session/meetings"):
            try:
                ids.append(int(value))
            except ValueError:
                continue
        return ids

    def set_open_meetings(self, db_path: Path, meeting_ids: list[int]) -> None:
        """Remember the meetings open in ``db_path`` (reopened at the next start)."""
        self.qsettings.setValue("session/db", str(Path(db_path).resolve()))
        self.qsettings.setValue("session/meetings", [str(i) for i in meeting_ids])

    def state(self, key: str) -> QByteArray | None:
        """Return saved widget state (geometry, splitter, header) for ``key``."""
        value = self.qsettings.value(f"state/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, key: str, value: QByteArray) -> None:
        """Save widget state for ``key``."""
        self.qsettings.setValue(f"state/{key}", value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.qsettings.sync()
