"""The editor's text size (View menu): a percentage of the system font, remembered per user."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

TEXT_SIZES = (100, 115, 130, 150, 175)
DEFAULT_TEXT_SIZE = 100
#: A label whose font is a multiple of the text size (section headings) carries this property.
SCALE_PROPERTY = "fontScale"
_BASE_STYLE = "baseStyleSheet"


def apply_text_size(editor: QWidget, percent: int) -> None:
    """Show ``editor``'s fields, tables and headings at ``percent`` of the system font size.

    Done with the editor's style sheet (which it already has, for the problem outlines): a
    font set on a widget with a style sheet does not reach the children already shown.
    """
    base = editor.property(_BASE_STYLE)
    if base is None:
        base = editor.styleSheet()
        editor.setProperty(_BASE_STYLE, base)
    size = QApplication.font().pointSizeF() * percent / 100
    rules = [
        f"QWidget {{ font-size: {size:.2f}pt; }}",
        # Headings keep their own scale (Section.heading sets the property).
        f'QLabel[{SCALE_PROPERTY}="1.15"] {{ font-size: {size * 1.15:.2f}pt; font-weight: bold; }}',
    ]
    editor.setStyleSheet(str(base) + "\n" + "\n".join(rules))
