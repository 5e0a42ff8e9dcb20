"""Restore the database from one of its backups or a chosen file, keeping the current one."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from minutes_app.domain.errors import message
from minutes_app.store import RestoreWouldLoseApprovals, StoreError
from minutes_app.store.backup import BackupInfo, list_backups, restore
from minutes_app.ui.interaction import Interaction

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreBackup", text)


def backup_label(backup: BackupInfo) -> str:
    """Return one line describing a backup: its kind, when it was made and its size."""
    kinds = {
        "daily": _tr("Sao lưu hằng ngày"),
        "before-restore": _tr("Trước lần khôi phục"),
        "before-migration": _tr("Trước khi nâng cấp"),
    }
    try:
        moment = dt.datetime.strptime(backup.stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
        if backup.kind == "daily":
            when = moment.strftime("%d/%m/%Y")
        else:
            when = moment.astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        when = backup.stamp
    try:
        size = f"{backup.path.stat().st_size / 1_048_576:.1f} MB".replace(".", ",")
    except OSError:
        size = "?"
    return f"{kinds.get(backup.kind, backup.kind)} — {when} — {size} — {backup.path.name}"


def restore_backup_interactively(
    path: Path,
    interaction: Interaction,
    *,
    language: str = "vi",
    restorer: Callable[..., Path | None] = restore,
) -> bool:
    """Let the user pick a backup of ``path`` and restore it; return True when restored.

    The current file is kept in the backup folder first (``store.backup.restore``); a
    backup that is not a sound minutes database is refused with its reason. A backup older
    than the approvals made since asks first, saying how many and which numbers are lost.
    """
    backups = list_backups(path)
    other = _tr("Chọn tệp sao lưu khác…")
    items = [backup_label(b) for b in backups] + [other]
    index = interaction.choose_item(
        _tr("Khôi phục bản sao lưu"), _tr("Chọn bản sao lưu để khôi phục:"), items
    )
    if index is None:
        return False
    if index < len(backups):
        source: Path | None = backups[index].path
    else:
        source = interaction.choose_open_file(
            _tr("Chọn tệp sao lưu"),
            str(path.parent),
            _tr("Cơ sở dữ liệu biên bản (*.sqlite *.db *.bak-*);;Mọi tệp (*)"),
        )
    if source is None:
        return False
    question = (
        _tr(
            "Thay cơ sở dữ liệu %1 bằng bản sao lưu %2?\n\nCơ sở dữ liệu hiện tại được giữ lại "
            "trong thư mục sao lưu."
        )
        .replace("%1", str(path))
        .replace("%2", str(source))
    )
    if not interaction.confirm(_tr("Khôi phục bản sao lưu"), question, ok_text=_tr("Khôi phục")):
        return False
    try:
        try:
            kept = restorer(path, source)
        except RestoreWouldLoseApprovals as loss:
            reason = message(loss, language)
            if not interaction.confirm(
                _tr("Bản sao lưu cũ hơn các lần duyệt"),
                _tr("%1\n\nVẫn khôi phục?").replace("%1", reason),
                default=False,
                ok_text=_tr("Vẫn khôi phục"),
            ):
                return False
            kept = restorer(path, source, force=True)
    except StoreError as exc:
        log.warning("restore of %s from %s failed: %s", path, source, exc)
        reason = message(exc, language)
        interaction.error(
            _tr("Không khôi phục được"),
            _tr("Không khôi phục được từ %1:\n%2").replace("%1", str(source)).replace("%2", reason),
        )
        return False
    text = _tr("Đã khôi phục cơ sở dữ liệu từ %1.").replace("%1", str(source))
    if kept is not None:
        text += "\n" + _tr("Bản cũ được giữ tại %1.").replace("%1", str(kept))
    interaction.information(_tr("Đã khôi phục"), text)
    return True
