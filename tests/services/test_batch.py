"""Batch export: sortable stable names, clashes, filters, progress, cancel, per-meeting failures."""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import io
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from minutes_app import cli_batch
from minutes_app.domain import interchange
from minutes_app.domain.errors import MinutesError
from minutes_app.domain.facts import times_moved_to
from minutes_app.domain.model import Issuer, Meeting, Profile, Status
from minutes_app.domain.validation import Problem
from minutes_app.domain.workflow import Action
from minutes_app.services import batch
from minutes_app.services import export as export_service
from minutes_app.services.batch import (
    BatchError,
    BatchRequest,
    NamesTaken,
    export_batch,
    file_stem,
    slugify,
)
from minutes_app.store import Database


class FakeLayoutCheckFailed(MinutesError):
    """Shaped like render.LayoutCheckFailed: bilingual messages and the problems."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.message_vi = "Chưa xuất được biên bản vì còn lỗi"
        self.message_en = "the minutes cannot be exported yet"
        super().__init__(f"{self.message_vi} / {self.message_en}")


class RecordingRenderer:
    """Renders a small file per meeting; refuses meetings whose title contains 'LỖI'."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str | None]] = []
        self.metadata: dict[str, dict[str, str]] = {}

    def __call__(
        self, meeting: Meeting, fmt: str, profile: str | None, metadata: dict[str, str] | None
    ) -> bytes:
        self.calls.append((meeting.title, fmt, profile))
        if metadata:
            self.metadata[meeting.title] = dict(metadata)
        if "LỖI" in meeting.title:
            raise FakeLayoutCheckFailed([Problem("title", "tiêu đề sai", "bad title")])
        return f"{fmt}:{meeting.title}".encode()


def _meeting(seed: Meeting, **changes: object) -> Meeting:
    meeting = copy.deepcopy(seed)
    day = changes.get("date")
    if isinstance(day, dt.date):  # as the editor does: the times move with the date
        meeting.start, meeting.end = times_moved_to(meeting, day)
    for key, value in changes.items():
        setattr(meeting, key, value)
    return meeting


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "minutes.sqlite")
    yield database
    database.close()


@pytest.fixture
def month(db: Database, seed_meeting: Meeting) -> dict[str, int]:
    """Five meetings over two months, mixed statuses, two with the same date/symbol/title."""
    seed = seed_meeting
    state = dict(profile=Profile.STATE, symbol="BB-UBND")
    rows = {
        "jan05": _meeting(
            seed,
            date=dt.date(2026, 1, 5),
            number="7",
            status=Status.APPROVED,
            title="Họp giao ban tuần đầu tháng Một",
            **state,
        ),
        # Another body's number 7 (a register number is given once per body): the same file name.
        "jan05b": _meeting(
            seed,
            date=dt.date(2026, 1, 5),
            number="7",
            status=Status.APPROVED,
            title="Họp giao ban tuần đầu tháng Một",
            issuer=Issuer("UBND XÃ KIM ĐÔNG", "UBND", ""),
            **state,
        ),
        "jan20": _meeting(
            seed,
            date=dt.date(2026, 1, 20),
            number="",
            status=Status.APPROVED,
            title="Hội nghị Đảng ủy mở rộng",
        ),
        "jan25": _meeting(
            seed,
            date=dt.date(2026, 1, 25),
            number="12",
            status=Status.DRAFT,
            title="Dự thảo kế hoạch",
        ),
        "feb02": _meeting(
            seed,
            date=dt.date(2026, 2, 2),
            number="3",
            status=Status.APPROVED,
            title="Tổng kết tháng Giêng",
            **state,
        ),
    }
    return {key: db.create(meeting).id for key, meeting in rows.items()}


def test_file_stem_sorts_by_date_and_names_symbol_number_and_title(seed_meeting: Meeting) -> None:
    meeting = _meeting(
        seed_meeting,
        date=dt.date(2026, 1, 5),
        number="7",
        symbol="BB-UBND",
        title="Họp Ủy ban nhân dân về đường Đông Hưng",
    )
    assert file_stem(meeting) == "2026-01-05_BB-UBND_07_hop-uy-ban-nhan-dan-ve-duong-dong-hung"
    # With its id the name is stable and unique: the same meeting, the same file, every batch.
    assert file_stem(meeting, 12) == (
        "2026-01-05_BB-UBND_07_hop-uy-ban-nhan-dan-ve-duong-dong-hung_id12"
    )
    # The seed: party symbol with a slash, no number yet.
    assert file_stem(seed_meeting).startswith("2020-02-25_BB-HU_so-chua-co_hoi-nghi-giao-ban")
    # A blank symbol is derived from the profile and the issuer abbreviation.
    derived = _meeting(seed_meeting, symbol="", profile=Profile.STATE)
    assert file_stem(derived).split("_")[1] == "BB-HU"
    assert file_stem(_meeting(seed_meeting, symbol="BB/ĐU")).split("_")[1] == "BB-DU"


