"""When the window collects garbage and what it freezes (minutes_app/ui/collector.py)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from minutes_app.ui import collector
from minutes_app.ui.main_window import MainWindow


@pytest.fixture
def managed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Collections managed as run_app manages them; undone afterwards (tests share a process)."""
    monkeypatch.setattr(collector, "SETTLE_AFTER_CLOSE_MS", 50)
    collector.manage()
    yield
    collector._managed = False
    gc.unfreeze()


@pytest.fixture
def window(real_window):  # noqa: ANN001
    return real_window


def test_a_meeting_opened_is_frozen_and_what_it_leaves_is_collected(
    managed: None,
    window: MainWindow,
    seed_record,  # noqa: ANN001
    qtbot,  # noqa: ANN001
) -> None:
    before = gc.get_freeze_count()
    tab = window.open_meeting(seed_record.id)
    assert tab is not None
    assert gc.get_freeze_count() > before + 1000  # the meeting, the editor and its widgets
    editor = weakref.ref(tab.editor.session)
    del tab
    assert window.tabs.close_tab(window.current_tab())
    assert gc.get_freeze_count() == 0  # collectable again
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)  # settled again
    qtbot.waitUntil(lambda: editor() is None, timeout=5000)


def test_without_run_app_nothing_is_frozen(window: MainWindow, seed_record) -> None:  # noqa: ANN001
    before = gc.get_freeze_count()
    assert window.open_meeting(seed_record.id) is not None
    assert gc.get_freeze_count() == before
