"""Benchmark: the keys pressed beyond the content to record the seed meeting, editor vs. live mode.

A scripted secretary records the seed meeting keyboard-only, driving the real widgets with
key events (offscreen): once in the normal editor (every section, as in
tests/ui/editor/test_capture.py) and once with the meeting itself taken in the live mode
("Đang họp"), the header, invited list, agenda, tasks and recipients being prepared in the
editor as before. Every key is counted:

- content: a character of the minutes' text typed into its field (a line break is one key);
- extra: every other key: Tab, Enter that adds a row, Escape, shortcuts (a chord counts each
  key held: Ctrl+Enter is 2), letters typed to find a name, and times, dates and counts typed
  (the live mode stamps times itself).

The share printed is extra / the characters of the content (the printed text fields of the
seed, the same for both ways). A Vietnamese letter is one key: the input method's own
strokes are the same in every program. "During the meeting" counts only what is recorded
while the meeting runs (times, statements, conclusions); its content is the statements'
speakers and text and the conclusions. Target: under 10 % in the live mode, during the meeting.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings, Qt, qInstallMessageHandler  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from minutes_app.domain import interchange  # noqa: E402
from minutes_app.domain.model import Meeting  # noqa: E402
from minutes_app.domain.validation import is_printed, text_fields  # noqa: E402
from minutes_app.store import Database  # noqa: E402
from minutes_app.ui.context import AppContext  # noqa: E402
from minutes_app.ui.editor import MeetingEditor  # noqa: E402
from minutes_app.ui.interaction import Interaction  # noqa: E402
from minutes_app.ui.refguard import make_singletons_immortal  # noqa: E402
from minutes_app.ui.settings import Settings  # noqa: E402
from minutes_app.ui.tasks import TaskRunner  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
TARGET = 0.10
K = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PREP, MEETING = "prep", "meeting"


def seed() -> Meeting:
    shared = REPO.parent / "shared" / "examples" / "seed-meeting.json"
    path = shared if shared.exists() else REPO / "tests" / "fixtures" / "seed-meeting.json"
    return interchange.parse(path.read_bytes()).meeting


def content_characters(meeting: Meeting, *, meeting_part: bool = False) -> int:
    """Return the characters of the printed text fields (or of what is said at the meeting)."""
    total = 0
    for path, value in text_fields(meeting):
        if not is_printed(path):
            continue
        said = ".statements[" in path or path.endswith("conclusion")
        if meeting_part and not said:
            continue
        total += len(value)
    return total


class Keyboard:
    """Sends key events to the focused widget and counts them, content apart from the rest."""

    def __init__(self) -> None:
        self.phase = PREP
        self.counts: Counter[tuple[str, str]] = Counter()

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        if widget is None:
            raise RuntimeError("nothing has the keyboard focus")
        return widget

    def _send_text(self, text: str) -> None:
        for ch in text:
            if ch == "\n":
                self._send_key(K.Key_Return, NONE)
                continue
            widget = self.focus()
            if ch.isascii() and ch.isprintable():
                QTest.keyClick(widget, ch)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(kind, 0, NONE, ch))
            QApplication.processEvents()

    def _send_key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
        widget = self.focus()
        window = widget.window().windowHandle()
        QTest.keyClick(window if window is not None else widget, key, modifiers)
        QApplication.processEvents()

    def content(self, text: str) -> None:
        """Type ``text`` into its field: each character (line breaks too) is one content key."""
        self._send_text(text)
        self.counts[(self.phase, "content")] += len(text)

    def letters(self, text: str) -> None:
        """Type ``text`` that is not the minutes' text (a time, a date, letters of a name)."""
        self._send_text(text)
        self.counts[(self.phase, "extra")] += len(text)

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE, times: int = 1) -> None:
        """Press a key (a chord counts every key held)."""
        held = sum(1 for m in (CTRL, ALT, SHIFT) if modifiers & m)
        for _ in range(times):
            self._send_key(key, modifiers)
            self.counts[(self.phase, "extra")] += 1 + held

    def close_suggestions(self) -> None:
        if QApplication.activePopupWidget() is not None:
            self.press(K.Key_Escape)

    def mnemonic(self, key: Qt.Key) -> None:
        """Alt+letter of a button (buttons click 100 ms later)."""
        self.press(key, ALT)
        QTest.qWait(200)

    def total(self, kind: str, phase: str | None = None) -> int:
        """Return the keys of ``kind`` ("content" or "extra"), in ``phase`` or in all."""
        phases = (phase,) if phase else (PREP, MEETING)
        return sum(self.counts[(p, kind)] for p in phases)

    def extra(self, phase: str | None = None) -> int:
        return self.total("extra", phase)

    def typed(self, phase: str | None = None) -> int:
        return self.total("content", phase)


def settle() -> None:
    QTest.qWait(5)
    QApplication.processEvents()


# -- the editor, section by section (as tests/ui/editor/test_capture.py) --------------------------


