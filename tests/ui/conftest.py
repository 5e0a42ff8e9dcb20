"""UI fixtures: a fresh database built by the real init code, a fake Interaction, an AppContext."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from minutes_app.ui.interaction import Interaction


@dataclass
class FakeInteraction(Interaction):
    """Answers questions from queues set by the test and records every message shown."""

    confirm_answers: list[bool] = field(default_factory=list)  # default when empty: True
    choose_answers: list[int | None] = field(default_factory=list)
    item_answers: list[int | None] = field(default_factory=list)
    open_paths: list[Path | None] = field(default_factory=list)
    open_many: list[list[Path]] = field(default_factory=list)
    save_paths: list[Path | None] = field(default_factory=list)
    text_answers: list[str | None] = field(default_factory=list)  # default when empty: None
    # (password, remember) or None (cancelled); when empty: cancelled
    password_answers: list[tuple[str, bool] | None] = field(default_factory=list)
    messages: list[tuple[str, str, str, str]] = field(
        default_factory=list
    )  # kind, title, text, details
    asked: list[tuple[str, str, str]] = field(default_factory=list)  # kind, title, text

    def confirm(
        self, title: str, text: str, *, default: bool = False, ok_text: str = "", details: str = ""
    ) -> bool:
        self.asked.append(("confirm", title, text + ("\n" + details if details else "")))
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def ask_password(
        self, title: str, label: str, *, offer_remember: bool = False
    ) -> tuple[str, bool] | None:
        self.asked.append(("password", title, label + (" [remember]" if offer_remember else "")))
        return self.password_answers.pop(0) if self.password_answers else None

    def information(self, title: str, text: str, details: str = "") -> None:
        self.messages.append(("information", title, text, details))

    def warning(self, title: str, text: str, details: str = "") -> None:
        self.messages.append(("warning", title, text, details))

    def error(self, title: str, text: str, details: str = "") -> None:
        self.messages.append(("error", title, text, details))

    def choose(
        self, title: str, text: str, options: Sequence[str], details: str = ""
    ) -> int | None:
        self.asked.append(("choose", title, text))
        return self.choose_answers.pop(0) if self.choose_answers else None

    def choose_item(
        self, title: str, label: str, items: Sequence[str], current: int = 0
    ) -> int | None:
        self.asked.append(("choose_item", title, "\n".join(items)))
        return self.item_answers.pop(0) if self.item_answers else current

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        self.asked.append(("text", title, f"{label}\n{text}"))
        return self.text_answers.pop(0) if self.text_answers else None

    def choose_open_file(self, title: str, directory: str = "", filters: str = "") -> Path | None:
        self.asked.append(("open", title, directory))
        return self.open_paths.pop(0) if self.open_paths else None

    def choose_open_files(self, title: str, directory: str = "", filters: str = "") -> list[Path]:
        self.asked.append(("open_many", title, directory))
        return self.open_many.pop(0) if self.open_many else []

    def choose_save_file(self, title: str, directory: str = "", filters: str = "") -> Path | None:
        self.asked.append(("save", title, directory))
        return self.save_paths.pop(0) if self.save_paths else None

    def errors(self) -> list[tuple[str, str, str, str]]:
        """Return the error messages shown."""
        return [m for m in self.messages if m[0] == "error"]


@pytest.fixture
def fake_interaction() -> FakeInteraction:
    """Return a FakeInteraction with empty queues (confirmations answer yes)."""
    return FakeInteraction()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Return the path of a fresh database file in the test's folder."""
    return tmp_path / "minutes.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[object]:
    """Return a fresh Database created by the real init code (migrations included)."""
    from minutes_app.store import Database

    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def ui_settings(qapp, tmp_path: Path):  # noqa: ANN001
    """Return Settings over an INI file in the test's folder (never the user's real settings)."""
    from PySide6.QtCore import QSettings

    from minutes_app.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def app_context(qapp, db, db_path: Path, ui_settings, fake_interaction: FakeInteraction):  # noqa: ANN001
    """Return an AppContext over the fresh database, the fake interaction and a real TaskRunner."""
    from minutes_app.ui.context import AppContext
    from minutes_app.ui.tasks import TaskRunner

    def report(label: str, failure) -> None:  # noqa: ANN001
        fake_interaction.error(label, str(failure.exc), failure.details)

    runner = TaskRunner(report)
    context = AppContext(
        db=db,
        db_path=db_path,
        settings=ui_settings,
        interaction=fake_interaction,
        tasks=runner,
        user_name="Nguyễn Thị Lan",
        data_dir=db_path.parent / "user-data",  # never the user's real data folder
    )
    yield context
    runner.wait(30000)
    runner.deleteLater()


@pytest.fixture
def seed_record(db, seed_meeting):  # noqa: ANN001
    """Store the seed meeting in the fresh database and return its record."""
    return db.create(seed_meeting)


@pytest.fixture
def real_window(qtbot, app_context):  # noqa: ANN001
    """Return the main window with the real editor (no preview), shown and active."""
    from minutes_app.ui.main_window import MainWindow

    window = MainWindow(app_context)
    window.act.preview.setChecked(False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window
