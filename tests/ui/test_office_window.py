"""The window on the office database: opened from a URI, the login acts, the password from the keyring."""

from __future__ import annotations

import os
import sys
import types
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

from minutes_app.services import office
from minutes_app.store.postgres.target import parse_target
from tests.store.conftest import make_meeting


def test_the_window_opens_the_office_database(
    qapp: Any, fake_interaction: Any, tmp_path: Path, office_uri: str
) -> None:
    from PySide6.QtCore import QSettings

    from minutes_app.ui.app import build_context
    from minutes_app.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.user_name = "Tên gõ trong Tùy chọn"
    context = build_context(office_uri, fake_interaction, settings, "vi")
    assert context is not None
    try:
        db = context.db
        assert db.backend == "postgresql" and db.identity().login == "postgres"
        record = db.create(make_meeting())
        # The preferences' name is not who acts in the office: the login is.
        assert [e.by for e in db.review.audit(record.id)] == ["postgres"]
        # A worker thread opens its own connection without asking again.
        with db.reopen() as other:
            assert other.get(record.id) == record
    finally:
        context.db.close()
    assert settings.recent_db_files() == []  # a URI is not a file to offer again


def test_the_window_reports_an_unreachable_server(
    qapp: Any, fake_interaction: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from minutes_app.ui.app import build_context
    from minutes_app.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert build_context("postgresql://hoa@127.0.0.1:9/x", fake_interaction, settings, "en") is None
    assert any(
        kind == "error" and "cannot reach" in text
        for kind, _t, text, _d in fake_interaction.messages
    )


def test_the_keyring_is_offered_first_then_the_question(monkeypatch: pytest.MonkeyPatch) -> None:
    kept: dict[tuple[str, str], str] = {}
    fake = types.SimpleNamespace(
        get_password=lambda service, account: kept.get((service, account)),
        set_password=lambda service, account, pw: kept.__setitem__((service, account), pw),
    )
    monkeypatch.setitem(sys.modules, "keyring", fake)
    target = parse_target("postgresql://hoa@may-chu:5432/bienban")
    assert office.keyring_available() and office.saved_password(target) is None
    assert office.remember_password(target, "mật khẩu")
    assert kept == {("minutes-app", "hoa@may-chu:5432/bienban"): "mật khẩu"}
    asked: list[object] = []
    prompt = office.keyring_prompt(lambda t: asked.append(t) or "gõ tay")
    assert prompt(target) == "mật khẩu"  # the kept one first
    assert prompt(target) == "gõ tay" and asked == [target]  # then the question


@pytest.fixture
def hoa_without_password(pg_cluster: Any, office_uri: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """Return the URI of the login "hoa" (a password on the server, none on this PC)."""
    import psycopg

    from tests.office import ensure_login

    with psycopg.connect(office_uri, autocommit=True) as conn:
        ensure_login(conn, "hoa", full_name="Lê Thị Hoa", password=HOA_PASSWORD)
    for name in [n for n in os.environ if n.startswith("PG")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")  # no password file either
    return pg_cluster.login_uri("hoa", urllib.parse.urlsplit(office_uri).path.lstrip("/"))


HOA_PASSWORD = "Mật-khẩu-2026"


def _fake_keyring(monkeypatch: pytest.MonkeyPatch) -> dict[tuple[str, str], str]:
    kept: dict[tuple[str, str], str] = {}
    fake = types.SimpleNamespace(
        get_password=lambda service, account: kept.get((service, account)),
        set_password=lambda service, account, pw: kept.__setitem__((service, account), pw),
    )
    monkeypatch.setitem(sys.modules, "keyring", fake)
    return kept


def _start(uri: str, fake_interaction: Any, tmp_path: Path) -> Any:
    from PySide6.QtCore import QSettings

    from minutes_app.ui.app import build_context
    from minutes_app.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return build_context(uri, fake_interaction, settings, "vi")


def test_the_window_asks_for_the_password_again_after_a_wrong_one_and_keeps_it(
    qapp: Any,
    fake_interaction: Any,
    tmp_path: Path,
    hoa_without_password: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = _fake_keyring(monkeypatch)
    fake_interaction.password_answers = [("sai-rồi", True), (HOA_PASSWORD, True)]
    context = _start(hoa_without_password, fake_interaction, tmp_path)
    assert context is not None, (fake_interaction.messages, fake_interaction.asked)
    try:
        assert context.db.identity().login == "hoa"
        # A worker thread opens its own connection with the password that opened this one.
        with context.db.reopen() as other:
            assert other.identity().login == "hoa"
    finally:
        context.db.close()
    asked = [text for kind, _title, text in fake_interaction.asked if kind == "password"]
    assert len(asked) == 2 and all("hoa" in text and "[remember]" in text for text in asked)
    assert "không nhận" not in asked[0] and "không nhận mật khẩu vừa dùng" in asked[1]
    assert list(kept.values()) == [HOA_PASSWORD]  # only the one that opened the database
    assert not fake_interaction.errors()

    # The next start takes the kept password and asks nothing.
    fake_interaction.asked.clear()
    again = _start(hoa_without_password, fake_interaction, tmp_path)
    assert again is not None
    again.db.close()
    assert [kind for kind, _t, _x in fake_interaction.asked] == []


def test_cancelling_the_password_question_closes_quietly(
    qapp: Any,
    fake_interaction: Any,
    tmp_path: Path,
    hoa_without_password: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # no keyring: nothing offered to keep
    fake_interaction.password_answers = [None]
    assert _start(hoa_without_password, fake_interaction, tmp_path) is None
    asked = [text for kind, _title, text in fake_interaction.asked if kind == "password"]
    assert len(asked) == 1 and "[remember]" not in asked[0]
    assert not fake_interaction.errors()  # the user chose not to log in: no error dialog


def test_three_wrong_passwords_are_refused_with_a_message(
    qapp: Any,
    fake_interaction: Any,
    tmp_path: Path,
    hoa_without_password: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = _fake_keyring(monkeypatch)
    fake_interaction.password_answers = [("a", True), ("b", True), ("c", True)]
    assert _start(hoa_without_password, fake_interaction, tmp_path) is None
    assert kept == {}  # a refused password is never kept
    assert len(fake_interaction.errors()) == 1


def test_the_password_dialog_hides_what_is_typed(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLineEdit

    from minutes_app.ui.password_dialog import PasswordDialog

    dialog = PasswordDialog("Đăng nhập", "Mật khẩu của hoa:", offer_remember=True)
    qtbot.addWidget(dialog)
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.ok.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.field, "bi-mat")  # (QTest types ASCII only)
    assert dialog.ok.isEnabled() and dialog.password() == "bi-mat"
    dialog.keep.setChecked(True)
    assert dialog.remember()
    hidden = PasswordDialog("Đăng nhập", "Mật khẩu:", offer_remember=False)
    qtbot.addWidget(hidden)
    hidden.keep.setChecked(True)
    assert hidden.keep.isHidden() and not hidden.remember()


def test_without_the_keyring_package_nothing_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # import fails
    target = parse_target("postgresql://hoa@may-chu/bienban")
    assert not office.keyring_available()
    assert office.saved_password(target) is None and not office.remember_password(target, "x")


# -- working together: other PCs' changes appear, a server that went away ----------------------

WAIT_MS = 30_000  # an upper bound for a loaded machine; the window does not poll


def _office_window(qtbot: Any, uri: str, fake_interaction: Any, tmp_path: Path) -> Any:
    from PySide6.QtCore import QSettings

    from minutes_app.ui.app import build_context
    from minutes_app.ui.main_window import MainWindow
    from minutes_app.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    context = build_context(uri, fake_interaction, settings, "vi")
    assert context is not None
    win = MainWindow(context)
    win.act.preview.setChecked(False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    assert win.office.listener is not None
    qtbot.waitUntil(win.office.listener.listening.is_set, timeout=WAIT_MS)
    return win


def _close(win: Any) -> None:
    win.close()
    assert win.office.listener is None  # closing stops the listening thread and its connection
    win.context.db.close()


def _statuses(win: Any) -> dict[int, str]:
    return {s.id: s.status.value for s in win.list_page.model.summaries()}


def test_the_list_and_an_open_tab_show_what_another_pc_did(
    qtbot: Any, fake_interaction: Any, tmp_path: Path, office_uri: str
) -> None:
    from tests.office import open_acting

    with open_acting(office_uri) as secretary:
        drafted = secretary.create(make_meeting("Họp tổ 1")).id
        open_draft = secretary.create(make_meeting("Họp tổ 2")).id
    win = _office_window(qtbot, office_uri, fake_interaction, tmp_path)
    try:
        tab = win.open_meeting(open_draft)
        assert tab is not None and tab.editor.is_saved()
        with open_acting(office_uri) as secretary:
            secretary.user_name = "hoa"
            new = secretary.create(make_meeting("Họp tổ 3")).id  # a new meeting appears
            secretary.review.submit(drafted, "")  # the chair's list shows it in review
            edited = secretary.get(open_draft)
            edited.meeting.title = "Họp tổ 2 (sửa ở máy khác)"
            secretary.update(open_draft, edited.meeting, expected_version=edited.version)
        qtbot.waitUntil(
            lambda: _statuses(win).get(drafted) == "in_review" and new in _statuses(win),
            timeout=WAIT_MS,
        )
        # The open tab had nothing unsaved: it shows their version.
        qtbot.waitUntil(
            lambda: tab.editor.meeting().title == "Họp tổ 2 (sửa ở máy khác)", timeout=WAIT_MS
        )
        assert tab.editor.is_saved()
    finally:
        _close(win)


def test_an_open_tab_with_unsaved_typing_keeps_it(
    qtbot: Any, fake_interaction: Any, tmp_path: Path, office_uri: str
) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.office import open_acting
    from tests.ui.editor.conftest import type_text

    with open_acting(office_uri) as secretary:
        meeting_id = secretary.create(make_meeting("Họp tổ 1")).id
    win = _office_window(qtbot, office_uri, fake_interaction, tmp_path)
    try:
        tab = win.open_meeting(meeting_id)
        assert tab is not None
        tab.editor.autosave.cancel()
        tab.editor.sections[0].location_edit.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT_MS)
        type_text(" tầng 2")
        tab.editor.autosave.cancel()  # still typing: nothing saved yet
        with open_acting(office_uri) as other:
            theirs = other.get(meeting_id)
            theirs.meeting.title = "Bản của máy khác"
            other.update(meeting_id, theirs.meeting, expected_version=theirs.version)
        qtbot.waitUntil(
            lambda: win.list_page.model.summaries()[0].title == "Bản của máy khác", timeout=WAIT_MS
        )
        assert "tầng 2" in tab.editor.meeting().location  # not replaced by theirs
        assert not tab.editor.is_saved()
    finally:
        tab.editor.session.undo_stack.setClean()  # (the conflict dialog has its own tests)
        _close(win)


def test_the_window_says_when_the_server_is_away_and_saves_when_it_is_back(
    qtbot: Any, fake_interaction: Any, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    from minutes_app.store.postgres.repository import PgDatabase
    from tests import pgcluster
    from tests.ui.editor.conftest import type_text

    reason = pgcluster.why_not()
    if reason is not None:
        pytest.skip(reason)
    cluster = pgcluster.start()  # its own server: this test stops it
    try:
        uri = cluster.superuser_uri()
        db, _steps = PgDatabase.initialise(uri)
        with db:
            meeting_id = db.create(make_meeting("Họp khi máy chủ tắt")).id
        win = _office_window(qtbot, uri, fake_interaction, tmp_path)
        try:
            tab = win.open_meeting(meeting_id)
            assert tab is not None
            cluster.pause()
            qtbot.waitUntil(win.office.label.isVisible, timeout=WAIT_MS)
            assert "Mất kết nối máy chủ" in win.office.label.text()
            tab.editor.sections[0].location_edit.setFocus()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT_MS)
            type_text(" phòng 3")
            assert not tab.editor.save()  # the autosave's attempt: refused, nothing lost
            assert tab.editor.is_offline() and not tab.editor.is_saved()
            assert "sẽ lưu khi kết nối lại" in tab.editor.status_label.text()
            assert fake_interaction.errors() == []  # no dialog interrupts the typing
            assert "phòng 3" in tab.editor.meeting().location
            cluster.resume()
            # Saved by the 10-second retry or on hearing the server back, whichever comes first.
            qtbot.waitUntil(
                lambda: tab.editor.is_saved() and not win.office.label.isVisible(),
                timeout=WAIT_MS,
            )
            with PgDatabase.open(uri) as again:
                assert "phòng 3" in again.get(meeting_id).meeting.location
        finally:
            _close(win)
    finally:
        cluster.stop()


def test_a_return_on_another_pc_shows_its_note_in_the_list(
    qtbot: Any, fake_interaction: Any, tmp_path: Path, office_uri: str
) -> None:
    from tests.office import open_acting

    with open_acting(office_uri) as secretary:
        secretary.user_name = "hoa"
        meeting_id = secretary.create(make_meeting("Họp tổ 4")).id
        secretary.review.submit(meeting_id, "")
    win = _office_window(qtbot, office_uri, fake_interaction, tmp_path)
    try:
        with open_acting(office_uri) as chair:
            # Logins are per server: a name no other test creates with fewer roles.
            chair.user_name = "chutri_ui"
            chair.review.return_(meeting_id, "", "Sửa lại phần kết luận")

        def row() -> Any:
            return next(s for s in win.list_page.model.summaries() if s.id == meeting_id)

        qtbot.waitUntil(lambda: row().status.value == "draft", timeout=WAIT_MS)
        # The row says "Bị trả lại" with the chair's note, as it does on the PC that returned it.
        assert row().returned_note == "Sửa lại phần kết luận"
    finally:
        _close(win)
