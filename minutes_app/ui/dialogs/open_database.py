"""Open the database at start-up; if it is unusable, offer another file or a new one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from minutes_app.domain.errors import message
from minutes_app.store import Database, StoreError
from minutes_app.ui.interaction import Interaction

log = logging.getLogger(__name__)

OPEN_OTHER, CREATE_NEW, RETRY, RESTORE = 0, 1, 2, 3


def _has_backups(path: Path) -> bool:
    try:
        from minutes_app.store.backup import list_backups

        return bool(list_backups(path))
    except Exception:  # no backup support or an unreadable folder: just do not offer it
        log.debug("cannot list backups of %s", path, exc_info=True)
        return False


def open_database_interactively(
    path: Path,
    interaction: Interaction,
    *,
    language: str = "vi",
    opener: Callable[..., Database] = Database.open,
    max_attempts: int = 20,
) -> Database | None:
    """Return the open database at ``path``, or one the user picks after an error; None to quit."""
    create = True
    for _ in range(max_attempts):
        try:
            return opener(path, create=create)
        except StoreError as exc:
            log.warning("cannot open %s: %s", path, exc)
            reason = message(exc, language)
            text = (
                QCoreApplication.translate(
                    "OpenDatabase",
                    "Không mở được tệp cơ sở dữ liệu:\n%1\n\n%2\n\nTệp này không bị thay đổi. "
                    "Bạn muốn làm gì?",
                )
                .replace("%1", str(path))
                .replace("%2", reason)
            )
            options = [
                QCoreApplication.translate("OpenDatabase", "Mở tệp khác…"),
                QCoreApplication.translate("OpenDatabase", "Tạo cơ sở dữ liệu mới…"),
                QCoreApplication.translate("OpenDatabase", "Thử lại"),
            ]
            if _has_backups(path):
                options.append(
                    QCoreApplication.translate("OpenDatabase", "Khôi phục từ bản sao lưu…")
                )
            choice = interaction.choose(
                QCoreApplication.translate("OpenDatabase", "Không mở được cơ sở dữ liệu"),
                text,
                options,
            )
        if choice == OPEN_OTHER:
            chosen = interaction.choose_open_file(
                QCoreApplication.translate("OpenDatabase", "Mở tệp cơ sở dữ liệu"),
                str(path.parent),
                QCoreApplication.translate(
                    "OpenDatabase", "Cơ sở dữ liệu biên bản (*.sqlite *.db);;Mọi tệp (*)"
                ),
            )
            if chosen is not None:
                path, create = chosen, False
        elif choice == CREATE_NEW:
            chosen = interaction.choose_save_file(
                QCoreApplication.translate("OpenDatabase", "Tạo cơ sở dữ liệu mới"),
                str(path.parent / "bien-ban.sqlite"),
                QCoreApplication.translate(
                    "OpenDatabase", "Cơ sở dữ liệu biên bản (*.sqlite *.db)"
                ),
            )
            if chosen is not None:
                if chosen.suffix.lower() not in (".sqlite", ".db"):
                    chosen = chosen.with_name(chosen.name + ".sqlite")
                path, create = chosen, True
        elif choice == RETRY:
            continue
        elif choice == RESTORE:
            from minutes_app.ui.dialogs.restore_backup import restore_backup_interactively

            restore_backup_interactively(path, interaction, language=language)
            create = False
        else:
            return None
    return None
