"""Review comments are read whole (wrapped), lead to their part, and are written in a box that wraps."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.review import ReviewPanel
from minutes_app.ui.review.text_dialog import CommentDialog

LONG = (
    "Đề nghị ghi rõ họ tên, chức vụ của từng người phát biểu và bổ sung số liệu cụ thể về kết "
    "quả thu ngân sách, tỷ lệ giải ngân vốn đầu tư công và tiến độ các công trình trọng điểm; "
    "phần kết luận cần nêu rõ người chịu trách nhiệm và thời hạn hoàn thành từng nhiệm vụ."
)


def test_a_long_comment_is_shown_whole_on_wrapped_lines(qtbot, app_context, seed_record) -> None:  # noqa: ANN001
    panel = ReviewPanel(app_context, seed_record.id, ask_text=lambda *a: LONG)
    qtbot.addWidget(panel)
    panel.resize(520, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_part("agenda[0].statements[0]")
    assert panel.add_comment() is not None
    QApplication.processEvents()
    tree = panel.comments_page.tree
    item = tree.topLevelItem(0)
    assert item.text(2) == LONG
    line = tree.fontMetrics().height()
    rect = tree.visualItemRect(item)
    column = tree.header().sectionSize(2)
    needed = tree.fontMetrics().horizontalAdvance(LONG) / column  # lines the text takes
    assert needed > 2 and rect.height() >= line * 2.5, (rect.height(), line, column)


def test_double_clicking_a_comment_shows_its_part_in_the_editor(
    qtbot,
    app_context,
    seed_record,  # noqa: ANN001
) -> None:
    from minutes_app.ui.editor import MeetingEditor

    window = MainWindow(app_context, editor_factory=MeetingEditor)
    window.act.preview.setChecked(False)
    qtbot.addWidget(window)
    window.refresh_list()
    tab = window.open_meeting(seed_record.id)
    review = tab.review
    review._ask_text = lambda *a: "Ghi đủ họ tên"
    review.refresh()
    review.show_part("agenda[1].statements[0]")
    review.add_comment()
    item = review.comments_page.tree.topLevelItem(0)
    editor = tab.editor
    assert editor.current_section() == 0
    review.comments_page.tree.itemDoubleClicked.emit(item, 2)
    assert editor.current_section() == 2
    content = editor.sections[2]
    assert content.item_row == 1 and content.statement_row == 0


def test_the_reply_box_wraps_long_text(qtbot) -> None:  # noqa: ANN001
    dialog = CommentDialog(None, "Trả lời ý kiến", "Câu trả lời:")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.edit.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    dialog.edit.setPlainText(LONG)
    QApplication.processEvents()
    block = dialog.edit.document().firstBlock()
    assert block.layout().lineCount() > 1  # wrapped inside the box, not running off to the right
    assert dialog.edit.horizontalScrollBar().maximum() == 0


def test_the_panel_asks_through_the_wrapping_box(qtbot, app_context, seed_record) -> None:  # noqa: ANN001
    panel = ReviewPanel(app_context, seed_record.id)  # the real dialog, answered below
    qtbot.addWidget(panel)
    seen: list[object] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        if isinstance(dialog, CommentDialog):
            dialog.edit.setPlainText(LONG)
            dialog.accept()
        elif dialog is not None:
            dialog.close()  # any other box: never leave the test waiting on it

    QTimer.singleShot(50, answer)
    comment = panel.add_comment()
    assert isinstance(seen[0], CommentDialog), seen
    assert comment is not None and panel.comments()[0].text == LONG