def test_slug_is_short_ascii_and_cut_at_a_word() -> None:
    title = "Hội nghị giao ban công tác tháng 2, triển khai nhiệm vụ trọng tâm công tác tháng 3"
    slug = slugify(title)
    assert slug.isascii() and len(slug) <= batch.SLUG_MAX
    assert slug == "hoi-nghi-giao-ban-cong-tac-thang-2-trien-khai-nhiem-vu-trong"
    assert not slug.endswith("-")
    assert slugify("  ?!  ") == "bien-ban"
    assert slugify("a" * 100) == "a" * batch.SLUG_MAX
    assert slugify('Tên: "x/y\\z" *?<>|') == "ten-x-y-z"


def test_number_part() -> None:
    assert batch.number_part("7") == "07"
    assert batch.number_part("123") == "123"
    assert batch.number_part("  ") == "so-chua-co"
    assert batch.number_part("12a/BS") == "12a-BS"
    # Only ASCII digits are a number (F7): these used to crash int().
    assert batch.number_part("²") == "so-chua-co"
    assert batch.number_part("①") == "so-chua-co"
    assert batch.number_part("٠٧") == "so-chua-co"
    assert batch.number_part("5" * 5000) == "5" * batch.NUMBER_MAX


def test_long_symbol_and_number_are_shortened_like_the_title(seed_meeting: Meeting) -> None:
    meeting = _meeting(seed_meeting, symbol="BB-" + "X" * 300, number="12a-" + "Y" * 300)
    stem = file_stem(meeting, 7)
    symbol, number = stem.split("_")[1:3]
    assert len(symbol) <= batch.SYMBOL_MAX and len(number) <= batch.NUMBER_MAX
    assert len(stem.encode()) < 200 and stem.endswith("_id7")


def test_unique_name_is_case_insensitive() -> None:
    used: set[str] = set()
    assert batch.unique_name("a", "pdf", used) == "a.pdf"
    assert batch.unique_name("A", "pdf", used) == "A_2.pdf"
    assert batch.unique_name("a", "pdf", used) == "a_3.pdf"
    assert batch.unique_name("a", "docx", used) == "a.docx"


