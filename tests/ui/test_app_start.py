"""Start-up: the app's identity, the error hook, recovering from a database that cannot open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from minutes_app import appinfo
from minutes_app.store import Database
from minutes_app.ui.app import ErrorHook, make_application
from minutes_app.ui.dialogs.open_database import CREATE_NEW, OPEN_OTHER, open_database_interactively
from minutes_app.ui.main_window import MainWindow
from tests.ui.placeholder_editor import PlaceholderEditor


def test_application_identity(qapp) -> None:
    app = make_application([])
    assert app is qapp
    assert QCoreApplication.applicationName() == appinfo.APP_NAME
    assert QCoreApplication.organizationName() == appinfo.ORGANIZATION
    assert QGuiApplication.desktopFileName() == appinfo.DESKTOP_ID


def test_error_hook_logs_and_shows_a_dialog(fake_interaction, tmp_path: Path) -> None:
    hook = ErrorHook(fake_interaction, tmp_path / "app.log")
    try:
        raise ValueError("hỏng rồi")
    except ValueError:
        hook(*sys.exc_info())
    kind, _title, text, details = fake_interaction.messages[-1]
    assert kind == "error" and "ValueError: hỏng rồi" in text and "app.log" in text
    assert "Traceback" in details


def test_a_good_database_opens_without_questions(fake_interaction, tmp_path: Path) -> None:
    db = open_database_interactively(tmp_path / "a.sqlite", fake_interaction)
    assert isinstance(db, Database)
    db.close()
    assert fake_interaction.asked == []


def test_a_bad_database_offers_another_file(fake_interaction, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    good = tmp_path / "good.sqlite"
    Database.open(good).close()
    fake_interaction.choose_answers = [OPEN_OTHER]
    fake_interaction.open_paths = [good]
    db = open_database_interactively(bad, fake_interaction)
    assert db is not None and Path(db.path) == good
    db.close()
    kind, _title, text = fake_interaction.asked[0]
    assert kind == "choose" and str(bad) in text
    assert bad.read_bytes() == b"not a database at all" * 100  # refused untouched


def test_a_bad_database_offers_a_new_one_or_quitting(fake_interaction, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"\x00" * 4096)
    fake_interaction.choose_answers = [CREATE_NEW]
    fake_interaction.save_paths = [tmp_path / "moi"]
    db = open_database_interactively(bad, fake_interaction)
    assert db is not None and Path(db.path) == tmp_path / "moi.sqlite"
    db.close()
    fake_interaction.choose_answers = [None]
    assert open_database_interactively(bad, fake_interaction) is None


def test_language_menu_stores_the_choice_for_the_next_start(
    qtbot, app_context, fake_interaction
) -> None:
    window = MainWindow(app_context, editor_factory=PlaceholderEditor)
    qtbot.addWidget(window)
    assert app_context.settings.language == ""
    assert window.act.languages[""].isChecked()
    window.act.languages["en"].trigger()
    assert app_context.settings.language == "en"
    assert window.act.languages["en"].isChecked()
    assert "khởi động lại" in fake_interaction.messages[-1][2]


def test_a_damaged_database_can_be_restored_from_its_backup(
    fake_interaction, tmp_path: Path
) -> None:
    from minutes_app.domain.model import Issuer, Meeting
    from minutes_app.store.backup import list_backups
    from minutes_app.ui.dialogs.open_database import RESTORE

    path = tmp_path / "minutes.sqlite"
    with Database.open(path) as db:
        db.create(Meeting(issuer=Issuer("UBND", "UBND"), title="Cuộc họp cũ"))
    backup = path.with_name(path.name + ".bak-v1-20260101T000000Z")  # a pre-migration copy
    backup.write_bytes(path.read_bytes())
    assert list_backups(path)
    path.write_bytes(b"\x00" * 4096)  # damaged
    fake_interaction.choose_answers = [RESTORE]
    fake_interaction.item_answers = [0]
    db = open_database_interactively(path, fake_interaction)
    assert db is not None and db.count() == 1
    db.close()


def test_the_first_start_of_the_day_makes_a_backup(
    qapp, fake_interaction, tmp_path: Path, seed_meeting
) -> None:  # noqa: ANN001
    from PySide6.QtCore import QSettings

    from minutes_app.store.backup import list_backups
    from minutes_app.ui.app import build_context
    from minutes_app.ui.settings import Settings

    path = tmp_path / "m.sqlite"
    with Database.open(path) as db:
        db.create(seed_meeting)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    for _ in range(2):  # a second start the same day adds nothing
        context = build_context(path, fake_interaction, settings, "vi")
        assert context is not None
        context.db.close()
    assert [b.kind for b in list_backups(path)] == ["daily"]
