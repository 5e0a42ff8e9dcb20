"""The Linux desktop file, metainfo, icons and install layout agree with appinfo and validate."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from minutes_app import appinfo

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{appinfo.DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{appinfo.DESKTOP_ID}.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_is_named_after_the_desktop_id() -> None:
    assert DESKTOP.is_file(), f"missing {DESKTOP}"
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Icon"] == appinfo.ICON_NAME
    assert entry["Name"] == appinfo.DISPLAY_NAME
    assert entry["Name[en]"] == appinfo.DISPLAY_NAME_EN
    assert entry["Comment"] == appinfo.SUMMARY
    assert entry["Comment[en]"] == appinfo.SUMMARY_EN
    assert entry["Exec"].split()[0] == appinfo.EXECUTABLE
    assert entry["StartupWMClass"] == appinfo.APP_NAME
    assert entry["Terminal"] == "false"


def test_metainfo_matches_appinfo() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == appinfo.DESKTOP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    names = {el.get(XML_LANG): el.text for el in root.findall("name")}
    assert names[None] == appinfo.DISPLAY_NAME and names["vi"] == appinfo.DISPLAY_NAME
    assert names["en"] == appinfo.DISPLAY_NAME_EN
    summaries = {el.get(XML_LANG): el.text for el in root.findall("summary")}
    assert summaries[None] == appinfo.SUMMARY and summaries["en"] == appinfo.SUMMARY_EN
    langs = {p.get(XML_LANG) for p in root.find("description").findall("p")}  # type: ignore[union-attr]
    assert {None, "en"} <= langs
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type", "").startswith("oars-")
    releases = root.find("releases").findall("release")  # type: ignore[union-attr]
    assert releases[0].get("version") == appinfo.VERSION, "newest release must be appinfo.VERSION"
    assert releases[0].get("date") == appinfo.RELEASE_DATE
    assert root.find("icon").text == appinfo.ICON_NAME  # type: ignore[union-attr]


def test_pyproject_version_matches_appinfo() -> None:
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == appinfo.VERSION


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils missing"
)
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream missing")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _svg(tmp_path: Path) -> Path:
    svg = tmp_path / "icon.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32">'
        '<rect width="64" height="32" fill="#c62828"/></svg>',
        encoding="utf-8",
    )
    return svg


def test_make_icons_writes_every_size_and_an_ico(tmp_path: Path) -> None:
    out, ico = tmp_path / "icons", tmp_path / "app.ico"
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "packaging" / "make_icons.py"),
            "--svg",
            str(_svg(tmp_path)),
            "--out",
            str(out),
            "--ico",
            str(ico),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = out / "hicolor" / f"{size}x{size}" / "apps" / f"{appinfo.ICON_NAME}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size), png
        # A 64x32 drawing is centred: the top rows are transparent, the middle is painted.
        assert image.pixelColor(size // 2, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).red() > 150
        assert png.stat().st_mode & stat.S_IROTH, "icons must be world-readable"
    assert (out / "hicolor" / "scalable" / "apps" / f"{appinfo.ICON_NAME}.svg").is_file()
    data = ico.read_bytes()
    assert data[:4] == b"\0\0\1\0" and int.from_bytes(data[4:6], "little") == 7


def test_make_icons_reports_a_missing_svg(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "packaging" / "make_icons.py"),
            "--svg",
            str(tmp_path / "nope.svg"),
            "--out",
            str(tmp_path / "o"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "nope.svg" in result.stderr and "Traceback" not in result.stderr


def test_install_script_lays_out_the_desktop_integration(tmp_path: Path) -> None:
    icons = tmp_path / "icons"
    made = subprocess.run(
        [
            sys.executable,
            str(REPO / "packaging" / "make_icons.py"),
            "--svg",
            str(_svg(tmp_path)),
            "--out",
            str(icons),
            "--ico",
            str(tmp_path / "a.ico"),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert made.returncode == 0, made.stderr
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    exe = bundle / appinfo.EXECUTABLE
    exe.write_text("#!/bin/sh\necho bundled\n")
    exe.chmod(0o755)
    stage = tmp_path / "stage"
    result = subprocess.run(
        ["sh", str(LINUX / "install.sh"), str(bundle)],
        capture_output=True,
        text=True,
        check=False,
        env={
            **os.environ,
            "DESTDIR": str(stage),
            "PREFIX": "/usr",
            "ICONS_DIR": str(icons / "hicolor"),
        },
    )
    assert result.returncode == 0, result.stderr
    root = stage / "usr"
    desktop = root / "share" / "applications" / DESKTOP.name
    assert f"Exec=/usr/bin/{appinfo.EXECUTABLE}" in desktop.read_text(encoding="utf-8")
    assert (root / "share" / "metainfo" / METAINFO.name).is_file()
    assert (root / "share/icons/hicolor/48x48/apps" / f"{appinfo.ICON_NAME}.png").is_file()
    assert (root / "share/icons/hicolor/scalable/apps" / f"{appinfo.ICON_NAME}.svg").is_file()
    link = root / "bin" / appinfo.EXECUTABLE
    assert os.readlink(link) == f"/usr/lib/{appinfo.EXECUTABLE}/{appinfo.EXECUTABLE}"
    assert (root / "lib" / appinfo.EXECUTABLE / appinfo.EXECUTABLE).is_file()


def test_committed_icons_are_made_from_the_current_svg() -> None:
    svg = REPO / "resources" / "icons" / "minutes-app.svg"
    hicolor = REPO / "resources" / "icons" / "hicolor"
    if not svg.is_file():
        pytest.skip("the app icon SVG is not there yet")
    scalable = hicolor / "scalable" / "apps" / f"{appinfo.ICON_NAME}.svg"
    assert scalable.read_bytes() == svg.read_bytes(), "run packaging/make_icons.py"
    from PySide6.QtGui import QImage

    for size in (16, 32, 48, 256, 512):
        image = QImage(str(hicolor / f"{size}x{size}" / "apps" / f"{appinfo.ICON_NAME}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (REPO / "packaging" / "windows" / f"{appinfo.EXECUTABLE}.ico").is_file()