def test_batch_exports_all_in_date_order_with_unique_names(
    db: Database, month: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "out" / "thang-1"  # created on demand
    renderer = RecordingRenderer()
    summary = export_batch(db, BatchRequest(out, "pdf"), renderer=renderer)
    names = [path.name for path in summary.exported]
    assert summary.ok and summary.total == 5
    assert names == sorted(names), "names must sort like the meetings' dates"
    ids = month
    assert names == [
        f"2026-01-05_BB-UBND_07_hop-giao-ban-tuan-dau-thang-mot_id{ids['jan05']}.pdf",
        f"2026-01-05_BB-UBND_07_hop-giao-ban-tuan-dau-thang-mot_id{ids['jan05b']}.pdf",
        f"2026-01-20_BB-HU_so-chua-co_hoi-nghi-dang-uy-mo-rong_id{ids['jan20']}.pdf",
        f"2026-01-25_BB-HU_12_du-thao-ke-hoach_id{ids['jan25']}.pdf",
        f"2026-02-02_BB-UBND_03_tong-ket-thang-gieng_id{ids['feb02']}.pdf",
    ]
    assert sorted(p.name for p in out.iterdir()) == names
    assert (out / names[2]).read_text(encoding="utf-8") == "pdf:Hội nghị Đảng ủy mở rộng"
    # Approved minutes carry their revision and hash; the draft carries none.
    assert set(renderer.metadata) == {
        "Họp giao ban tuần đầu tháng Một",
        "Hội nghị Đảng ủy mở rộng",
        "Tổng kết tháng Giêng",
    }
    assert all(len(m["minutes_app_sha256"]) == 64 for m in renderer.metadata.values())


def test_filters_by_status_and_inclusive_date_range(
    db: Database, month: dict[str, int], tmp_path: Path
) -> None:
    renderer = RecordingRenderer()
    request = BatchRequest(
        tmp_path / "o",
        "docx",
        status=Status.APPROVED,
        date_from=dt.date(2026, 1, 5),
        date_to=dt.date(2026, 1, 20),
    )
    summary = export_batch(db, request, renderer=renderer)
    assert [c[0] for c in renderer.calls] == [
        "Họp giao ban tuần đầu tháng Một",
        "Họp giao ban tuần đầu tháng Một",
        "Hội nghị Đảng ủy mở rộng",
    ]
    assert all(c[1] == "docx" for c in renderer.calls)
    assert all(path.suffix == ".docx" for path in summary.exported)
    assert summary.total == 3 and len(summary.exported) == 3
    drafts = export_batch(
        db, BatchRequest(tmp_path / "d", "pdf", status=Status.DRAFT), renderer=RecordingRenderer()
    )
    assert [p.name for p in drafts.exported] == [
        f"2026-01-25_BB-HU_12_du-thao-ke-hoach_id{month['jan25']}.pdf"
    ]


def test_empty_selection_writes_nothing(
    db: Database, month: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "none"
    calls: list[tuple[int, int, str]] = []
    summary = export_batch(
        db,
        BatchRequest(out, "pdf", date_from=dt.date(2030, 1, 1)),
        progress=lambda *a: calls.append(a),
        renderer=RecordingRenderer(),
    )
    assert summary.total == 0 and summary.exported == [] and not out.exists()
    assert calls == [(0, 0, "")]


@pytest.mark.parametrize(
    ("folder", "fmt", "dates", "refusal"),
    [
        # A date range that ends before it starts.
        (".", "pdf", (dt.date(2026, 2, 1), dt.date(2026, 1, 1)), "sau ngày kết thúc"),
        (".", "odt", (None, None), "odt"),  # a format the batch does not write
        ("file.txt", "pdf", (None, None), "file.txt"),  # an output "folder" that is a file
        ("minutes.sqlite.backups", "json", (None, None), "backup folder"),
    ],
    ids=["reversed-dates", "unknown-format", "folder-is-a-file", "backup-folder"],
)
def test_a_request_that_cannot_be_done_is_refused(
    db: Database,
    month: dict[str, int],
    tmp_path: Path,
    folder: str,
    fmt: str,
    dates: tuple[dt.date | None, dt.date | None],
    refusal: str,
) -> None:
    target = tmp_path / folder
    if folder == "file.txt":
        target.write_text("x")
    date_from, date_to = dates
    request = BatchRequest(target, fmt, date_from=date_from, date_to=date_to)
    with pytest.raises(BatchError, match=refusal):
        export_batch(db, request, renderer=RecordingRenderer())


def test_progress_reports_each_file_then_the_end(
    db: Database, month: dict[str, int], tmp_path: Path
) -> None:
    calls: list[tuple[int, int, str]] = []
    export_batch(
        db,
        BatchRequest(tmp_path / "o", "pdf", status=Status.APPROVED),
        progress=lambda *a: calls.append(a),
        renderer=RecordingRenderer(),
    )
    assert [(done, total) for done, total, _ in calls] == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    assert calls[0][2].startswith("2026-01-05_") and calls[-1][2] == ""


def test_cancel_stops_between_meetings(db: Database, month: dict[str, int], tmp_path: Path) -> None:
    renderer = RecordingRenderer()
    summary = export_batch(
        db,
        BatchRequest(tmp_path / "o", "pdf"),
        renderer=renderer,
        should_cancel=lambda: len(renderer.calls) >= 2,
    )
    assert summary.cancelled and not summary.ok
    assert len(summary.exported) == 2 and len(list((tmp_path / "o").iterdir())) == 2
    assert "đã hủy" in summary.text("vi") and "cancelled" in summary.text("en")


def test_a_meeting_failing_the_layout_check_is_reported_and_skipped(
    db: Database, month: dict[str, int], seed_meeting: Meeting, tmp_path: Path
) -> None:
    bad = _meeting(seed_meeting, date=dt.date(2026, 1, 10), title="Biên bản LỖI", number="9")
    bad_id = db.create(bad).id
    no_place = _meeting(seed_meeting, date=dt.date(2026, 1, 12), location="", number="10")
    no_place_id = db.create(no_place).id
    summary = export_batch(db, BatchRequest(tmp_path / "o", "pdf"), renderer=RecordingRenderer())
    assert summary.total == 7 and len(summary.exported) == 5 and not summary.ok
    renderer_refused, layout_refused = summary.failures
    assert renderer_refused.meeting_id == bad_id
    assert renderer_refused.file_name == f"2026-01-10_BB-HU_09_bien-ban-loi_id{bad_id}.pdf"
    assert renderer_refused.problems[0].path == "title"
    assert layout_refused.meeting_id == no_place_id  # the real layout check: no location
    assert "location" in [p.path for p in layout_refused.problems if p.is_error]
    assert not (tmp_path / "o" / renderer_refused.file_name).exists()
    assert "2 biên bản bị bỏ qua" in summary.text("vi")
    # The unnumbered meeting exports with the layout check's warning.
    assert list(summary.warnings) == [
        f"2026-01-20_BB-HU_so-chua-co_hoi-nghi-dang-uy-mo-rong_id{month['jan20']}.pdf"
    ]


def test_unexpected_and_file_errors_are_collected(
    db: Database, month: dict[str, int], tmp_path: Path
) -> None:
    def flaky(
        meeting: Meeting, fmt: str, profile: str | None, metadata: dict[str, str] | None
    ) -> bytes:
        if meeting.date.day == 20:
            raise PermissionError(13, "Permission denied")
        if meeting.date.day == 25:
            raise ZeroDivisionError("boom")
        return b"x"

    summary = export_batch(db, BatchRequest(tmp_path / "o", "pdf"), renderer=flaky)
    assert len(summary.exported) == 3
    messages = sorted(f.message_en for f in summary.failures)
    assert messages == [
        "file error (Permission denied)",
        "unexpected error (ZeroDivisionError: boom)",
    ]


def test_json_format_round_trips(db: Database, month: dict[str, int], tmp_path: Path) -> None:
    summary = export_batch(db, BatchRequest(tmp_path / "j", "json", status=Status.DRAFT))
    (path,) = summary.exported
    meeting = interchange.parse(path.read_bytes()).meeting
    assert meeting.title == "Dự thảo kế hoạch"
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "minutes-app.meeting"


def test_parse_date_accepts_iso_and_vietnamese_forms() -> None:
    assert batch.parse_date("2026-01-05") == dt.date(2026, 1, 5)
    assert batch.parse_date("05/01/2026") == dt.date(2026, 1, 5)
    with pytest.raises(ValueError, match="31/02/2026"):
        batch.parse_date("31/02/2026")


def test_batch_module_loads_no_qt() -> None:
    import subprocess
    import sys

    code = "import sys,minutes_app.cli_batch; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# -- the command line ----------------------------------------------------------


def _args(tmp_path: Path, **changes: object) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("id", type=int, nargs="?")
    parser.add_argument("--format", choices=["json", "docx", "pdf"], required=True)
    parser.add_argument("--profile")
    parser.add_argument("--db")
    cli_batch.add_batch_arguments(parser)
    args = parser.parse_args(["--all", "--format", "json", "--out-dir", str(tmp_path / "cli")])
    args.db = str(tmp_path / "minutes.sqlite")
    for key, value in changes.items():
        setattr(args, key, value)
    return args


def test_cli_arguments_parse_filters(tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--format")
    cli_batch.add_batch_arguments(parser)
    argv = "--all --status approved --from 01/01/2026 --to 2026-01-31 --out-dir x --format pdf"
    args = parser.parse_args(argv.split())
    assert args.all and args.status == "approved" and args.out_dir == "x"
    assert (args.date_from, args.date_to) == (dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    with pytest.raises(SystemExit):
        parser.parse_args(["--from", "2026-13-01"])


def test_cli_plain_progress_lines_and_summary(
    db: Database, month: dict[str, int], tmp_path: Path
) -> None:
    stream = io.StringIO()  # not a TTY: one plain line per file, no carriage returns
    assert cli_batch.run_batch_export(_args(tmp_path, status="approved"), stream=stream) == 0
    lines = stream.getvalue().splitlines()
    assert lines[0] == (
        f"[1/4] 2026-01-05_BB-UBND_07_hop-giao-ban-tuan-dau-thang-mot_id{month['jan05']}.json"
    )
    assert lines[3].startswith("[4/4] 2026-02-02_")
    assert "Đã xuất 4/4 biên bản" in lines[-1] and "exported 4 of 4" in lines[-1]
    assert "\r" not in stream.getvalue()
    assert len(list((tmp_path / "cli").iterdir())) == 4


def test_cli_tty_progress_redraws_one_bar() -> None:
    stream = io.StringIO()
    progress = cli_batch.TerminalProgress(stream, tty=True)
    progress(0, 2, "a.pdf")
    progress(1, 2, "b.pdf")
    progress(2, 2, "")
    text = stream.getvalue()
    assert text.count("\r") == 3 and text.endswith("2/2\n")
    assert "█" * cli_batch.BAR_WIDTH in text and "1/2 b.pdf" in text


def test_cli_usage_errors(tmp_path: Path) -> None:
    stream = io.StringIO()
    assert cli_batch.run_batch_export(_args(tmp_path, out_dir=None), stream=stream) == 2
    assert "--out-dir" in stream.getvalue()
    assert cli_batch.run_batch_export(_args(tmp_path, id=3), stream=io.StringIO()) == 2


def test_cli_reports_failures_with_exit_1(
    db: Database, month: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_service, "render_bytes", RecordingRenderer())
    db.create(_meeting(db.get(month["jan20"]).meeting, title="LỖI ở đây"))
    stream = io.StringIO()
    assert cli_batch.run_batch_export(_args(tmp_path, format="pdf"), stream=stream) == 1
    out = stream.getvalue()
    assert "loi-o-day_id6.pdf: Chưa xuất được" in out and "tiêu đề sai" in out
    assert "Đã xuất 5/6" in out


def test_cli_no_match_is_not_an_error(db: Database, tmp_path: Path) -> None:
    stream = io.StringIO()
    assert cli_batch.run_batch_export(_args(tmp_path), stream=stream) == 0
    assert "không có biên bản nào" in stream.getvalue()


def test_cli_bad_folder_is_exit_1(db: Database, month: dict[str, int], tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    stream = io.StringIO()
    assert cli_batch.run_batch_export(_args(tmp_path, out_dir=str(blocker)), stream=stream) == 1
    assert "blocker: không phải là thư mục" in stream.getvalue()


def test_real_render_exports_the_seed(db: Database, seed_meeting: Meeting, tmp_path: Path) -> None:
    db.create(seed_meeting)
    summary = export_batch(db, BatchRequest(tmp_path / "r", "pdf"))
    assert summary.ok, [f.text() for f in summary.failures]
    (pdf,) = summary.exported
    assert pdf.read_bytes().startswith(b"%PDF")


# -- a second batch into the same folder (F11), odd numbers (F7) -----------------------------


def test_a_second_batch_never_takes_another_meetings_file(
    db: Database, seed_meeting: Meeting, tmp_path: Path
) -> None:
    a_id = db.create(_meeting(seed_meeting, conclusion="BẢN A")).id
    b_id = db.create(_meeting(seed_meeting, conclusion="BẢN B")).id
    db.review.transition(b_id, Action.SUBMIT, "Thư ký")
    out = tmp_path / "f11"
    (a_file,) = export_batch(db, BatchRequest(out, "json", status=Status.DRAFT)).exported
    (b_file,) = export_batch(db, BatchRequest(out, "json", status=Status.IN_REVIEW)).exported
    assert a_file != b_file and a_file.name.endswith(f"_id{a_id}.json")
    assert json.loads(a_file.read_text(encoding="utf-8"))["conclusion"] == "BẢN A"
    assert json.loads(b_file.read_text(encoding="utf-8"))["conclusion"] == "BẢN B"


def test_files_already_in_the_folder_are_refused_unless_overwrite(
    db: Database, month: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "o"
    first = export_batch(db, BatchRequest(out, "json"))
    names = sorted(p.name for p in first.exported)
    users_own = out / names[2]
    users_own.write_text("the user's own file", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with pytest.raises(NamesTaken) as info:
        export_batch(db, BatchRequest(out, "json"))
    assert sorted(info.value.names) == names
    assert "--overwrite" in info.value.message_en and names[0] in info.value.message_vi
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # nothing written
    again = export_batch(db, BatchRequest(out, "json", overwrite=True))
    assert again.ok and sorted(p.name for p in again.exported) == names
    assert json.loads(users_own.read_text(encoding="utf-8"))["format"] == "minutes-app.meeting"
    assert sorted(p.name for p in out.iterdir()) == names  # no _2 copies


def test_a_refusal_lists_ten_names_and_counts_the_rest(tmp_path: Path) -> None:
    names = [f"f{i:02d}.pdf" for i in range(25)]
    message = NamesTaken(tmp_path, names).message_en
    assert "f09.pdf" in message and "f10.pdf" not in message and "and 15 more" in message


def test_a_pipe_in_the_folder_is_not_written_even_with_overwrite(
    db: Database, month: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "o"
    names = [p.name for p in export_batch(db, BatchRequest(out, "json")).exported]
    (out / names[0]).unlink()
    os.mkfifo(out / names[0])
    summary = export_batch(db, BatchRequest(out, "json", overwrite=True))
    assert [f.file_name for f in summary.failures] == [names[0]]
    assert "not a regular file" in summary.failures[0].message_en
    assert stat.S_ISFIFO(os.lstat(out / names[0]).st_mode)


def test_odd_numbers_and_a_failing_name_never_stop_the_batch(
    db: Database, seed_meeting: Meeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [
        db.create(_meeting(seed_meeting, date=dt.date(2026, 1, day), number=number)).id
        for day, number in ((1, "²"), (2, "①"), (3, "٠٧"), (4, "9" * 5000), (5, "7"))
    ]
    broken = db.create(_meeting(seed_meeting, date=dt.date(2026, 1, 6), title="TÊN HỎNG")).id
    real_stem = batch.file_stem

    def stem(meeting: Meeting, meeting_id: int | None = None) -> str:
        if meeting.title == "TÊN HỎNG":
            raise ValueError("no name for this one")
        return real_stem(meeting, meeting_id)

    monkeypatch.setattr(batch, "file_stem", stem)
    summary = export_batch(db, BatchRequest(tmp_path / "o", "json"))
    assert len(summary.exported) == 5
    assert [f.meeting_id for f in summary.failures] == [broken]
    assert summary.failures[0].file_name == f"2026-01-06_id{broken}.json"
    names = [p.name for p in summary.exported]
    assert names[0].startswith("2026-01-01_BB-HU_so-chua-co_hoi-nghi-giao-ban-")
    assert names[0].endswith(f"_id{ids[0]}.json")
    assert all(len(n) < 200 for n in names)
    # As PDF, the odd numbers fail the layout check one by one; the good one is written.
    pdf = export_batch(db, BatchRequest(tmp_path / "p", "pdf"), renderer=RecordingRenderer())
    assert [p.name.split("_")[2] for p in pdf.exported] == ["07"]
    refused = {f.meeting_id for f in pdf.failures}
    assert refused == {*ids[:4], broken}


def test_mixed_statuses_say_how_many_drafts_were_written(
    db: Database, month: dict[str, int], tmp_path: Path
) -> None:
    """A batch of DOCX/PDF names the drafts it wrote (each is marked DỰ THẢO); JSON has no mark."""
    summary = export_batch(db, BatchRequest(tmp_path / "pdf", "pdf"), renderer=RecordingRenderer())
    assert [p.name for p in summary.drafts] == [
        f"2026-01-25_BB-HU_12_du-thao-ke-hoach_id{month['jan25']}.pdf"
    ]
    assert "trong đó 1 bản chưa duyệt, in dấu «DỰ THẢO»" in summary.text("vi")
    assert "1 of them not approved, marked DRAFT" in summary.text("en")
    as_json = export_batch(db, BatchRequest(tmp_path / "json", "json"))
    assert as_json.drafts == [] and "DỰ THẢO" not in as_json.text("vi")
    approved = export_batch(
        db,
        BatchRequest(tmp_path / "ok", "pdf", status=Status.APPROVED),
        renderer=RecordingRenderer(),
    )
    assert approved.drafts == [] and "chưa duyệt" not in approved.text("vi")


def test_cli_batch_with_real_pdfs_counts_the_drafts_it_marked(
    db: Database, month: dict[str, int], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    stream = io.StringIO()
    args = _args(
        tmp_path, format="pdf", date_from=dt.date(2026, 1, 20), date_to=dt.date(2026, 1, 25)
    )
    assert cli_batch.run_batch_export(args, stream=stream) == 0
    assert "trong đó 1 bản chưa duyệt" in stream.getvalue().splitlines()[-1]
    marked = {
        p.name: "DỰ THẢO" in (PdfReader(p).pages[0].extract_text() or "")
        for p in (tmp_path / "cli").iterdir()
    }
    assert sorted(marked.values()) == [False, True]
    assert marked[f"2026-01-25_BB-HU_12_du-thao-ke-hoach_id{month['jan25']}.pdf"]
