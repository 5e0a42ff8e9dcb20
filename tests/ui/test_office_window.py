"""The window on the office database: opened from a URI, the login acts, the password from the keyring."""

from __future__ import annotations

import sys
import types
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


def test_without_the_keyring_package_nothing_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # import fails
    target = parse_target("postgresql://hoa@may-chu/bienban")
    assert not office.keyring_available()
    assert office.saved_password(target) is None and not office.remember_password(target, "x")