def general(kb: Keyboard, m: Meeting, *, times: bool) -> None:
    kb.press(K.Key_1, CTRL)
    kb.content(m.issuer.parent)
    kb.press(K.Key_Tab)
    kb.content(m.issuer.name)
    kb.press(K.Key_Tab)
    kb.content(m.issuer.abbreviation)
    kb.press(K.Key_Tab)
    kb.press(K.Key_Down)  # Nhà nước -> Đảng
    kb.press(K.Key_Tab, times=2)
    kb.content(m.symbol)
    kb.press(K.Key_Tab)
    kb.content(m.place)
    kb.press(K.Key_Tab)
    kb.press(K.Key_A, CTRL)
    kb.letters("25/2/2020")
    kb.press(K.Key_Tab, times=2)
    kb.content(m.title)
    kb.press(K.Key_Tab)
    kb.content(m.kind)
    kb.press(K.Key_Escape)
    kb.press(K.Key_Tab)
    if times:
        kb.phase = MEETING
        kb.letters("07:30")
        kb.press(K.Key_Tab)
        kb.letters("11h15")
        kb.press(K.Key_Tab)
        kb.phase = PREP
    else:
        kb.press(K.Key_Tab, times=2)
    kb.content(m.location)
    kb.press(K.Key_Tab)
    for person in (m.chair, m.secretary):
        kb.content(person.name)
        kb.press(K.Key_Tab)
        kb.content(person.position)
        kb.press(K.Key_Tab)
    settle()


def attendees(kb: Keyboard, m: Meeting) -> None:
    kb.press(K.Key_2, CTRL)
    kb.press(K.Key_Return)
    kb.content(m.attendees[0].name)  # the chair: the position comes by itself
    kb.press(K.Key_Tab)
    kb.press(K.Key_Return)
    settle()
    kb.content(m.attendees[1].name)
    kb.press(K.Key_Tab)
    kb.content(m.attendees[1].position)
    kb.press(K.Key_Return)
    settle()
    for group in (a for a in m.attendees if a.is_group):
        kb.mnemonic(K.Key_N)  # "Thêm nhóm"
        kb.content(group.group or "")
        if group.count is not None:
            kb.press(K.Key_Tab)
            kb.letters(str(group.count))
            kb.press(K.Key_Tab)
        else:
            kb.press(K.Key_Return)
            settle()
    settle()


def agenda(kb: Keyboard, editor: MeetingEditor, m: Meeting, *, statements: bool) -> None:
    kb.press(K.Key_3, CTRL)
    content = editor.sections[2]
    for item in m.agenda:
        kb.mnemonic(K.Key_N)  # "Thêm nội dung"
        kb.content(item.title)
        kb.press(K.Key_Tab)
        assert item.presenter is not None
        kb.content(item.presenter.name)
        kb.close_suggestions()
        kb.press(K.Key_Tab)
        if not statements:
            continue
        kb.phase = MEETING
        for statement in item.statements:
            kb.press(K.Key_Return, CTRL)
            kb.content(statement.speaker.label)
            kb.close_suggestions()
            kb.press(K.Key_Tab)
            while kb.focus() is not content.content_edit:
                kb.press(K.Key_Tab)
            kb.content(statement.content)
        kb.press(K.Key_Tab)
        kb.content(item.conclusion)
        kb.phase = PREP
    settle()


def conclusion(kb: Keyboard, m: Meeting) -> None:
    kb.phase = MEETING
    kb.press(K.Key_4, CTRL)
    kb.content(m.conclusion)
    kb.phase = PREP


def tasks(kb: Keyboard, m: Meeting) -> None:
    kb.press(K.Key_5, CTRL)
    for task in m.tasks:
        kb.press(K.Key_Return)
        settle()
        kb.content(task.description)
        kb.press(K.Key_Tab)
        kb.content(task.owner)
        kb.close_suggestions()
        kb.press(K.Key_Tab)
        if task.due is not None:
            kb.letters(f"{task.due.day}/{task.due.month}/{task.due.year}")
        kb.press(K.Key_Return)
        settle()
        kb.press(K.Key_Escape)
        settle()


def signing(kb: Keyboard, m: Meeting) -> None:
    kb.press(K.Key_6, CTRL)
    kb.press(K.Key_Tab, times=4)
    kb.content("\n".join(m.recipients))
    kb.press(K.Key_Tab)
    kb.letters(str(m.copies))
    kb.press(K.Key_Tab)
    settle()


# -- the live mode ----------------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2020, 2, 25, 7, 20)

    def __call__(self) -> dt.datetime:
        return self.now


