"""The window's signing actions: export for signing, verify a dropped PDF, take a signed file back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from minutes_app.domain import interchange
from minutes_app.services.signing import add_trusted_root
from minutes_app.signing.appearance import load_image
from minutes_app.signing.keys import Pkcs12Key
from minutes_app.signing.roles import Role
from minutes_app.signing.sign import SignRequest, sign_pdf
from minutes_app.ui.main_window import MainWindow
from tests.render.conftest import FIXTURES
from tests.signing.conftest import Pki
from tests.ui.placeholder_editor import PlaceholderEditor


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return Pki(tmp_path_factory.mktemp("pki"))


def _approved(db) -> int:  # noqa: ANN001
    data = json.loads((FIXTURES / "state-meeting.json").read_text(encoding="utf-8"))
    data["status"], data["number"] = "draft", ""
    meeting = interchange.parse(json.dumps(data, ensure_ascii=False).encode()).meeting
    record = db.create(meeting, by="Mai")
    db.review.submit(record.id, "Mai")
    db.review.approve(record.id, "Hùng")
    return record.id


def test_export_for_signing_then_verify_a_dropped_pdf_then_file_it(
    qtbot,
    app_context,
    fake_interaction,
    pki: Pki,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    db = app_context.db
    meeting_id = _approved(db)
    add_trusted_root(db, pki.root, by="Lan")
    window = MainWindow(app_context, editor_factory=PlaceholderEditor)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Ký số" in menus
    target = tmp_path / "de-ky.pdf"
    fake_interaction.save_paths.append(target)
    window.signing.current_id = lambda: meeting_id
    with qtbot.waitSignal(window.signing.exported, timeout=60000):
        window.signing.act_export.trigger()
    assert target.exists() and fake_interaction.errors() == []
    # The government's tool signs it (here: pyHanko with the test PKI).
    signed = sign_pdf(
        target.read_bytes(),
        SignRequest(
            Role.SECRETARY,
            Pkcs12Key(pki.p12["secretary"], pki.password),
            load_image((pki.folder / "signature.png").read_bytes(), "signature.png"),
        ),
    )
    back = tmp_path / "da-ky.pdf"
    back.write_bytes(signed.data)
    # Dropped on the window: every signature is checked and the report shown.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(back))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.signing.verified, timeout=60000) as caught:
        window.drop.eventFilter(window, drop)  # what Qt hands the window's drop filter
    ok, report = caught.args
    assert ok, report
    kind, _title, text, _ = fake_interaction.messages[-1]
    assert kind == "information" and "Sig_secretary" in text and "HỢP LỆ / VALID" in text
    # Nhập bản đã ký: verified, then filed with its meeting.
    fake_interaction.open_paths.append(back)
    with qtbot.waitSignal(window.signing.filed, timeout=60000) as filed:
        window.signing.act_import.trigger()
    assert filed.args == [meeting_id]
    from minutes_app.store import signatures

    assert [d.name for d in signatures.documents(db, meeting_id)] == ["da-ky.pdf"]
    # A damaged file is reported, not filed.
    data = bytearray(signed.data)
    data[len(data) // 2] ^= 1
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(bytes(data))
    with qtbot.waitSignal(window.signing.verified, timeout=60000) as caught:
        window.signing.verify_path(bad)
    assert caught.args[0] is False
    assert fake_interaction.messages[-1][0] == "warning"
    app_context.tasks.wait(30000)


def test_the_window_exports_approved_minutes_as_pdfa_by_default(
    qtbot,
    app_context,
    fake_interaction,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    import pikepdf.pdfa

    from minutes_app.ui.export_actions import ExportActions

    db = app_context.db
    meeting_id = _approved(db)
    actions = ExportActions(app_context)
    for answer, name in ((True, "a.pdf"), (False, "plain.pdf")):
        fake_interaction.confirm_answers.append(answer)
        fake_interaction.save_paths.append(tmp_path / name)
        with qtbot.waitSignal(actions.exported, timeout=60000):
            actions.export_document(db.get(meeting_id).meeting, "pdf", meeting_id)
    assert any("PDF/A-2b" in text for _, _, text in fake_interaction.asked)
    assert pikepdf.pdfa.validate_written(tmp_path / "a.pdf", "2b").passed
    assert not pikepdf.pdfa.validate_written(tmp_path / "plain.pdf", "2b").passed
