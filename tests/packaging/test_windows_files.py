"""The Inno Setup script and the PyInstaller spec agree with appinfo (checked on any platform)."""

from __future__ import annotations

import re
from pathlib import Path

from minutes_app import appinfo

REPO = Path(__file__).resolve().parents[2]
ISS = REPO / "packaging" / "windows" / "minutes_app.iss"
SPEC = REPO / "packaging" / "minutes_app.spec"


def _iss() -> str:
    data = ISS.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "Inno Setup needs a UTF-8 BOM for Vietnamese text"
    return data[3:].decode("utf-8")


def test_installer_has_a_fixed_app_id_and_takes_the_version_from_outside() -> None:
    text = _iss()
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}$", text, re.M)
    assert "AppVersion={#AppVersion}" in text
    assert "#error" in text.split("#ifndef AppVersion", 1)[1].split("#endif", 1)[0]
    assert not re.search(r"^AppVersion=\d", text, re.M), "the version must come via /D"


def test_installer_languages_menu_desktop_icon_and_uninstaller() -> None:
    text = _iss()
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile: "([^"]+)"', text, re.M)
    assert {name for name, _ in languages} == {"vi", "en"}
    assert any(path.endswith("Vietnamese.isl") for _, path in languages)
    assert languages[0][0] == "vi", "Vietnamese is the default language"
    assert f'#define AppName "{appinfo.DISPLAY_NAME}"' in text
    assert f'#define AppExe "{appinfo.EXECUTABLE}.exe"' in text
    assert f'#define AppCliExe "{appinfo.EXECUTABLE}-cli.exe"' in text
    assert "{autoprograms}" in text and "{autodesktop}" in text
    assert re.search(r'^Name: "desktopicon";.*Flags: unchecked', text, re.M)
    assert "UninstallDisplayIcon=" in text and "Uninstallable=no" not in text
    for key in ("AppTitle", "CliTitle"):
        assert f"vi.{key}=" in text and f"en.{key}=" in text


def test_spec_builds_the_programs_the_installer_installs() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert "name=appinfo.EXECUTABLE" in spec
    assert 'name=f"{appinfo.EXECUTABLE}-cli"' in spec
    assert "console=False" in spec and "console=True" in spec
    assert '"minutes_app", "resources"' in spec, "paths.py looks in _MEIPASS/minutes_app/resources"
    used = re.search(r"QT_USED = \{([^}]*)\}", spec)
    assert used is not None
    assert set(re.findall(r'"(Qt\w+)"', used.group(1))) == {
        "QtCore",
        "QtGui",
        "QtWidgets",
        "QtPdf",
        "QtPdfWidgets",
        "QtPrintSupport",
        "QtSvg",
    }


def test_windows_readme_names_the_real_commands() -> None:
    readme = (REPO / "packaging" / "windows" / "README.md").read_text(encoding="utf-8")
    for needle in (
        "minutes_app.spec",
        "build_translations.py",
        "make_icons.py",
        "/DAppVersion",
        "Vietnamese.isl",
        "appinfo.VERSION",
    ):
        assert needle in readme
