"""Section 1, Thông tin chung: issuing body, number, symbol, place, date, the meeting, chair."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.facts import times_moved_to
from minutes_app.domain.model import FormOfAddress, Profile
from minutes_app.ui.editor.people import PeopleDirectory
from minutes_app.ui.editor.person_fields import PersonFields
from minutes_app.ui.editor.section import Section
from minutes_app.ui.editor.session import Change, EditSession
from minutes_app.ui.editor.table_models import choices
from minutes_app.ui.editor.widgets import (
    BoundChoice,
    BoundDateEdit,
    BoundLineEdit,
    BoundMomentEdit,
)


class MeetingDateEdit(BoundDateEdit):
    """The meeting's date: a new date moves the start and end with it, in one undo step."""

    def commit(self, text: str | None = None) -> None:
        session = self.session
        raw = self.text() if text is None else text
        try:
            day = self.parse(raw) if raw.strip() else None
        except ValueError:
            day = None
        meeting = session.meeting
        if not self.path or self.composing or session.read_only or day in (None, meeting.date):
            super().commit(text)
            return
        start, end = times_moved_to(meeting, day)
        with session.macro(self.tr("Đổi ngày họp")):
            super().commit(text)
            session.set("start", start)
            session.set("end", end)


class GeneralSection(Section):
    """The header of the biên bản and who chairs and records the meeting."""

    prefixes = (
        "profile",
        "issuer",
        "number",
        "symbol",
        "place",
        "date",
        "title",
        "kind",
        "start",
        "end",
        "location",
        "chair",
        "secretary",
        "show_place_date",
        "status",
        "form_of_address",
    )

    def __init__(
        self, session: EditSession, directory: PeopleDirectory, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page = QWidget()
        scroll.setWidget(page)
        column = QVBoxLayout(page)
        self.body.addWidget(scroll)
        s = session

        def line(path: str, placeholder: str = "") -> BoundLineEdit:
            return self.register(path, BoundLineEdit(s, path, placeholder=placeholder))  # type: ignore[return-value]

        # -- issuing body ------------------------------------------------------------------
        issuer = QGroupBox(self.tr("Cơ quan ban hành"))
        form = QFormLayout(issuer)
        self.parent_edit = line(
            "issuer.parent", self.tr("ví dụ: ĐẢNG BỘ TỈNH NINH BÌNH, UBND TỈNH …")
        )
        self.issuer_edit = line("issuer.name", self.tr("ví dụ: HUYỆN ỦY KIM SƠN"))
        self.abbreviation_edit = line("issuer.abbreviation", self.tr("ví dụ: HU, UBND"))
        self.abbreviation_edit.setMaximumWidth(160)
        self.profile_choice = BoundChoice(
            s,
            "profile",
            [(name, value) for value, name in choices(Profile).items()],
        )
        self.register("profile", self.profile_choice)
        form.addRow(self.tr("Cơ quan cấp trên:"), self.parent_edit)
        form.addRow(self.tr("Tên cơ quan:"), self.issuer_edit)
        form.addRow(self.tr("Tên viết tắt:"), self.abbreviation_edit)
        form.addRow(self.tr("Thể thức:"), self.profile_choice)
        column.addWidget(issuer)

        # -- number, symbol, place and date -----------------------------------------------------
        numbering = QGroupBox(self.tr("Số, ký hiệu, địa danh và ngày"))
        form = QFormLayout(numbering)
        row = QHBoxLayout()
        self.number_edit = line("number", self.tr("chưa có số"))
        self.number_edit.setToolTip(self.tr("Để trống nếu văn thư ghi số bằng tay"))
        self.number_edit.setMaximumWidth(190)
        self.symbol_edit = line("symbol")
        self.symbol_edit.setMaximumWidth(220)
        self.symbol_edit.setToolTip(
            self.tr("Để trống để dùng ký hiệu tự động theo thể thức và tên viết tắt")
        )
        row.addWidget(self.number_edit)
        row.addWidget(QLabel(self.tr("Ký hiệu:")))
        row.addWidget(self.symbol_edit)
        row.addStretch(1)
        form.addRow(self.tr("Số:"), row)
        row = QHBoxLayout()
        self.place_edit = line("place", self.tr("ví dụ: Kim Sơn"))
        self.place_edit.setMaximumWidth(260)
        self.date_edit = self.register("date", MeetingDateEdit(s, "date", allow_blank=False))
        row.addWidget(self.place_edit)
        row.addWidget(QLabel(self.tr("ngày")))
        row.addWidget(self.date_edit)
        row.addStretch(1)
        form.addRow(self.tr("Địa danh:"), row)
        self.place_date_choice = BoundChoice(
            s,
            "show_place_date",
            [
                (self.tr("Theo thể thức"), None),
                (self.tr("In dòng địa danh, ngày tháng"), True),
                (self.tr("Không in"), False),
            ],
        )
        self.register("show_place_date", self.place_date_choice)
        form.addRow(self.tr("Dòng địa danh, ngày:"), self.place_date_choice)
        column.addWidget(numbering)

        # -- the meeting ----------------------------------------------------------------------
        meeting = QGroupBox(self.tr("Cuộc họp"))
        form = QFormLayout(meeting)
        self.title_edit = line("title", self.tr("ví dụ: Hội nghị giao ban công tác tháng 2 …"))
        self.kind_edit = line("kind", self.tr("giao ban, họp chi bộ, hội nghị …"))
        kinds = [
            self.tr("giao ban"),
            self.tr("họp chi bộ"),
            self.tr("họp chuyên đề"),
            self.tr("hội nghị"),
            self.tr("họp hội đồng"),
            self.tr("họp HĐQT"),
        ]
        kind_completer = QCompleter(kinds, self.kind_edit)
        self.kind_edit.setCompleter(kind_completer)
        self.kind_edit.setMaximumWidth(300)
        day = self._meeting_day
        self.start_edit = self.register(
            "start", BoundMomentEdit(s, "start", day=day, placeholder=self.tr("07:30 (chưa đặt)"))
        )
        self.end_edit = self.register(
            "end", BoundMomentEdit(s, "end", day=day, placeholder=self.tr("11:15 (chưa đặt)"))
        )
        for edit in (self.start_edit, self.end_edit):
            edit.setToolTip(
                self.tr("Gõ giờ:phút (07:30) cho ngày họp, hoặc ngày và giờ (25/02/2020 07:30)")
            )
        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel(self.tr("Kết thúc:")))
        times.addWidget(self.end_edit)
        times.addStretch(1)
        self.location_edit = line("location", self.tr("ví dụ: Hội trường Huyện ủy"))
        form.addRow(self.tr("Tên cuộc họp:"), self.title_edit)
        form.addRow(self.tr("Loại cuộc họp:"), self.kind_edit)
        form.addRow(self.tr("Bắt đầu:"), times)
        form.addRow(self.tr("Địa điểm:"), self.location_edit)
        column.addWidget(meeting)

        # -- chair and secretary --------------------------------------------------------------
        people = QGroupBox(self.tr("Chủ trì và thư ký"))
        form = QFormLayout(people)
        self.person_fields: list[PersonFields] = []
        for key, label in (("chair", self.tr("Chủ trì:")), ("secretary", self.tr("Thư ký:"))):
            name = line(f"{key}.name", self.tr("Họ và tên"))
            position = line(f"{key}.position", self.tr("Chức vụ"))
            self.person_fields.append(PersonFields(s, directory, name, position))
            row = QHBoxLayout()
            row.addWidget(name, 2)
            row.addWidget(position, 3)
            form.addRow(label, row)
            setattr(self, f"{key}_name_edit", name)
            setattr(self, f"{key}_position_edit", position)
        # How the minutes name people: "đồng chí A"; "ông A", "bà B" as typed with the names;
        # or the name alone. An honorific typed before a name is never printed as part of it.
        self.address_choice = BoundChoice(
            s,
            "form_of_address",
            [
                (self.tr("Theo thể thức (đồng chí)"), None),
                *((name, value) for value, name in choices(FormOfAddress).items()),
            ],
        )
        self.address_choice.setToolTip(
            self.tr(
                "Gõ “Ông …”, “Bà …” trước tên người dự để gọi riêng người đó; người không phải "
                "đảng viên (quần chúng) không bao giờ được gọi là “đồng chí”."
            )
        )
        self.register("form_of_address", self.address_choice)
        form.addRow(self.tr("Cách gọi người dự:"), self.address_choice)
        column.addWidget(people)
        column.addStretch(1)

        session.changed.connect(self._on_changed)
        self._update_symbol_placeholder()

    def _meeting_day(self) -> dt.date:
        return self.session.meeting.date

    def _on_changed(self, change: Change) -> None:
        if (
            change.path in ("symbol", "profile", "issuer.abbreviation", "issuer", "")
            or change.kind == "reset"
        ):
            self._update_symbol_placeholder()

    def _update_symbol_placeholder(self) -> None:
        meeting = self.session.meeting
        derived = (
            meeting.effective_symbol()
            if not meeting.symbol.strip()
            else (type(meeting)(profile=meeting.profile, issuer=meeting.issuer).effective_symbol())
        )
        self.symbol_edit.setPlaceholderText(derived)
