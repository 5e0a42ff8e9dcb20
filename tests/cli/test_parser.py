"""A command line naming a subcommand builds that subcommand's parser only, with the same result."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from minutes_app import cli


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _all_commands() -> list[str]:
    return list(_subparsers(cli.build_parser()))


def test_the_command_table_lists_what_every_module_registers_in_help_order() -> None:
    listed = list(cli._OWN_COMMANDS) + [n for _, names in cli.COMMAND_GROUPS for n in names]
    assert listed == _all_commands()
    for module_name, names in cli.COMMAND_GROUPS:
        common = cli._Parser(add_help=False)
        parser = cli._Parser(prog="x")
        sub = parser.add_subparsers(dest="command", parser_class=cli._Parser)
        cli._register_group(module_name, sub, common)
        assert tuple(sub.choices) == names, module_name


@pytest.mark.parametrize("command", _all_commands())
def test_a_narrow_parser_gives_the_same_help_as_the_full_one(command: str) -> None:
    full = _subparsers(cli.build_parser())[command]
    narrow = _subparsers(cli.build_parser(command))
    assert command in narrow
    assert narrow[command].format_help() == full.format_help()
    assert narrow[command].format_usage() == full.format_usage()


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["export", "1", "--format", "pdf"], "export"),
        (["--db", "x.sqlite", "export", "1"], "export"),
        (["--db=x.sqlite", "review-copy", "1"], "review-copy"),
        (["--db", "export", "list"], "list"),  # the value of --db is no command
        (["--help"], None),
        (["--version"], None),
        (["--d", "x.sqlite", "export"], None),  # an abbreviation: argparse decides
        (["exprot", "1"], None),  # a typo: the full parser lists the choices
        (["--db", "x.sqlite"], None),
        ([], None),
    ],
)
def test_the_command_named_before_any_other_option(argv: list[str], named: str | None) -> None:
    assert cli.command_named(argv) == named


def test_the_parsed_arguments_are_those_of_the_full_parser() -> None:
    argv = ["--db", "m.sqlite", "export", "d3", "--format", "pdf", "--out", "o.pdf"]
    assert cli.build_parser("export").parse_args(argv) == cli.build_parser().parse_args(argv)
    argv = ["comment", "2", "--part", "agenda[0]", "dòng chữ", "--by", "An"]
    assert cli.build_parser("comment").parse_args(argv) == cli.build_parser().parse_args(argv)


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.parse_arguments(["--help"]) == 0
    listing = capsys.readouterr().out
    for command in _all_commands():
        assert f"    {command} " in listing or f"    {command}\n" in listing, command


def test_a_pdf_export_loads_no_other_command_module_nor_docx_nor_office(tmp_path: Path) -> None:
    """A PDF export imports what it needs: no other command group, no DOCX library, no psycopg."""
    from minutes_app.domain import interchange
    from minutes_app.store import Database

    seed = Path(__file__).resolve().parents[1] / "fixtures" / "seed-meeting.json"
    db_file = tmp_path / "m.sqlite"
    with Database.open(db_file) as db:
        meeting_id = db.create(interchange.parse(seed.read_bytes()).meeting).id
    out = tmp_path / "out.pdf"
    code = (
        "import json, sys\n"
        "from minutes_app.__main__ import main\n"
        f"status = main(['export', '{meeting_id}', '--db', {str(db_file)!r}, '--format', 'pdf',"
        f" '--out', {str(out)!r}])\n"
        "print(status, json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    status, modules = result.stdout.strip().split(" ", 1)
    assert status == "0" and out.read_bytes().startswith(b"%PDF")
    loaded = set(json.loads(modules))
    others = {f"minutes_app.{name}" for name, _ in cli.COMMAND_GROUPS} | {
        "minutes_app.signing",
        "minutes_app.render.docx_writer",
        "minutes_app.store.postgres.repository",
        "reportlab.platypus",  # the PDF writer places its pages itself (render/pdf_flow.py)
        "PIL._imaging",  # reportlab imports Pillow, which loads when used (lazy_imports)
        "docx",
        "psycopg",
        "pikepdf",
        "pyhanko",
        "lxml",
        "PySide6",
    }
    assert sorted(loaded & others) == []
    assert "minutes_app.render.pdf_writer" in loaded  # the check can fail: it sees modules
