"""The cache of reportlab's reading of the bundled fonts (render/font_cache.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from minutes_app import paths
from minutes_app.render import font_cache

FACES = [
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache" / "fonts"
    monkeypatch.setattr(font_cache, "cache_folder", folder)
    return folder


def same_font(ours: TTFont, theirs: TTFont) -> None:
    """Assert that two reportlab fonts hold the same reading of one file."""
    assert sorted(ours.__dict__) == sorted(theirs.__dict__)
    assert ours.fontName == theirs.fontName
    assert type(ours.encoding) is type(theirs.encoding)
    assert ours._asciiReadable == theirs._asciiReadable
    assert ours.shapable == theirs.shapable
    a, b = ours.face.__dict__, theirs.face.__dict__
    assert sorted(a) == sorted(b)
    for key in a:
        if key == "_pdfScale":
            assert [a[key](v) for v in (0, 1, 700, 2048)] == [b[key](v) for v in (0, 1, 700, 2048)]
            continue
        assert a[key] == b[key], key
        assert type(a[key]) is type(b[key]), key
        if hasattr(b[key], "ustr"):  # reportlab's name strings keep their text too
            assert a[key].ustr == b[key].ustr, key


@pytest.mark.parametrize("name", FACES)
def test_a_face_read_back_from_the_cache_is_reportlabs_own_reading(cache: Path, name: str) -> None:
    path = paths.resource("fonts", name)
    first = font_cache.load_font("F", path)  # reads the file and writes the cache
    assert [f.name for f in (cache / path.stem).iterdir()] == [
        font_cache.cache_file(path, path.read_bytes()).name
    ]
    again = font_cache.load_font("F", path)  # from the cache
    assert again.face is not first.face
    same_font(again, TTFont("F", str(path)))
    same_font(first, TTFont("F", str(path)))


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # cut short
        lambda b: b[:40] + bytes([b[40] ^ 1]) + b[41:],  # one bit flipped
        lambda b: zlib.crc32(b"\x00junk").to_bytes(4, "big") + b"\x00junk",  # checked, not marshal
        lambda b: b"",
    ],
    ids=["truncated", "flipped", "not-marshal", "empty"],
)
def test_a_damaged_cache_file_is_ignored_and_written_again(cache: Path, damage) -> None:  # type: ignore[no-untyped-def]
    path = paths.resource("fonts", FACES[0])
    font_cache.load_font("F", path)
    (target,) = (cache / path.stem).iterdir()
    good = target.read_bytes()
    target.write_bytes(damage(good))
    same_font(font_cache.load_font("F", path), TTFont("F", str(path)))
    assert target.read_bytes() == good


def test_writing_a_fonts_cache_removes_its_older_files_only(cache: Path) -> None:
    path = paths.resource("fonts", FACES[0])
    older = cache / path.stem / "393576-00000000-rl4.4.0-f1.marshal"
    other = cache / "LiberationSerif-Bold" / "1-00000000-rl4.4.0-f1.marshal"
    for f in (older, other):
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(b"old")
    font_cache.load_font("F", path)
    assert [f.name for f in (cache / path.stem).iterdir()] == [
        font_cache.cache_file(path, path.read_bytes()).name
    ]
    assert other.read_bytes() == b"old"


def test_a_cache_folder_that_cannot_be_written_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    monkeypatch.setattr(font_cache, "cache_folder", blocker / "fonts")
    path = paths.resource("fonts", FACES[1])
    same_font(font_cache.load_font("F", path), TTFont("F", str(path)))
    assert blocker.read_bytes() == b"" and list(tmp_path.iterdir()) == [blocker]


def test_a_pdf_made_from_the_cache_is_the_pdf_made_without_it(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from minutes_app.domain import interchange\n"
        "from minutes_app.render import render_pdf_bytes\n"
        "meeting = interchange.parse(open(sys.argv[1], 'rb').read()).meeting\n"
        "sys.stdout.buffer.write(render_pdf_bytes(meeting))\n"
    )
    seed = REPO / "tests" / "fixtures" / "seed-meeting.json"
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "xdg"), HOME=str(tmp_path))

    def pdf() -> bytes:
        out = subprocess.run(
            [sys.executable, "-c", code, str(seed)], capture_output=True, env=env, check=True
        )
        return out.stdout

    without = pdf()  # no cache yet: reportlab reads the files, and the cache is written
    cached = sorted((tmp_path / "xdg").rglob("*.marshal"))
    assert len(cached) == 4  # the example minutes set all four faces
    written = [(f.stat().st_ino, f.stat().st_mtime_ns) for f in cached]
    assert pdf() == without
    # ... and the second process read them, as they were (a file ignored is written again).
    assert [(f.stat().st_ino, f.stat().st_mtime_ns) for f in cached] == written
