"""The store's shape: one owner of the meeting row, no import circles, no wording in the data."""

from __future__ import annotations

import ast
import dataclasses
import shutil
import sqlite3
from pathlib import Path

from minutes_app.domain.labels import change_text, field_label
from minutes_app.store import Database, records
from tests.store.conftest import FIXTURE_DB

STORE = Path(__file__).resolve().parents[2] / "minutes_app" / "store"


def _imports(path: Path) -> set[str]:
    """Return the minutes_app.store modules a file imports, lazy and type-only ones included."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "minutes_app.store":
                found |= {f"minutes_app.store.{a.name}" for a in node.names}
            elif node.module.startswith("minutes_app.store."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("minutes_app.store.")}
    return found


def test_no_import_circle_inside_the_store() -> None:
    graph = {
        f"minutes_app.store.{p.stem}": _imports(p)
        for p in STORE.glob("*.py")
        if p.stem != "__init__"
    }
    modules = set(graph)

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph.get(start, set()) & modules:
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    circles = [m for m in modules if reaches(m, m, set())]
    assert circles == []
    # The repository sits on top: nothing below imports it (the backups, the opening of a
    # path or URI and the copy into the office sit above it).
    assert sorted(m for m, deps in graph.items() if "minutes_app.store.repository" in deps) == [
        "minutes_app.store.backup",
        "minutes_app.store.opening",
        "minutes_app.store.transfer",
    ]


def test_only_tables_writes_the_meeting_row() -> None:
    writers = sorted(
        p.name
        for p in STORE.glob("*.py")
        if "UPDATE meetings" in p.read_text(encoding="utf-8")
        or "INSERT INTO meetings" in p.read_text(encoding="utf-8")
    )
    assert writers == ["tables.py"]


def test_the_split_modules_exist_and_review_only_forwards() -> None:
    for name in ("tables", "workflow", "register", "comments", "audit", "records"):
        assert (STORE / f"{name}.py").is_file()
    review = (STORE / "review.py").read_text(encoding="utf-8")
    assert "SELECT" not in review and "INSERT" not in review and "conn.execute" not in review


def test_records_carry_no_labels() -> None:
    for name in dir(records):
        cls = getattr(records, name)
        if isinstance(cls, type) and dataclasses.is_dataclass(cls):
            methods = {k for k, v in vars(cls).items() if callable(v) or isinstance(v, property)}
            fields = {f.name for f in dataclasses.fields(cls)}
            assert not methods & {"label", "text", "label_vi", "label_en"}, name
            assert not fields & {"label", "label_vi", "label_en"}, name
    sources = "".join(p.read_text(encoding="utf-8") for p in STORE.glob("*.py"))
    for wording in ("Toàn bộ biên bản", "Nhập từ tệp", "Tên cuộc họp", "AUDIT_ACTION_LABELS"):
        assert wording not in sources


def test_the_audit_log_stores_paths_and_old_rows_lose_their_labels(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    shutil.copy(FIXTURE_DB / "v3.sqlite", path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO audit_log (meeting_id, at, actor, action, version, path, label, old_value, "
        "new_value) VALUES (1, '2026-01-01T00:00:00+00:00', 'Lê Thị Hoa', 'update', 2, "
        "'signature.show_place_date', 'Chữ ký › In dòng địa danh, ngày', 'có', 'không')"
    )
    conn.execute(
        "INSERT INTO audit_log (meeting_id, at, actor, action, version, path, label, old_value, "
        "new_value) VALUES (1, '2026-01-01T00:00:01+00:00', 'Lê Thị Hoa', 'update', 3, "
        "'place', 'Nhãn cũ, viết sai', 'Kim Sơn', 'Ninh Bình')"
    )
    conn.commit()
    conn.close()
    with Database.open(path) as db:
        columns = [r[1] for r in db._conn.execute("PRAGMA table_info(audit_log)")]
        assert "label" not in columns and "path" in columns
        flag, place = [e for e in db.review.audit(1) if e.path]
        assert (flag.old, flag.new) == ("true", "false")
        # The label is looked up when shown, in the language asked for: old rows included.
        assert change_text(flag.path, flag.old, flag.new) == (
            "Chữ ký › In dòng địa danh, ngày: «có» → «không»"
        )
        assert change_text(flag.path, flag.old, flag.new, "en") == (
            "Signature › Print the place and date line: «yes» → «no»"
        )
        assert field_label(place.path) == "Địa danh" and field_label(place.path, "en") == "Place"
        assert db.review.verify(1).intact
