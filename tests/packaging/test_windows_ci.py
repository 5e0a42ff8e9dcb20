"""The Windows route is wired to real files: the CI workflow, run.cmd / test.cmd (checked on Linux)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

yaml = pytest.importorskip("yaml")

REPO = Path(__file__).resolve().parents[2]
WORKFLOW = REPO / ".github" / "workflows" / "windows.yml"
ISS = REPO / "packaging" / "windows" / "minutes_app.iss"
HELPER = REPO / "packaging" / "windows" / "ensure_venv.cmd"
# A path inside the repository as scripts write it: packaging/…, tests\…, resources/… .
REPO_PATH = re.compile(r"\b((?:packaging|tests|resources|minutes_app)[/\\][\w.\-/\\]*\w)")


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    (job,) = workflow["jobs"].values()
    assert str(job["runs-on"]).startswith("windows-")
    return list(job["steps"])


def _repo_paths(text: str) -> set[str]:
    return {match.replace("\\", "/") for match in REPO_PATH.findall(text)}


def test_workflow_runs_on_pushes_pull_requests_and_by_hand(workflow: dict[str, Any]) -> None:
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as True
    assert {"push", "pull_request", "workflow_dispatch"} <= set(triggers)
    assert workflow["permissions"] == {"contents": "read"}


def test_workflow_builds_smoke_tests_and_keeps_the_installer_in_that_order(
    steps: list[dict[str, Any]],
) -> None:
    scripts = [str(step.get("run", "")) for step in steps]

    def index(needle: str) -> int:
        found = [i for i, script in enumerate(scripts) if needle in script]
        assert found, f"no step runs {needle}"
        return found[0]

    bundle = index("packaging/minutes_app.spec")
    assert index("packaging/build_translations.py") < bundle, "the spec needs the .qm first"
    smoke = index("packaging/smoke_test_bundle.sh")
    installer = index("packaging/windows/minutes_app.iss")
    assert bundle < smoke < installer
    upload = [i for i, step in enumerate(steps) if "upload-artifact" in step.get("uses", "")]
    assert upload and upload[0] > installer


def test_every_path_the_workflow_names_exists(steps: list[dict[str, Any]]) -> None:
    named = set()
    for step in steps:
        named |= _repo_paths(str(step.get("run", "")))
    named.discard("packaging/windows/Vietnamese.isl")  # downloaded by the workflow itself
    assert named, "the workflow names no file of the repository"
    missing = sorted(path for path in named if not (REPO / path).exists())
    assert missing == []


def test_the_artifact_is_the_installer_inno_setup_writes(steps: list[dict[str, Any]]) -> None:
    iss = ISS.read_bytes().decode("utf-8-sig")
    out_dir = re.search(r"^OutputDir=(.+)$", iss, re.M)
    base = re.search(r"^OutputBaseFilename=(.+)$", iss, re.M)
    assert out_dir and base
    # The script lives in packaging/windows: ..\..\dist is dist/ at the repository root.
    assert out_dir.group(1).strip() == r"..\..\dist"
    produced = base.group(1).strip().replace("{#AppVersion}", "*") + ".exe"
    (upload,) = [step for step in steps if "upload-artifact" in step.get("uses", "")]
    assert upload["with"]["path"] == f"dist/{produced}"
    assert upload["with"]["if-no-files-found"] == "error"


def test_actions_and_downloads_are_pinned(
    workflow: dict[str, Any], steps: list[dict[str, Any]]
) -> None:
    for step in steps:
        if "uses" in step:
            assert re.fullmatch(r"[\w-]+/[\w-]+@v\d+", step["uses"]), step["uses"]
    isl = workflow["env"]["VIETNAMESE_ISL"]
    assert re.fullmatch(
        r"https://raw\.githubusercontent\.com/jrsoftware/issrc/[0-9a-f]{40}/"
        r"Files/Languages/Unofficial/Vietnamese\.isl",
        isl,
    ), "fetch Vietnamese.isl at a fixed commit"
    assert any("Vietnamese.isl" in str(step.get("run", "")) for step in steps)


def test_smoke_test_uses_the_console_program_on_windows() -> None:
    script = (REPO / "packaging" / "smoke_test_bundle.sh").read_text(encoding="utf-8")
    assert "MINGW*" in script and "minutes-app-cli.exe" in script and "minutes-app.exe" in script


@pytest.mark.parametrize("name", ["run.cmd", "test.cmd", "packaging/windows/ensure_venv.cmd"])
def test_cmd_files_have_crlf_and_only_real_labels_and_paths(name: str) -> None:
    data = (REPO / name).read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n") > 0, "cmd.exe needs CRLF line endings"
    text = data.decode("utf-8")
    assert text.startswith("@echo off\r\n")
    first_non_ascii = next((i for i, ch in enumerate(text) if ord(ch) > 127), len(text))
    if first_non_ascii < len(text):  # Vietnamese text is read as UTF-8 only after chcp 65001
        assert name.endswith("ensure_venv.cmd") or "chcp 65001" in text[:first_non_ascii]
    labels = set(re.findall(r"^:(\w+)", text, re.M))
    for target in re.findall(r"goto :(\w+)", text):
        assert target in labels, f"{name}: goto :{target} has no label"
    missing = sorted(p for p in _repo_paths(text) if not (REPO / p).exists())
    assert missing == []


def test_run_cmd_and_test_cmd_do_what_make_run_and_make_test_do() -> None:
    run = (REPO / "run.cmd").read_text(encoding="utf-8")
    test = (REPO / "test.cmd").read_text(encoding="utf-8")
    helper = HELPER.read_text(encoding="utf-8")
    assert 'call packaging\\windows\\ensure_venv.cmd "" -app' in run
    assert ".venv\\Scripts\\python -m minutes_app %*" in run
    assert 'call packaging\\windows\\ensure_venv.cmd "[test]" -test' in test
    assert 'set "QT_QPA_PLATFORM=offscreen"' in test
    assert ".venv\\Scripts\\python -m pytest -q -p no:cacheprovider %*" in test
    assert "chcp 65001" in run and "chcp 65001" in test
    # The helper: py -3 makes the venv, the install follows pyproject.toml, then the .qm.
    assert "py -3 -m venv .venv" in helper
    assert "pyproject.toml" in helper and '-e ".%EXTRAS%"' in helper
    assert helper.index("pip install") < helper.index("packaging\\build_translations.py")


def test_readme_documents_the_windows_route() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for needle in ("run.cmd", "test.cmd", ".github/workflows/windows.yml", "Artifacts"):
        assert needle in readme
