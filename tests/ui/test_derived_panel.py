"""The documents made from a meeting are shown beside it: made, listed and exported from the window."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QModelIndex, Qt

from minutes_app.domain.derived import DerivedKind
from minutes_app.ui.derived_panel import OBJECT_ROLE, DerivedListModel, DerivedPanel
from minutes_app.ui.main_window import MainWindow
from tests.ui.placeholder_editor import PlaceholderEditor


@pytest.fixture
def window(qtbot, app_context):  # noqa: ANN001
    win = MainWindow(app_context, editor_factory=PlaceholderEditor)
    win.act.preview.setChecked(False)
    qtbot.addWidget(win)
    return win


def test_a_draft_cannot_derive_and_approval_enables_it(qtbot, window, seed_record) -> None:  # noqa: ANN001
    tab = window.open_meeting(seed_record.id)
    panel = tab.derived
    assert isinstance(panel, DerivedPanel) and tab.side.indexOf(panel) >= 0
    assert not panel.derive_button.isEnabled() and "đã duyệt" in panel.hint.text()
    db = window.context.db
    db.review.submit(seed_record.id, by="Nguyễn Thị Lan")
    db.review.approve(seed_record.id, by="Mai Văn Thanh")
    tab.review.workflow_changed.emit(seed_record.id)
    assert panel.derive_button.isEnabled() and panel.hint.text() == ""


def test_derive_lists_under_the_meeting_and_exports_a_pdf(
    qtbot, window, fake_interaction, seed_record, tmp_path: Path
) -> None:  # noqa: ANN001
    db = window.context.db
    db.review.submit(seed_record.id, by="Nguyễn Thị Lan")
    db.review.approve(seed_record.id, by="Mai Văn Thanh")
    tab = window.open_meeting(seed_record.id)
    panel = tab.derived
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(DerivedKind.THONG_BAO.value))
    doc_id = panel.derive()
    assert doc_id is not None and not fake_interaction.errors()
    assert panel.model.rowCount() == 1
    assert panel.model.data(panel.model.index(0, DerivedListModel.KIND)) == "Thông báo kết luận"
    assert panel.model.data(panel.model.index(0, DerivedListModel.NUMBER)) == "01"
    assert panel.model.data(panel.model.index(0, 0), OBJECT_ROLE).id == doc_id
    assert panel.pdf_button.isEnabled()  # the new document is selected
    fake_interaction.save_paths = [tmp_path / "tb.pdf"]
    panel.export_selected("pdf")
    qtbot.waitUntil(lambda: (tmp_path / "tb.pdf").exists(), timeout=60000)
    window.context.tasks.wait(30000)
    text = pypdf.PdfReader(str(tmp_path / "tb.pdf")).pages[0].extract_text()
    assert "THÔNG BÁO" in text and not fake_interaction.errors()


def test_a_refused_derivation_is_told_not_raised(
    qtbot, window, fake_interaction, seed_record
) -> None:  # noqa: ANN001
    tab = window.open_meeting(seed_record.id)
    assert tab.derived.derive() is None  # called although the button is off: a draft
    title, text = fake_interaction.errors()[0][1:3]
    assert title == "Không lập được văn bản" and "chưa được duyệt" in text


def test_list_model_without_a_view() -> None:
    model = DerivedListModel()
    assert model.rowCount() == 0 and model.columnCount() == 4
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Trích yếu"
    assert model.data(QModelIndex()) is None


def test_a_store_without_derived_documents_says_so_instead_of_asking_for_approval(
    qtbot, window, seed_record, caplog
) -> None:  # noqa: ANN001
    db = window.context.db
    db.review.submit(seed_record.id, by="Nguyễn Thị Lan")
    db.review.approve(seed_record.id, by="Mai Văn Thanh")
    db.supports_derived_documents = False  # as the office database (PostgreSQL), for now
    with caplog.at_level("ERROR"):
        panel = window.open_meeting(seed_record.id).derived
    assert "cơ sở dữ liệu văn phòng" in panel.hint.text()
    assert "đã duyệt" not in panel.hint.text()  # approved minutes are not the problem here
    assert not panel.derive_button.isEnabled() and not panel.kind_combo.isEnabled()
    assert not [r for r in caplog.records if "derived" in r.getMessage()]  # nothing went wrong
