""" "Lưu làm mẫu" from the window: the template is listed beside the bundled ones and gives new meetings."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_app.domain.model import Status
from minutes_app.ui.main_window import MainWindow
from tests.ui.test_main_window import FakeEditor

TODAY = dt.date(2026, 4, 2)


@pytest.fixture
def window(qtbot, app_context):  # noqa: ANN001
    FakeEditor.instances = []
    win = MainWindow(app_context, editor_factory=FakeEditor, today=lambda: TODAY)
    win.act.preview.setChecked(False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _chooser_lines(fake_interaction) -> list[str]:  # noqa: ANN001
    return [a for a in fake_interaction.asked if a[0] == "choose_item"][-1][2].split("\n")


def test_save_as_template_then_new_meeting_from_it(
    window, db, app_context, fake_interaction, seed_record
) -> None:
    window.refresh_list()
    window.select_meeting(seed_record.id)
    assert window.act.save_template.isEnabled()
    fake_interaction.text_answers = ["Giao ban của huyện"]
    window.act.save_template.trigger()
    saved = app_context.user_data_dir() / "templates" / "giao-ban-cua-huyen.json"
    assert saved.is_file()
    assert "Đã lưu mẫu “Giao ban của huyện”" in window.statusBar().currentMessage()

    fake_interaction.item_answers = [None]
    window.commands.new_meeting()
    lines = _chooser_lines(fake_interaction)
    own = [i for i, line in enumerate(lines) if line.startswith("Mẫu của tôi: Giao ban của huyện")]
    assert own == [len(lines) - 1], lines  # after the blank meeting and the bundled types
    fake_interaction.item_answers = [own[0]]
    tab = window.commands.new_meeting()
    stored = db.get(tab.meeting_id()).meeting
    seed = seed_record.meeting
    assert stored.issuer == seed.issuer and stored.chair == seed.chair
    assert [a.label for a in stored.attendees] == [a.label for a in seed.attendees]
    assert [i.title for i in stored.agenda] == [i.title for i in seed.agenda]
    assert all(not i.statements and not i.conclusion for i in stored.agenda)
    assert stored.date == TODAY and stored.status is Status.DRAFT and stored.number == ""
    assert stored.votes == [] and stored.tasks == []


def test_saving_over_an_existing_template_asks_first(
    window, app_context, fake_interaction, seed_record
) -> None:
    window.refresh_list()
    window.select_meeting(seed_record.id)
    fake_interaction.text_answers = ["Giao ban", "Giao ban"]
    window.commands.save_as_template()
    path = app_context.user_data_dir() / "templates" / "giao-ban.json"
    before = path.read_bytes()
    fake_interaction.confirm_answers = [False]
    window.commands.save_as_template()
    assert fake_interaction.asked[-1][0] == "confirm"
    assert "Đã có mẫu “Giao ban”" in fake_interaction.asked[-1][2]
    assert path.read_bytes() == before


def test_delete_own_template(window, app_context, fake_interaction, seed_record) -> None:
    window.refresh_list()
    window.select_meeting(seed_record.id)
    fake_interaction.text_answers = ["Giao ban"]
    window.commands.save_as_template()
    fake_interaction.item_answers = [0]
    fake_interaction.confirm_answers = [True]
    window.commands.delete_own_template()
    assert not (app_context.user_data_dir() / "templates" / "giao-ban.json").exists()
    window.commands.delete_own_template()
    assert fake_interaction.messages[-1][2].startswith("Chưa có mẫu nào của bạn")


def test_a_damaged_own_template_is_reported_and_the_others_offered(
    window, app_context, fake_interaction
) -> None:
    folder = app_context.user_data_dir() / "templates"
    folder.mkdir(parents=True)
    (folder / "hong.json").write_text("{", "utf-8")
    fake_interaction.item_answers = [None]
    window.commands.new_meeting()
    warning = fake_interaction.messages[-1]
    assert warning[0] == "warning" and "hong.json" in warning[2]
    assert len(_chooser_lines(fake_interaction)) == 6  # blank + the five bundled types
