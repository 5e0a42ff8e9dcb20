"""The window's side of templates and earlier meetings: ask, call the verb, say what happened."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from minutes_app.domain.text import short_date
from minutes_app.services import meetings
from minutes_app.services.files import FileWriteError
from minutes_app.services.templates import MeetingTemplate, TemplateError, load_templates
from minutes_app.store import MeetingSummary, StoreError

if TYPE_CHECKING:
    from minutes_app.domain.model import Meeting
    from minutes_app.ui.context import AppContext

log = logging.getLogger(__name__)


class Commands(Protocol):
    """What these actions use of the window's meeting commands (``ui.meeting_commands``)."""

    context: AppContext

    def current_meeting(self) -> Meeting | None: ...

    def report_error(self, title: str, exc: BaseException) -> None: ...

    def show_status(self, text: str, milliseconds: int) -> None: ...


def all_templates(context: AppContext) -> tuple[list[MeetingTemplate], list[str]]:
    """Return the bundled templates then the user's own, and a message per unreadable file."""
    problems: list[str] = []
    try:
        bundled = load_templates()
    except (TemplateError, FileNotFoundError) as exc:
        bundled = []
        problems.append(str(exc))
    own, damaged = meetings.own_templates(meetings.own_templates_dir(context.user_data_dir()))
    return bundled + own, problems + damaged


def template_label(template: MeetingTemplate, language: str) -> str:
    """Return the chooser line of ``template``: the user's own are marked as such."""
    description = (
        template.description_en
        if language == "en" and template.description_en
        else template.description
    )
    name = template.display_name(language)
    if template.is_own:
        name = QCoreApplication.translate("TemplateActions", "Mẫu của tôi: %1").replace("%1", name)
    return f"{name} — {description}" if description else name


def save_current_as_template(commands: Commands) -> MeetingTemplate | None:
    """Save the current meeting as one of the user's templates ("Lưu làm mẫu")."""
    context = commands.context
    meeting = commands.current_meeting()
    if meeting is None:
        return None
    title = QCoreApplication.translate("TemplateActions", "Lưu làm mẫu")
    suggested = meeting.kind.strip() or meetings.advance_title(meeting.title).strip()
    name = context.interaction.ask_text(
        title,
        QCoreApplication.translate(
            "TemplateActions",
            "Tên mẫu (biên bản mới từ mẫu này giữ cơ quan, thành phần, các nội dung "
            "và nơi nhận; không giữ số, ý kiến, kết luận, biểu quyết, nhiệm vụ):",
        ),
        suggested[:1].upper() + suggested[1:],
    )
    if name is None or not name.strip():
        return None
    folder = meetings.own_templates_dir(context.user_data_dir())
    try:
        try:
            template = meetings.save_as_template(meeting, name, folder)
        except meetings.TemplateExists:
            if not context.interaction.confirm(
                title,
                QCoreApplication.translate(
                    "TemplateActions", "Đã có mẫu “%1”. Thay mẫu cũ bằng biên bản này?"
                ).replace("%1", name.strip()),
                default=False,
                ok_text=QCoreApplication.translate("TemplateActions", "Thay mẫu cũ"),
            ):
                return None
            template = meetings.save_as_template(meeting, name, folder, replace=True)
    except (TemplateError, FileWriteError) as exc:
        commands.report_error(
            QCoreApplication.translate("TemplateActions", "Không lưu được mẫu"), exc
        )
        return None
    commands.show_status(
        QCoreApplication.translate(
            "TemplateActions", "Đã lưu mẫu “%1”: chọn nó trong “Biên bản mới…” (Ctrl+N)."
        ).replace("%1", template.name),
        10000,
    )
    return template


def delete_own_template(commands: Commands) -> bool:
    """Let the user pick one of their templates and remove it after confirmation."""
    context = commands.context
    own, _problems = meetings.own_templates(meetings.own_templates_dir(context.user_data_dir()))
    title = QCoreApplication.translate("TemplateActions", "Xóa mẫu của tôi")
    if not own:
        context.interaction.information(
            title,
            QCoreApplication.translate(
                "TemplateActions",
                "Chưa có mẫu nào của bạn. Dùng “Lưu làm mẫu…” để tạo từ một biên bản.",
            ),
        )
        return False
    labels = [template_label(t, context.language) for t in own]
    picked = context.interaction.choose_item(
        title, QCoreApplication.translate("TemplateActions", "Mẫu cần xóa:"), labels, 0
    )
    if picked is None:
        return False
    template = own[picked]
    if not context.interaction.confirm(
        title,
        QCoreApplication.translate(
            "TemplateActions", "Xóa mẫu “%1”? Các biên bản đã tạo từ mẫu này không bị ảnh hưởng."
        ).replace("%1", template.name),
        default=False,
        ok_text=QCoreApplication.translate("TemplateActions", "Xóa"),
    ):
        return False
    try:
        meetings.delete_template(template)
    except (TemplateError, OSError) as exc:
        commands.report_error(
            QCoreApplication.translate("TemplateActions", "Không xóa được mẫu"), exc
        )
        return False
    commands.show_status(
        QCoreApplication.translate("TemplateActions", "Đã xóa mẫu “%1”.").replace(
            "%1", template.name
        ),
        8000,
    )
    return True


def previous_label(summary: MeetingSummary) -> str:
    """Return one line of the earlier-meeting chooser: date, title, issuing body."""
    title = summary.title.strip() or QCoreApplication.translate("TemplateActions", "(chưa có tên)")
    issuer = summary.issuer_name.strip()
    line = f"{short_date(summary.date)} — {title}"
    return f"{line} — {issuer}" if issuer else line


def choose_previous(commands: Commands, issuer_name: str = "") -> int | None:
    """Ask which earlier meeting to continue from; return its id (None: cancelled or none)."""
    context = commands.context
    title = QCoreApplication.translate("TemplateActions", "Biên bản mới từ cuộc họp trước")
    try:
        summaries = meetings.earlier_meetings(context.db)
    except StoreError as exc:
        commands.report_error(
            QCoreApplication.translate("TemplateActions", "Không đọc được danh sách biên bản"), exc
        )
        return None
    if not summaries:
        context.interaction.information(
            title,
            QCoreApplication.translate(
                "TemplateActions", "Chưa có cuộc họp nào trong cơ sở dữ liệu này."
            ),
        )
        return None
    labels: list[str] = []
    for summary in summaries:
        label = previous_label(summary)
        if label in labels:  # the chooser answers with the text: keep every line distinct
            label += f" (#{summary.id})"
        labels.append(label)
    picked = context.interaction.choose_item(
        title,
        QCoreApplication.translate(
            "TemplateActions",
            "Chọn cuộc họp trước (biên bản mới giữ cơ quan, thành phần, nơi nhận; "
            "tháng, năm trong tên cuộc họp được chuyển sang kỳ sau):",
        ),
        labels,
        meetings.suggested_previous(summaries, issuer_name),
    )
    return None if picked is None else summaries[picked].id