def live_meeting(kb: Keyboard, editor: MeetingEditor, m: Meeting, clock: Clock) -> None:
    kb.phase = MEETING
    kb.press(K.Key_M, CTRL)  # "Đang họp" (the window's action; here the editor's own switch)
    page = editor.live
    assert page is not None and editor.is_live_mode()
    clock.now = dt.datetime(2020, 2, 25, 7, 30, 4)
    kb.press(K.Key_B, CTRL)  # everyone invited is here: nothing to tick
    for number, item in enumerate(m.agenda):
        if number:
            kb.press(K.Key_PageDown, CTRL)
        for statement in item.statements:
            clock.now += dt.timedelta(minutes=7)
            labels = [c.label for c in page.bar.choices]
            position = labels.index(statement.speaker.label) + 1
            if position <= 9:
                kb.press(getattr(K, f"Key_{position}"), ALT)
            else:  # a few letters of the name
                kb.press(K.Key_Return, CTRL)
                kb.letters(statement.speaker.label.split()[-1][:4])
                kb.press(K.Key_Return)
            kb.content(statement.content)
        kb.press(K.Key_L, ALT)
        kb.content(item.conclusion)
    kb.press(K.Key_PageDown, CTRL)  # the meeting's conclusion
    kb.content(m.conclusion)
    clock.now = dt.datetime(2020, 2, 25, 11, 15, 50)
    kb.press(K.Key_K, CTRL | SHIFT)  # "Kết thúc"
    kb.press(K.Key_M, CTRL)  # back to the editor
    kb.phase = PREP
    settle()


def record(context: AppContext, way: str, m: Meeting) -> Keyboard:
    """Record the seed from a blank meeting in ``way`` ("editor" or "live")."""
    record = context.db.create(Meeting(date=dt.date(2020, 2, 25)))
    editor = MeetingEditor(context, record)
    editor.autosave.enabled = False
    clock = Clock()
    editor.clock = clock
    # The window's "Đang họp" action (Ctrl+M) switches the editor; stand in for it here.
    from PySide6.QtGui import QKeySequence, QShortcut

    toggle = QShortcut(QKeySequence("Ctrl+M"), editor)
    toggle.activated.connect(lambda: editor.set_live_mode(not editor.is_live_mode()))
    editor.resize(1300, 850)
    editor.show()
    QTest.qWaitForWindowExposed(editor)
    editor.activateWindow()
    QApplication.processEvents()
    kb = Keyboard()
    general(kb, m, times=way == "editor")
    attendees(kb, m)
    agenda(kb, editor, m, statements=way == "editor")
    if way == "editor":
        conclusion(kb, m)
    tasks(kb, m)
    signing(kb, m)
    if way == "live":
        live_meeting(kb, editor, m, clock)
    result = editor.meeting()
    if way == "live":
        for item in result.agenda:
            for statement in item.statements:
                statement.time = None  # stamped by the live mode; the seed has none
    if result != m:
        raise RuntimeError(f"the {way} recording does not give the seed meeting")
    editor.close()
    editor.deleteLater()
    return kb


def main() -> int:
    # Completion popups cannot raise or grab offscreen: Qt says so on every one.
    qInstallMessageHandler(lambda kind, context, message: None)
    make_singletons_immortal()  # as run_app does: PySide6 6.12 drops references to None
    app = QApplication([])
    m = seed()
    with tempfile.TemporaryDirectory(prefix="bench-keys-") as tmp:
        path = Path(tmp) / "minutes.sqlite"
        db = Database.open(path)
        context = AppContext(
            db=db,
            db_path=path,
            settings=Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)),
            interaction=Interaction(),
            tasks=TaskRunner(lambda label, failure: None),
            user_name="Nguyễn Thị Lan",
        )
        editor = record(context, "editor", copy.deepcopy(m))
        live = record(context, "live", copy.deepcopy(m))
        db.close()
    app.quit()
    whole = content_characters(m)
    said = content_characters(m, meeting_part=True)
    rows = []
    for label, kb in (("editor", editor), ("live mode", live)):
        share = kb.extra() / whole
        rows.append(
            (
                f"keys beyond the content, whole seed, {label}",
                f"{share:.1%}",
                f"{kb.extra()} extra keys / {whole} characters; {kb.typed()} typed, "
                f"{whole - kb.typed()} filled in by the app; {kb.extra() + kb.typed()} keys "
                "in all",
            )
        )
    shares = {}
    for label, kb in (("editor", editor), ("live mode", live)):
        shares[label] = kb.extra(MEETING) / said
        rows.append(
            (
                f"keys beyond the content, during the meeting, {label}",
                f"{shares[label]:.1%}",
                f"{kb.extra(MEETING)} extra keys / {said} characters said; "
                f"{kb.typed(MEETING)} typed",
            )
        )
    met = shares["live mode"] < TARGET
    rows.append(
        (
            "live mode during the meeting: target",
            f"< {TARGET:.0%}",
            "met" if met else "MISSED",
        )
    )
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print("Keystroke benchmark (bench_keystrokes.py): the seed meeting, keyboard only")
    for label, value, note in rows:
        print(f"  {label.ljust(width)}  {value.rjust(value_width)}  {note}".rstrip())
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
