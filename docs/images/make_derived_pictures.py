"""Write the README pictures of the documents derived from minutes (run from the repository root).

    .venv/bin/python docs/images/make_derived_pictures.py

Builds a throw-away database from the test fixtures, approves both meetings, derives one of each
kind and renders the PDFs, then writes page PNGs with ``pdftoppm -r 80 -gray`` into docs/images.
"""

from __future__ import annotations

import copy
import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from minutes_app.domain import interchange  # noqa: E402
from minutes_app.domain.derived import DerivedKind  # noqa: E402
from minutes_app.domain.model import Status  # noqa: E402
from minutes_app.render.register_book import render_register  # noqa: E402
from minutes_app.services import derived as service  # noqa: E402
from minutes_app.store import Database  # noqa: E402
from minutes_app.store import derived as store  # noqa: E402

DAY = dt.date(2026, 11, 30)
OUT = REPO / "docs" / "images"


def picture(pdf: Path, page: int, name: str) -> None:
    """Write page ``page`` of ``pdf`` as ``docs/images/<name>.png``."""
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-gray", "-f", str(page), "-l", str(page),
         "-singlefile", str(pdf), str(OUT / name)],
        check=True,
    )  # fmt: skip


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="derived-pictures-") as folder:
        work = Path(folder)
        db = Database.open(work / "minutes.sqlite")
        ids = []
        for name in ("state-meeting.json", "chi-bo-meeting.json"):
            meeting = interchange.parse((REPO / "tests" / "fixtures" / name).read_bytes()).meeting
            meeting = copy.deepcopy(meeting)
            meeting.status = Status.DRAFT
            meeting_id = db.create(meeting, by="Lê Thị Hoa").id
            db.review.submit(meeting_id, "Lê Thị Hoa")
            db.review.approve(meeting_id, "Phạm Văn Hùng")
            ids.append(meeting_id)
        state, cell = ids
        made = {
            "derived-thong-bao-state": service.derive_document(db, state, DerivedKind.THONG_BAO, today=DAY),
            "derived-nghi-quyet-party": service.derive_document(db, cell, DerivedKind.NGHI_QUYET, today=DAY),
            "derived-trich-sao-state": service.derive_document(db, state, DerivedKind.TRICH_SAO, items=[1], today=DAY),
        }  # fmt: skip
        copy_doc = copy.deepcopy(made["derived-trich-sao-state"].document)
        copy_doc.signer.name = "Trần Văn Lâm"
        store.update(db, made["derived-trich-sao-state"].id, copy_doc)
        pages = {"derived-thong-bao-state": 1, "derived-nghi-quyet-party": 1}
        for name, record in made.items():
            pdf = work / f"{name}.pdf"
            service.export_document(db, record.id, "pdf", pdf)
            last = int(
                subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
                .stdout.split("Pages:")[1]
                .split()[0]
            )
            picture(pdf, pages.get(name, last), name)
        register = work / "register.pdf"
        register.write_bytes(
            render_register(service.outgoing_entries(db, DAY.year), DAY.year, "pdf")
        )
        picture(register, 1, "derived-register")
        db.close()


if __name__ == "__main__":
    main()
