"""The review panel on a real database: badge, steps, comments, history, diff, audit."""

from __future__ import annotations

import pytest

from minutes_app.domain.model import Status
from minutes_app.domain.workflow import Action
from minutes_app.ui.review import ReviewPanel, UserNameDialog, change_user_name, ensure_user_name

CHAIR = "Nguyễn Thị Lan"  # the app_context's user


class Answers:
    """Texts typed into the panel's dialogs, in order; records the prompts."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.prompts: list[tuple[str, str]] = []

    def __call__(self, parent, title: str, label: str) -> str | None:  # noqa: ANN001
        self.prompts.append((title, label))
        return self.answers.pop(0) if self.answers else None


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def panel(qtbot, app_context, seed_record, answers: Answers) -> ReviewPanel:  # noqa: ANN001
    widget = ReviewPanel(app_context, seed_record.id, ask_text=answers)
    qtbot.addWidget(widget)
    return widget


def _visible_actions(panel: ReviewPanel) -> list[Action]:
    return [a for a, b in panel.bar.buttons.items() if b.isEnabled() and not b.isHidden()]


def _history(panel: ReviewPanel) -> list[str]:
    return [panel.history_page.list.item(i).text() for i in range(panel.history_page.list.count())]


def test_badge_and_buttons_follow_the_workflow(
    qtbot,
    panel: ReviewPanel,
    answers: Answers,  # noqa: ANN001
    app_context,
    seed_record,
) -> None:  # noqa: ANN001
    assert panel.bar.badge.text() == "Bản nháp" and _visible_actions(panel) == [Action.SUBMIT]
    with qtbot.waitSignal(panel.workflow_changed) as signal:
        panel.bar.buttons[Action.SUBMIT].click()
    assert signal.args == [seed_record.id]
    assert panel.bar.badge.text() == "Chờ duyệt"
    assert _visible_actions(panel) == [Action.RETURN, Action.APPROVE]

    answers.answers = ["Ghi rõ người vắng mặt"]
    panel.bar.buttons[Action.RETURN].click()
    assert answers.prompts[-1][0] == "Trả lại biên bản" and panel.status() is Status.DRAFT
    panel.bar.buttons[Action.SUBMIT].click()
    panel.bar.buttons[Action.APPROVE].click()
    assert panel.bar.badge.text() == "Đã duyệt" and _visible_actions(panel) == [Action.REOPEN]
    assert "Phiên bản đã duyệt 1" in panel.bar.revision_label.text()
    answers.answers = ["Sai chức vụ"]
    panel.bar.buttons[Action.REOPEN].click()
    assert (
        panel.status() is Status.DRAFT
        and "đang soạn phiên bản 2" in panel.bar.revision_label.text()
    )
    panel.take(Action.SUBMIT)
    panel.take(Action.APPROVE)
    lines = _history(panel)
    assert len(lines) == 7
    assert (
        "Trả lại" in lines[1] and CHAIR in lines[1] and "ý kiến: Ghi rõ người vắng mặt" in lines[1]
    )
    assert "Mở lại (phiên bản 1)" in lines[4] and "lý do: Sai chức vụ" in lines[4]
    assert "Duyệt (phiên bản 2)" in lines[6]
    assert app_context.db.review.verify(seed_record.id).intact


def test_a_cancelled_or_empty_text_takes_no_step(
    panel: ReviewPanel, answers: Answers, app_context, fake_interaction
) -> None:  # noqa: ANN001
    panel.take(Action.SUBMIT)
    answers.answers = [None]
    assert not panel.take(Action.RETURN)
    answers.answers = ["   "]
    assert not panel.take(Action.RETURN)
    assert panel.status() is Status.IN_REVIEW and len(_history(panel)) == 1
    assert any("ý kiến" in m[2] for m in fake_interaction.messages)


def test_a_refused_step_is_reported_and_the_panel_catches_up(
    panel: ReviewPanel,
    app_context,  # noqa: ANN001
    seed_record,
    fake_interaction,
) -> None:  # noqa: ANN001
    # Another window submitted meanwhile: this panel still shows "Bản nháp".
    app_context.db.review.submit(seed_record.id, "Người khác")
    assert not panel.take(Action.SUBMIT)
    assert "Chờ duyệt" in fake_interaction.errors()[-1][2]
    assert panel.bar.badge.text() == "Chờ duyệt"


def test_the_editor_is_flushed_first_and_a_failed_flush_stops(
    qtbot, app_context, seed_record
) -> None:  # noqa: ANN001
    calls: list[bool] = []
    results = [False, True]

    def flush() -> bool:
        calls.append(True)
        return results.pop(0)

    widget = ReviewPanel(app_context, seed_record.id, flush=flush)
    qtbot.addWidget(widget)
    assert not widget.take(Action.SUBMIT) and widget.status() is Status.DRAFT
    assert widget.take(Action.SUBMIT) and widget.status() is Status.IN_REVIEW
    assert len(calls) == 2


def test_approval_asks_for_confirmation(panel: ReviewPanel, fake_interaction) -> None:  # noqa: ANN001
    panel.take(Action.SUBMIT)
    fake_interaction.confirm_answers = [False]
    assert not panel.take(Action.APPROVE) and panel.status() is Status.IN_REVIEW
    assert fake_interaction.asked[-1][1] == "Duyệt biên bản"
    assert panel.take(Action.APPROVE) and panel.status() is Status.APPROVED


def test_approval_tells_the_number_given(
    panel: ReviewPanel,
    app_context,
    seed_record,  # noqa: ANN001
    fake_interaction,
) -> None:  # noqa: ANN001
    meeting = app_context.db.get(seed_record.id).meeting
    meeting.number = ""
    app_context.db.update(seed_record.id, meeting)
    panel.take(Action.SUBMIT)
    panel.take(Action.APPROVE)
    assert ("information", "Đã duyệt biên bản") == fake_interaction.messages[-1][:2]
    assert "số 01" in fake_interaction.messages[-1][2]


def test_comments_per_part_with_answer_and_resolve(
    panel: ReviewPanel,
    answers: Answers,  # noqa: ANN001
    app_context,
    seed_record,
) -> None:  # noqa: ANN001
    parts = panel.comments_page.parts()
    assert parts[0] == "meeting" and "agenda[0]" in parts and "agenda[0].statements[0]" in parts
    panel.show_part("agenda[0].statements[0]")
    answers.answers = ["Ghi đủ họ tên người phát biểu"]
    first = panel.add_comment()
    assert first is not None
    assert "Nội dung 1 › Ý kiến 1" in answers.prompts[-1][1]
    top = panel.comments_page.tree.topLevelItem(0)
    assert (top.text(0), top.text(1), top.text(2)) == (
        "Nội dung 1 › Ý kiến 1",
        CHAIR,
        "Ghi đủ họ tên người phát biểu",
    )
    assert panel.select_comment(first)
    answers.answers = ["Đã sửa"]
    reply = panel.reply()
    top = panel.comments_page.tree.topLevelItem(0)  # the tree was refilled
    assert reply is not None and top.childCount() == 1 and top.child(0).text(2) == "Đã sửa"
    panel.show_part("meeting")
    answers.answers = ["Thiếu giờ kết thúc"]
    panel.add_comment()
    assert panel.select_comment(first) and panel.resolve()
    stored = {c.id: c for c in app_context.db.review.comments(seed_record.id)}
    assert stored[first].resolved and stored[reply].resolved
    assert panel.comments_page.tree.topLevelItemCount() == 2  # resolved stay visible in the history
    assert panel.comments_page.tree.topLevelItem(0).text(4).startswith("Đã giải quyết")
    panel.comments_page.show_resolved.setChecked(False)
    assert panel.comments_page.tree.topLevelItemCount() == 1
    panel.comments_page.show_resolved.setChecked(True)
    panel.show_part("agenda[0].statements[0]")
    panel.comments_page.only_part.setChecked(True)
    assert panel.comments_page.tree.topLevelItemCount() == 1


def test_differences_between_revisions_and_the_draft(
    panel: ReviewPanel,
    answers: Answers,  # noqa: ANN001
    app_context,
    seed_record,
) -> None:  # noqa: ANN001
    panel.take(Action.SUBMIT)
    panel.take(Action.APPROVE)
    answers.answers = ["Sửa kết luận"]
    panel.take(Action.REOPEN)
    meeting = app_context.db.get(seed_record.id).meeting
    old_conclusion = meeting.conclusion
    meeting.conclusion = "Kết luận mới của hội nghị."
    app_context.db.update(seed_record.id, meeting)
    panel.refresh()
    lines = panel.compare(1, "current")
    assert f"Kết luận chung: «{old_conclusion}» → «Kết luận mới của hội nghị.»" in lines
    panel.take(Action.SUBMIT)
    panel.take(Action.APPROVE)
    assert [
        panel.diff_page.from_combo.itemData(i) for i in range(panel.diff_page.from_combo.count())
    ] == [
        1,
        2,
        "current",
    ]
    assert panel.compare(2, "current") == ["(không có khác biệt)"]
    assert any(line.startswith("Kết luận chung") for line in panel.compare(1, 2))


def test_audit_view_lists_field_changes(panel: ReviewPanel, app_context, seed_record) -> None:  # noqa: ANN001
    meeting = app_context.db.get(seed_record.id).meeting
    meeting.location = "Phòng họp số 2"
    app_context.db.update(seed_record.id, meeting, by="Lê Thị Hoa")
    panel.refresh()
    panel.tabs.setCurrentWidget(panel.audit_page)  # the audit is read when its page is shown
    table = panel.audit_page.table
    rows = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]
    assert rows[0][2] == "Tạo"
    change = next(r for r in rows if r[3] == "Địa điểm")
    assert change[1] == "Lê Thị Hoa" and change[2] == "Sửa" and change[5] == "Phòng họp số 2"


def _audit_status_changes(panel: ReviewPanel) -> list[tuple[str, str]]:
    panel.refresh()
    panel.tabs.setCurrentWidget(panel.audit_page)
    table = panel.audit_page.table
    rows = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]
    return [(r[4], r[5]) for r in rows if r[3] in ("Trạng thái", "Status")]


def test_audit_view_names_the_statuses_in_words(panel: ReviewPanel) -> None:
    panel.take(Action.SUBMIT)
    panel.take(Action.APPROVE)
    # The log stores the codes; the page shows the words the list and the badge use.
    assert _audit_status_changes(panel) == [("Bản nháp", "Chờ duyệt"), ("Chờ duyệt", "Đã duyệt")]


def test_audit_view_names_the_statuses_in_the_english_ui(panel: ReviewPanel, app_context) -> None:  # noqa: ANN001
    app_context.language = "en"
    panel.take(Action.SUBMIT)
    panel.take(Action.APPROVE)
    assert _audit_status_changes(panel) == [("Draft", "In review"), ("In review", "Approved")]


def test_verify_button_reports(panel: ReviewPanel, fake_interaction, app_context) -> None:  # noqa: ANN001
    panel.take(Action.SUBMIT)
    panel.take(Action.APPROVE)
    assert panel.verify()
    _kind, title, text, details = fake_interaction.messages[-1]
    assert title == "Biên bản nguyên vẹn"
    # one sentence for the user; the hashes wait behind "Chi tiết"
    assert text == "Biên bản không bị thay đổi kể từ khi được duyệt (phiên bản 1)."
    sha = app_context.db.review.verify(panel.meeting_id()).sha256
    assert sha not in text and sha in details and "SHA-256" in details


def test_the_name_is_asked_once_when_the_preferences_have_none(
    qtbot, app_context, seed_record
) -> None:  # noqa: ANN001
    app_context.user_name = ""
    app_context.settings.user_name = ""
    asked: list[str] = []

    def ask(parent, current: str) -> str:  # noqa: ANN001
        asked.append(current)
        return "  Trần   Văn Chủ  "

    widget = ReviewPanel(app_context, seed_record.id, ask_name=ask)
    qtbot.addWidget(widget)
    assert widget.take(Action.SUBMIT)
    assert widget.take(Action.APPROVE)
    assert asked == [""]
    assert app_context.settings.user_name == "Trần Văn Chủ" == app_context.user_name
    assert app_context.settings.qsettings.value("user/name") == "Trần Văn Chủ"
    assert app_context.db.user_name == "Trần Văn Chủ"
    # The user submits; the approver is picked from the people of the meeting (the chair).
    assert [s.by for s in app_context.db.review.history(seed_record.id)] == [
        "Trần Văn Chủ",
        "Mai Văn Thanh",
    ]


def test_no_name_no_step(qtbot, app_context, seed_record, fake_interaction) -> None:  # noqa: ANN001
    app_context.user_name = ""
    app_context.settings.user_name = ""
    widget = ReviewPanel(app_context, seed_record.id, ask_name=lambda parent, current: None)
    qtbot.addWidget(widget)
    assert not widget.take(Action.SUBMIT) and widget.status() is Status.DRAFT
    assert fake_interaction.messages[-1][0] == "warning"


def test_user_name_dialog_and_change(qtbot, app_context) -> None:  # noqa: ANN001
    dialog = UserNameDialog("")
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QDialogButtonBox

    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.name_edit.setText("  Phạm  Văn Hùng ")
    assert ok.isEnabled() and dialog.name() == "Phạm Văn Hùng"
    assert change_user_name(app_context, None, lambda parent, current: "Phạm Văn Hùng")
    assert (
        ensure_user_name(app_context, None, lambda parent, current: "không hỏi") == "Phạm Văn Hùng"
    )
    assert not change_user_name(app_context, None, lambda parent, current: None)


def test_the_approver_is_picked_from_the_people_of_the_meeting(
    panel: ReviewPanel,
    app_context,
    seed_record,
    fake_interaction,  # noqa: ANN001
) -> None:
    meeting = seed_record.meeting
    people = panel.approvers()
    assert people[0][0] == meeting.chair.name  # the chair first, offered by default
    names = [name for name, _label in people]
    assert len(names) == len(set(names))
    expected = {a.name for a in meeting.attendees if not a.is_group} | {meeting.chair.name}
    assert set(names) == expected
    panel.take(Action.SUBMIT)
    other = names.index(next(n for n in names if n != meeting.chair.name))
    fake_interaction.item_answers = [other]
    assert panel.take(Action.APPROVE)
    kind, title, listed = next(a for a in fake_interaction.asked if a[0] == "choose_item")
    assert title == "Người duyệt" and meeting.chair.name in listed
    approval = app_context.db.review.history(seed_record.id)[-1]
    assert approval.by == names[other] and approval.action is Action.APPROVE


def test_on_the_office_database_the_login_acts_and_nobody_is_chosen(
    panel: ReviewPanel,
    app_context,
    seed_record,
    fake_interaction,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    from minutes_app.store.api import Identity

    # The office database records the login that acts (PostgreSQL's session_user): asking
    # "Ai duyệt biên bản này?" there would offer a choice that changes nothing.
    secretary = Identity("hoa", "Lê Thị Hoa", ("secretary",))
    chair = Identity("hung", "Phạm Văn Hùng", ("chair",))
    monkeypatch.setattr(app_context.db, "identity", lambda: secretary)
    app_context.settings.user_name = ""  # nor is the preferences' name asked for
    assert panel.take(Action.SUBMIT)
    monkeypatch.setattr(app_context.db, "identity", lambda: chair)  # the chair's PC
    fake_interaction.item_answers = [1]  # would pick someone else, were it asked
    assert panel.take(Action.APPROVE)
    assert not [a for a in fake_interaction.asked if a[0] in ("choose_item", "text")]
    history = app_context.db.review.history(seed_record.id)
    assert [(e.action, e.by) for e in history[-2:]] == [
        (Action.SUBMIT, "Lê Thị Hoa"),
        (Action.APPROVE, "Phạm Văn Hùng"),
    ]


def test_cancelling_the_approver_choice_takes_no_step(
    panel: ReviewPanel,
    fake_interaction,  # noqa: ANN001
) -> None:
    panel.take(Action.SUBMIT)
    fake_interaction.item_answers = [None]
    assert not panel.take(Action.APPROVE) and panel.status() is Status.IN_REVIEW


def test_approval_is_refused_when_the_minutes_changed_since_they_were_shown(
    panel: ReviewPanel,
    app_context,
    seed_record,
    fake_interaction,  # noqa: ANN001
) -> None:
    panel.take(Action.SUBMIT)
    shown = panel.version()
    # Another window returns, edits and submits again; this panel still shows the old version.
    db = app_context.db
    db.review.return_(seed_record.id, "Mai Văn Thanh", "Sửa kết luận")
    meeting = db.get(seed_record.id).meeting
    meeting.conclusion = "Kết luận đã đổi."
    db.update(seed_record.id, meeting)
    db.review.submit(seed_record.id, "Nguyễn Thị Lan")
    assert panel.version() == shown
    assert not panel.take(Action.APPROVE)
    assert "đã thay đổi từ phiên bản" in fake_interaction.errors()[-1][2]
    assert panel.status() is Status.IN_REVIEW and panel.version() > shown  # caught up
    assert panel.take(Action.APPROVE)  # now it approves what it shows


def test_minutes_with_layout_errors_cannot_be_submitted_from_the_panel(
    panel: ReviewPanel,
    app_context,
    seed_record,
    fake_interaction,  # noqa: ANN001
) -> None:
    meeting = app_context.db.get(seed_record.id).meeting
    meeting.location = ""
    app_context.db.update(seed_record.id, meeting)
    panel.refresh()
    assert not panel.take(Action.SUBMIT)
    text = fake_interaction.errors()[-1][2]
    assert "Địa điểm" in text and "location" not in text  # the field's name, not its key
    assert panel.status() is Status.DRAFT


def test_a_number_far_above_the_next_asks_before_approving(
    panel: ReviewPanel,
    app_context,
    seed_record,
    fake_interaction,  # noqa: ANN001
) -> None:
    meeting = app_context.db.get(seed_record.id).meeting
    meeting.number = "1000000"
    app_context.db.update(seed_record.id, meeting)
    panel.take(Action.SUBMIT)
    fake_interaction.confirm_answers = [True, False]  # approve? yes; this number? no
    assert not panel.take(Action.APPROVE) and panel.status() is Status.IN_REVIEW
    assert "cách quá xa" in fake_interaction.asked[-1][2]
    fake_interaction.confirm_answers = [True, True]
    assert panel.take(Action.APPROVE) and panel.status() is Status.APPROVED
    assert app_context.db.get(seed_record.id).meeting.number == "1000000"
