"""Make returned review copies as a chair would: Word comments (python-docx), tracked changes
(raw WordprocessingML w:ins / w:del / w:delText), untracked edits, LibreOffice round trips."""

from __future__ import annotations

import copy
import io
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.run import Run

from minutes_app.render.anchors import bookmark_name

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def open_copy(data: bytes) -> Any:
    """Return the python-docx document of a review copy."""
    return docx.Document(io.BytesIO(data))


def save(document: Any) -> bytes:
    """Return the document's bytes."""
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def runs_of(document: Any, path: str) -> list[Any]:
    """Return the w:r elements inside the bookmark of a field path, in reading order."""
    body = document.element.body
    name = bookmark_name(path)
    start = next(el for el in body.iter(qn("w:bookmarkStart")) if el.get(qn("w:name")) == name)
    mark = start.get(qn("w:id"))
    found: list[Any] = []
    inside = False
    for el in body.iter():
        if el is start:
            inside = True
        elif el.tag == qn("w:bookmarkEnd") and el.get(qn("w:id")) == mark:
            break
        elif inside and el.tag == qn("w:r"):
            found.append(el)
    return found


def _run_with(document: Any, path: str, text: str) -> Any:
    for r in runs_of(document, path):
        t = r.find(qn("w:t"))
        if t is not None and t.text and text in t.text:
            return r
    raise AssertionError(f"{text!r} not in {path}")


def comment(document: Any, path: str, text: str, author: str) -> Any:
    """Add a Word comment on the whole text of a part."""
    runs = runs_of(document, path)
    paragraph = runs[0].getparent()
    first = Run(runs[0], paragraph)
    last = Run(runs[-1], runs[-1].getparent())
    return document.add_comment([first, last], text=text, author=author, initials=author[:2])


def reply(document: Any, parent: Any, path: str, text: str, author: str) -> Any:
    """Add a reply to a comment on ``path`` (same range, threaded in commentsExtended.xml, as
    Word writes it)."""
    runs = runs_of(document, path)
    anchor = [Run(runs[0], runs[0].getparent()), Run(runs[-1], runs[-1].getparent())]
    answer = document.add_comment(anchor, text=text, author=author, initials=author[:2])
    part = document.part._comments_part  # python-docx keeps the comments part here
    pids = []
    for i, c in enumerate((parent, answer)):
        p = c._comment_elm.findall(qn("w:p"))[-1]
        pid = f"{0x10000000 + c.comment_id + i:08X}"
        p.set(f"{{{W14}}}paraId", pid)
        pids.append(pid)
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
        f'<w15:commentEx w15:paraId="{pids[0]}" w15:done="0"/>'
        f'<w15:commentEx w15:paraId="{pids[1]}" w15:paraIdParent="{pids[0]}" w15:done="0"/>'
        "</w15:commentsEx>"
    ).encode()
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    extended = Part(
        PackURI("/word/commentsExtended.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
        xml,
        document.part.package,
    )
    document.part.relate_to(
        extended, "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
    )
    assert part is not None
    return answer


def _split(r: Any, text: str) -> tuple[Any, Any, Any]:
    """Split a run around ``text``: (before, middle, after) runs, same formatting."""
    t = r.find(qn("w:t"))
    whole = t.text
    i = whole.index(text)
    pieces = []
    for piece in (whole[:i], whole[i : i + len(text)], whole[i + len(text) :]):
        new = copy.deepcopy(r)
        new.find(qn("w:t")).text = piece
        new.find(qn("w:t")).set(qn("xml:space"), "preserve")
        pieces.append(new)
    for new in pieces:
        r.addprevious(new)
    r.getparent().remove(r)
    return pieces[0], pieces[1], pieces[2]


_REVISION = [100]


def tracked_replace(
    document: Any, path: str, old: str, new: str, author: str, date: str = "2026-11-30T08:00:00Z"
) -> None:
    """Replace ``old`` by ``new`` in a part with Track Changes (w:del + w:ins)."""
    r = _run_with(document, path, old)
    _before, middle, _after = _split(r, old)
    deleted = OxmlElement("w:del")
    inserted = OxmlElement("w:ins")
    for el in (deleted, inserted):
        _REVISION[0] += 1
        el.set(qn("w:id"), str(_REVISION[0]))
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), date)
    added = copy.deepcopy(middle)
    t = middle.find(qn("w:t"))
    t.tag = qn("w:delText")
    middle.addprevious(deleted)
    deleted.append(middle)
    if new:
        added.find(qn("w:t")).text = new
        inserted.append(added)
        deleted.addnext(inserted)


def untracked_replace(document: Any, path: str, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in a part as typed without Track Changes."""
    r = _run_with(document, path, old)
    t = r.find(qn("w:t"))
    t.text = t.text.replace(old, new, 1)
    t.set(qn("xml:space"), "preserve")


def soffice() -> str | None:
    """Return the LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def through_libreoffice(data: bytes, work: Path) -> bytes:
    """Return ``data`` opened and saved again as DOCX by LibreOffice headless."""
    program = soffice()
    assert program is not None
    source = work / "in" / "returned.docx"
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_bytes(data)
    out = work / "out"
    out.mkdir(exist_ok=True)
    profile = (work / "lo-profile").absolute().as_uri()
    subprocess.run(
        [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(work)},
    )
    return (out / "returned.docx").read_bytes()
