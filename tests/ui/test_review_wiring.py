"""The review panel lives beside each open meeting; approved exports carry the revision hash."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pypdf
import pytest

from minutes_app.domain import interchange
from minutes_app.domain.model import Status
from minutes_app.ui.main_window import MainWindow
from tests.ui.placeholder_editor import PlaceholderEditor


@pytest.fixture
def window(qtbot, app_context):  # noqa: ANN001
    win = MainWindow(app_context, editor_factory=PlaceholderEditor)
    win.act.preview.setChecked(False)
    qtbot.addWidget(win)
    win.exports.open_url = lambda _url: None
    return win


def test_open_meeting_has_a_review_page_and_a_step_updates_the_list(
    qtbot, window, seed_record
) -> None:  # noqa: ANN001
    tab = window.open_meeting(seed_record.id)
    assert tab is not None
    assert tab.side.indexOf(tab.review) >= 0
    assert tab.side.indexOf(tab.preview) < 0  # preview switched off, review stays
    window.act.preview.setChecked(True)
    assert tab.side.indexOf(tab.preview) == 0
    window.context.db.review.submit(seed_record.id, by="Nguyễn Thị Lan")
    tab.review.refresh()
    tab.review.workflow_changed.emit(seed_record.id)
    assert window.context.db.get(seed_record.id).meeting.status is Status.IN_REVIEW
    assert tab.review.bar.badge.text() == "Chờ duyệt"


def test_export_of_approved_minutes_carries_revision_and_hash(
    qtbot, window, fake_interaction, seed_record, tmp_path: Path
) -> None:  # noqa: ANN001
    db = window.context.db
    db.review.submit(seed_record.id, by="Nguyễn Thị Lan")
    db.review.approve(seed_record.id, by="Mai Văn Thanh")
    window.refresh_list()
    window.select_meeting(seed_record.id)
    window.open_meeting(seed_record.id)
    fake_interaction.save_paths = [tmp_path / "da-duyet.pdf"]
    with qtbot.waitSignal(window.exports.exported, timeout=60000):
        window.act.export_pdf.trigger()
    info = pypdf.PdfReader(str(tmp_path / "da-duyet.pdf")).metadata
    stored = interchange.canonical_bytes(db.get(seed_record.id).meeting)
    assert info["/minutes_app_revision"] == "1"
    assert info["/minutes_app_sha256"] == hashlib.sha256(stored).hexdigest()
    assert not fake_interaction.errors()
