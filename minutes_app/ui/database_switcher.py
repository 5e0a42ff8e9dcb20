"""Which database the window shows: open another, create one, the recent ones, restore a backup.

The one owner of the store swap: it saves and closes the open meetings (``MeetingTabs``), ends
the verbs on the old file, puts the new ``Database`` in the context and closes the old one.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from minutes_app.store import Database, StoreError
from minutes_app.ui.context import AppContext
from minutes_app.ui.errors import report_error
from minutes_app.ui.meeting_tabs import MeetingTabs

log = logging.getLogger(__name__)

DB_FILTERS = "*.sqlite *.db"


class DatabaseSwitcher(QObject):
    """Open, create, switch and restore the database shown by the window.

    Emits ``closing()`` just before the shown database is let go (the window stops hearing
    it), ``switched(path)`` once another database is shown, ``restored()`` once a restored
    database is open again, and ``gave_up()`` when after a restore no database could be
    opened (nothing is left to show).
    """

    closing = Signal()
    switched = Signal(Path)
    restored = Signal()
    gave_up = Signal()

    def __init__(self, context: AppContext, tabs: MeetingTabs, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = tabs

    def open_other_database(self) -> bool:
        folder = str(self.context.db_path.parent)
        path = self.context.interaction.choose_open_file(
            self.tr("Mở tệp cơ sở dữ liệu"),
            folder,
            self.tr("Cơ sở dữ liệu biên bản (%1);;Mọi tệp (*)").replace("%1", DB_FILTERS),
        )
        return self.switch_database(path, create=False) if path else False

    def create_database(self) -> bool:
        folder = self.context.db_path.parent / "bien-ban.sqlite"
        path = self.context.interaction.choose_save_file(
            self.tr("Tạo tệp cơ sở dữ liệu mới"),
            str(folder),
            self.tr("Cơ sở dữ liệu biên bản (%1)").replace("%1", DB_FILTERS),
        )
        if path is None:
            return False
        if path.suffix.lower() not in (".sqlite", ".db"):
            path = path.with_name(path.name + ".sqlite")
        if path.exists():
            self.context.interaction.error(
                self.tr("Tạo tệp cơ sở dữ liệu mới"),
                self.tr("Tệp %1 đã có; hãy dùng “Mở tệp cơ sở dữ liệu khác…” để mở nó.").replace(
                    "%1", str(path)
                ),
            )
            return False
        return self.switch_database(path, create=True)

    def switch_database(self, path: Path, *, create: bool = False) -> bool:
        """Save and close the open meetings, then show the database at ``path``."""
        if Path(path).resolve() == self.context.db_path.resolve():
            return True
        if not self.tabs.flush_all():
            return False
        try:
            new_db = Database.open(path, create=create)
        except StoreError as exc:
            report_error(self.context, self.tr("Không mở được tệp cơ sở dữ liệu"), exc)
            if not create:
                self.context.settings.remove_recent_db_file(Path(path))
            return False
        self.tabs.close_all()
        self.closing.emit()
        old = self.context.db
        self.context.tasks.close_database()  # the verbs started so far end on the old file
        self.context.db = new_db
        if self.context.user_name.strip():
            new_db.user_name = self.context.user_name.strip()
        self.context.db_path = Path(path)
        try:
            old.close()
        except Exception:  # the old file may be gone; nothing to save there
            log.warning("closing the previous database failed", exc_info=True)
        self.context.settings.add_recent_db_file(Path(path))
        self.switched.emit(Path(path))
        return True

    def fill_recent_menu(self, menu: QMenu) -> None:
        """Fill ``menu`` with the recent databases (the shown one left out) and "clear"."""
        menu.clear()
        current = self.context.db_path.resolve()
        recent = [p for p in self.context.settings.recent_db_files() if p != current]
        for path in recent:
            action = menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.switch_database(p))
        if not recent:
            empty = menu.addAction(self.tr("(chưa có)"))
            empty.setEnabled(False)
            return
        menu.addSeparator()
        clear = menu.addAction(self.tr("Xóa danh sách"))
        clear.triggered.connect(self.context.settings.clear_recent_db_files)

    def restore_backup(self) -> bool:
        """Replace the database with one of its backups, after saving and closing everything."""
        from minutes_app.ui.dialogs.open_database import open_database_interactively
        from minutes_app.ui.dialogs.restore_backup import restore_backup_interactively

        if not self.tabs.flush_all():
            return False
        self.tabs.close_all()
        path = self.context.db_path
        self.context.tasks.close_database()  # the worker lane's connection too
        self.context.db.close()  # never restore under an open connection
        restored = False
        try:
            restored = restore_backup_interactively(
                path, self.context.interaction, language=self.context.language
            )
        except Exception as exc:  # whatever happened, the database must be opened again
            report_error(self.context, self.tr("Không khôi phục được"), exc)
        db = open_database_interactively(
            path, self.context.interaction, language=self.context.language
        )
        if db is None:  # the user gave up: nothing left to show
            self.gave_up.emit()
            return False
        self.context.db = db
        self.context.db_path = Path(db.path)
        self.restored.emit()
        return restored
