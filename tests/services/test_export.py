"""The export verb on a meeting object: the layout check first, then an atomic write."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from minutes_app.domain.fields import editor_label
from minutes_app.domain.files import FileWriteError
from minutes_app.domain.model import Meeting
from minutes_app.render import ExportError, LayoutCheckFailed, check_meeting
from minutes_app.services.export import export_meeting
from tests.render.conftest import load_fixture


@pytest.fixture
def state_meeting() -> Meeting:
    """Return the commune People's Committee meeting (state profile, numbered 07)."""
    return load_fixture("state-meeting.json")


def test_export_writes_both_formats(state_meeting: Meeting, tmp_path: Path) -> None:
    assert export_meeting(state_meeting, "pdf", tmp_path / "a.pdf").warnings == []
    assert export_meeting(state_meeting, "docx", tmp_path / "a.docx").warnings == []
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "a.docx").read_bytes().startswith(b"PK")
    assert sorted(os.listdir(tmp_path)) == ["a.docx", "a.pdf"]


def test_export_replaces_an_existing_file(state_meeting: Meeting, tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    export_meeting(state_meeting, "pdf", target)
    assert target.read_bytes().startswith(b"%PDF-")


def test_warnings_are_returned(seed_meeting: Meeting, tmp_path: Path) -> None:
    warnings = export_meeting(seed_meeting, "pdf", tmp_path / "s.pdf").warnings
    assert [w.path for w in warnings] == ["number"]
    assert all(not w.is_error for w in warnings)


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda m: setattr(m.chair, "name", ""), "chair.name"),
        (lambda m: setattr(m, "start", None), "start"),
        (lambda m: setattr(m, "location", " "), "location"),
        (lambda m: setattr(m.issuer, "name", ""), "issuer.name"),
        (lambda m: setattr(m, "end", m.start.replace(hour=6)), "end"),
        (lambda m: setattr(m.issuer, "name", "X" * 201), "issuer.name"),
        (lambda m: setattr(m.signature, "chair_title", "Y" * 151), "signature.chair_title"),
    ],
)
def test_errors_stop_the_export(state_meeting: Meeting, tmp_path: Path, change, path: str) -> None:
    change(state_meeting)
    target = tmp_path / "a.pdf"
    with pytest.raises(LayoutCheckFailed) as info:
        export_meeting(state_meeting, "pdf", target)
    assert path in [p.path for p in info.value.errors]
    # The message names the field as the window does, not by its path.
    assert info.value.path == target
    assert f"error: {editor_label(path, 'en')}: " in info.value.message_en
    assert f"lỗi: {editor_label(path, 'vi')}: " in info.value.message_vi
    assert f"{path}:" not in info.value.message_en
    assert list(tmp_path.iterdir()) == []


def test_check_lists_warnings(seed_meeting: Meeting) -> None:
    seed_meeting.secretary.name = ""
    seed_meeting.attendees = []
    paths = {p.path for p in check_meeting(seed_meeting) if not p.is_error}
    assert {"secretary.name", "attendees", "number"} <= paths
    assert not [p for p in check_meeting(seed_meeting) if p.is_error]
    mismatch = check_meeting(seed_meeting, "state")
    assert "profile" in {p.path for p in mismatch}


def test_folder_target_and_missing_folder(state_meeting: Meeting, tmp_path: Path) -> None:
    with pytest.raises(FileWriteError) as info:
        export_meeting(state_meeting, "pdf", tmp_path)
    assert info.value.path == tmp_path and "folder" in info.value.message_en
    with pytest.raises(FileWriteError) as info:
        export_meeting(state_meeting, "pdf", tmp_path / "nope" / "a.pdf")
    assert "nope" in info.value.message_vi


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder(state_meeting: Meeting, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(FileWriteError) as info:
            export_meeting(state_meeting, "docx", folder / "a.docx")
        assert "permission" in info.value.message_en and "a.docx" in info.value.message_vi
    finally:
        folder.chmod(0o755)
    assert list(folder.iterdir()) == []


def test_disk_full_leaves_no_partial_file(
    state_meeting: Meeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    target = tmp_path / "a.pdf"
    target.write_bytes(b"previous version")
    with pytest.raises(FileWriteError) as info:
        export_meeting(state_meeting, "pdf", target)
    assert "disk is full" in info.value.message_en and "đầy" in info.value.message_vi
    assert target.read_bytes() == b"previous version"  # the old file is untouched
    assert sorted(os.listdir(tmp_path)) == ["a.pdf"]


def test_unknown_format(state_meeting: Meeting, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="odt"):
        export_meeting(state_meeting, "odt", tmp_path / "a.odt")


def test_render_imports_no_heavy_writer_until_needed() -> None:
    import subprocess
    import sys

    code = (
        "import sys, minutes_app.render\n"
        "print(int('docx' in sys.modules), int('reportlab.platypus' in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "0"]
