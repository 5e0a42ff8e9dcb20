"""Section 6, Ký và nơi nhận: signature labels (profile defaults as hints), recipients, copies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from minutes_app.domain.model import Profile
from minutes_app.render import load_profile
from minutes_app.ui.editor.section import Section
from minutes_app.ui.editor.session import Change, EditSession
from minutes_app.ui.editor.widgets import (
    BoundCountEdit,
    BoundLineEdit,
    BoundLinesEdit,
    BoundPlainTextEdit,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingEditor", text)


def signature_defaults(profile: Profile) -> dict[str, str]:
    """Return the labels the layout profile prints when the meeting gives none."""
    layout = load_profile(profile.value)  # the profile file is the one source of the labels
    return {
        "secretary_label": layout.secretary_label,
        "chair_label": layout.chair_label,
        "chair_prefix": layout.chair_prefix,
        "chair_title": "",
    }


def closing_default() -> str:
    """Return the closing sentence used when the meeting gives none (shown as a hint)."""
    return _tr(
        "Cuộc họp kết thúc vào hồi … giờ … cùng ngày. Biên bản đã được đọc lại cho các "
        "thành viên dự họp nghe, nhất trí thông qua và được lập thành … bản./."
    )


class SigningSection(Section):
    """How the minutes are signed and who receives them."""

    prefixes = ("signature", "recipients", "copies", "closing")

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        s = session
        signature = QGroupBox(self.tr("Chữ ký (để trống để dùng mặc định của thể thức)"))
        form = QFormLayout(signature)
        self.secretary_label_edit = BoundLineEdit(s, "signature.secretary_label")
        self.chair_prefix_edit = BoundLineEdit(s, "signature.chair_prefix")
        self.chair_prefix_edit.setMaximumWidth(160)
        self.chair_label_edit = BoundLineEdit(s, "signature.chair_label")
        self.chair_title_edit = BoundLineEdit(s, "signature.chair_title")
        for path, edit in (
            ("signature.secretary_label", self.secretary_label_edit),
            ("signature.chair_prefix", self.chair_prefix_edit),
            ("signature.chair_label", self.chair_label_edit),
            ("signature.chair_title", self.chair_title_edit),
        ):
            self.register(path, edit)
        form.addRow(self.tr("Bên thư ký:"), self.secretary_label_edit)
        form.addRow(self.tr("Quyền hạn ký (TM., T/M):"), self.chair_prefix_edit)
        form.addRow(self.tr("Bên chủ trì:"), self.chair_label_edit)
        form.addRow(self.tr("Chức vụ người ký:"), self.chair_title_edit)
        self.body.addWidget(signature)

        others = QGroupBox(self.tr("Nơi nhận và số bản"))
        layout = QVBoxLayout(others)
        layout.addWidget(
            QLabel(self.tr("Nơi nhận (mỗi dòng một nơi; dấu “-” và “;” được thêm khi in):"))
        )
        self.recipients_edit = BoundLinesEdit(
            s, "recipients", placeholder=self.tr("Thường trực Tỉnh ủy (để b/c)\nLưu Văn phòng")
        )
        self.register("recipients", self.recipients_edit)
        self.recipients_edit.setMinimumHeight(110)
        self.recipients_edit.setTabChangesFocus(True)
        layout.addWidget(self.recipients_edit, 1)
        form = QFormLayout()
        self.copies_edit = BoundCountEdit(s, "copies", blank=None, placeholder=self.tr("chưa ghi"))
        self.register("copies", self.copies_edit)
        form.addRow(self.tr("Số bản:"), self.copies_edit)
        layout.addLayout(form)
        self.body.addWidget(others, 1)

        closing = QGroupBox(self.tr("Câu kết thúc (để trống để dùng câu mặc định)"))
        layout = QVBoxLayout(closing)
        self.closing_edit = BoundPlainTextEdit(s, "closing", placeholder=closing_default())
        self.closing_edit.setMaximumHeight(90)
        self.register("closing", self.closing_edit)
        layout.addWidget(self.closing_edit)
        self.body.addWidget(closing)

        session.changed.connect(self._on_changed)
        self.update_placeholders()

    def _on_changed(self, change: Change) -> None:
        if change.kind == "reset" or change.path == "profile":
            self.update_placeholders()

    def update_placeholders(self) -> None:
        """Show the profile's default labels as hints in the empty fields."""
        defaults = signature_defaults(self.session.meeting.profile)
        self.secretary_label_edit.setPlaceholderText(defaults["secretary_label"])
        self.chair_label_edit.setPlaceholderText(defaults["chair_label"])
        example = "T/M" if self.session.meeting.profile is Profile.PARTY else "TM."
        self.chair_prefix_edit.setPlaceholderText(
            defaults["chair_prefix"]
            or self.tr("không dùng (ví dụ: {example})").format(example=example)
        )
        self.chair_title_edit.setPlaceholderText(
            defaults["chair_title"] or self.tr("ví dụ: PHÓ BÍ THƯ, CHỦ TỊCH")
        )
