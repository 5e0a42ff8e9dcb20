"""Read a review copy as it comes back from Word or LibreOffice: each part's text, tracked changes, comments.

A part is found by the bookmark the review copy put around it (``render.anchors``). The text
of the document is read as one stream of characters, each one unchanged, inserted or deleted
(with its tracked change's author and date), so a part's text can be seen as it came back
(tracked insertions left out, deletions kept), and as each reviewer's changes would make it.
The archive is read with caps on its size, its number of entries and each part it holds, and
its XML without entities or network access.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from dataclasses import field
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.errors import BilingualError
from minutes_app.render.anchors import path_of_bookmark

MAX_FILE_BYTES = 50 << 20  # the .docx itself
MAX_ENTRIES = 5000
MAX_XML_BYTES = 30 << 20  # one XML part, uncompressed
MAX_TOTAL_XML_BYTES = 60 << 20  # every part read, uncompressed
MAX_COMMENT_CHARS = 20_000  # longer comments are cut, and the import says so
PLACEHOLDER = "\ufffc"  # where a nested part stands inside its parent's own text

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_INSERTED = {_w("ins"), _w("moveTo")}
_DELETED = {_w("del"), _w("moveFrom")}
_UNCHANGED = "="


class ReviewFileError(BilingualError):
    """A returned file that cannot be read as a review copy; the message names the file."""

    def __init__(self, name: str, message_vi: str, message_en: str) -> None:
        super().__init__(f"{name}: {message_vi}", f"{name}: {message_en}")


@dataclass(frozen=True)
class Change:
    """One character's state: unchanged (``=``), inserted (``+``) or deleted (``-``), by whom."""

    kind: str
    author: str = ""
    date: str = ""


@dataclass
class PartText:
    """One part of the returned copy: its text as it came and as each reviewer would make it.

    ``own_*`` is the part's own text, its nested parts each replaced by one placeholder: a
    change inside a nested part belongs to that part only.
    """

    path: str
    base: str
    own_base: str
    final: dict[str, str] = field(default_factory=dict)  # reviewer -> whole text
    own_final: dict[str, str] = field(default_factory=dict)  # reviewer -> own text
    dates: dict[str, str] = field(default_factory=dict)  # reviewer -> latest change date


@dataclass(frozen=True)
class WordComment:
    """A Word comment: who, when, what, on which text of which part, and what it answers."""

    id: str
    author: str
    date: str
    text: str
    anchored: str
    path: str  # "" when it is anchored outside every part
    parent: str | None = None  # the id of the comment it replies to
    cut: bool = False  # longer than MAX_COMMENT_CHARS, cut there


@dataclass(frozen=True)
class ReturnedCopy:
    """What a returned review copy holds."""

    properties: dict[str, str]
    last_modified_by: str
    parts: dict[str, PartText]
    comments: list[WordComment]


# -- the archive -----------------------------------------------------------------------------


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


class _Archive:
    """The entries of a .docx, each read at most once and never beyond the caps."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        if len(data) > MAX_FILE_BYTES:
            raise ReviewFileError(
                name, "tệp quá lớn để là bản góp ý", "the file is too large to be a review copy"
            )
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, ValueError, OSError):
            raise ReviewFileError(
                name,
                "không phải tệp Word (.docx)",
                "not a Word document (.docx)",
            ) from None
        if len(infos) > MAX_ENTRIES:
            raise ReviewFileError(
                name, "tệp có quá nhiều thành phần", "the file has too many entries"
            )
        self.entries = {info.filename: info for info in infos}
        self.total = 0

    def xml(self, entry: str, *, required: bool = False) -> Any:
        """Return the parsed root of an XML entry (None when absent and not required)."""
        info = self.entries.get(entry)
        if info is None:
            if required:
                raise ReviewFileError(
                    self.name,
                    f"không phải tệp Word (.docx): thiếu {entry}",
                    f"not a Word document (.docx): {entry} is missing",
                )
            return None
        too_big = ReviewFileError(
            self.name,
            f"{entry} quá lớn khi giải nén (có thể là tệp nén độc hại)",
            f"{entry} is too large once uncompressed (possibly a zip bomb)",
        )
        if info.file_size > MAX_XML_BYTES:
            raise too_big
        try:
            with self.zip.open(info) as handle:
                raw = handle.read(MAX_XML_BYTES + 1)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError):
            raise ReviewFileError(self.name, f"{entry} bị hỏng", f"{entry} is damaged") from None
        if len(raw) > MAX_XML_BYTES:
            raise too_big
        self.total += len(raw)
        if self.total > MAX_TOTAL_XML_BYTES:
            raise ReviewFileError(
                self.name,
                "tệp quá lớn khi giải nén (có thể là tệp nén độc hại)",
                "the file is too large once uncompressed (possibly a zip bomb)",
            )
        try:
            return etree.fromstring(raw, _parser())
        except etree.XMLSyntaxError:
            raise ReviewFileError(
                self.name, f"{entry} không phải XML hợp lệ", f"{entry} is not valid XML"
            ) from None


# -- the text stream -------------------------------------------------------------------------


class _Stream:
    """The document's characters in reading order, each with its change."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.changes: list[Change] = []
        self.bookmarks: dict[str, tuple[str, int]] = {}  # id -> (path, start)
        self.ranges: dict[str, tuple[int, int]] = {}  # path -> (start, end)
        self.comment_starts: dict[str, int] = {}
        self.comment_ends: dict[str, int] = {}
        self.comment_refs: dict[str, int] = {}

    def add(self, text: str, change: Change) -> None:
        for ch in unicodedata.normalize("NFC", text):
            self.chars.append(ch)
            self.changes.append(change)

    @property
    def position(self) -> int:
        return len(self.chars)


def _paragraph_mark(p: Any) -> Change:
    """Return whether a paragraph's mark (its end) was inserted or deleted with Track Changes."""
    ppr = p.find(_w("pPr"))
    rpr = ppr.find(_w("rPr")) if ppr is not None else None
    if rpr is not None:
        for child in rpr:
            if child.tag in _INSERTED or child.tag in _DELETED:
                kind = "+" if child.tag in _INSERTED else "-"
                return Change(kind, _attr(child, "author"), _attr(child, "date"))
    return Change(_UNCHANGED)


def _attr(el: Any, name: str) -> str:
    return str(el.get(_w(name)) or "")


def _read_stream(body: Any) -> _Stream:
    stream = _Stream()
    revisions: list[Change] = []
    pushed: set[int] = set()
    first_start: dict[str, int] = {}
    skipping = 0
    for event, el in etree.iterwalk(body, events=("start", "end")):
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag == f"{{{_MC}}}Fallback":  # the same content again, for older readers
            skipping += 1 if event == "start" else -1
            continue
        if skipping:
            continue
        if event == "end":
            if id(el) in pushed:
                pushed.discard(id(el))
                revisions.pop()
            elif tag == _w("p"):
                stream.add("\n", _paragraph_mark(el))
            continue
        if tag in _INSERTED or tag in _DELETED:
            parent = el.getparent()
            if parent is not None and parent.tag == _w("rPr"):
                continue  # a paragraph mark's or a run's formatting: read with the paragraph
            kind = "+" if tag in _INSERTED else "-"
            revisions.append(Change(kind, _attr(el, "author"), _attr(el, "date")))
            pushed.add(id(el))
        elif tag in (_w("t"), _w("delText")):
            change = revisions[-1] if revisions else Change(_UNCHANGED)
            if tag == _w("delText") and change.kind != "-":
                change = Change("-", change.author, change.date)
            stream.add(el.text or "", change)
        elif tag == _w("tab"):
            if el.getparent() is not None and el.getparent().tag == _w("r"):
                stream.add("\t", revisions[-1] if revisions else Change(_UNCHANGED))
        elif tag in (_w("br"), _w("cr")):
            stream.add("\n", revisions[-1] if revisions else Change(_UNCHANGED))
        elif tag == _w("bookmarkStart"):
            path = path_of_bookmark(_attr(el, "name"))
            if path is not None:
                # LibreOffice may write a bookmark spanning paragraphs as two starts of one
                # name (the first never ended): the part starts at the first.
                start = first_start.setdefault(path, stream.position)
                stream.bookmarks[_attr(el, "id")] = (path, start)
        elif tag == _w("bookmarkEnd"):
            started = stream.bookmarks.pop(_attr(el, "id"), None)
            if started is not None:
                path, start = started
                end = max(stream.position, stream.ranges.get(path, (start, start))[1])
                stream.ranges[path] = (start, end)
        elif tag == _w("commentRangeStart"):
            stream.comment_starts.setdefault(_attr(el, "id"), stream.position)
        elif tag == _w("commentRangeEnd"):
            stream.comment_ends.setdefault(_attr(el, "id"), stream.position)
        elif tag == _w("commentReference"):
            stream.comment_refs.setdefault(_attr(el, "id"), stream.position)
    return stream


# -- parts -----------------------------------------------------------------------------------


def _keeps(change: Change, reviewer: str | None) -> bool:
    """Return whether a character is in the text as ``reviewer`` would make it (None: as it
    came, tracked insertions left out and deletions kept)."""
    if change.kind == _UNCHANGED:
        return True
    if reviewer is None:
        return change.kind == "-"
    mine = change.author == reviewer
    return mine if change.kind == "+" else not mine


def _parts(stream: _Stream) -> dict[str, PartText]:
    out: dict[str, PartText] = {}
    for path, (start, end) in stream.ranges.items():
        children = sorted(
            (r for p, r in stream.ranges.items() if p.startswith(path + ".")),
            key=lambda r: r[0],
        )
        own: list[int | None] = []  # character positions; None marks a nested part
        i = start
        for c_start, c_end in children:
            if c_start < i:
                continue
            own.extend(range(i, min(c_start, end)))
            own.append(None)
            i = max(i, c_end)
        own.extend(range(i, end))
        whole = list(range(start, end))
        reviewers = sorted({stream.changes[k].author for k in whole} - {""})
        reviewers += (
            [""]
            if any(
                stream.changes[k].kind != _UNCHANGED and not stream.changes[k].author for k in whole
            )
            else []
        )

        def text(positions: list[int | None], reviewer: str | None) -> str:
            return "".join(
                PLACEHOLDER if k is None else stream.chars[k]
                for k in positions
                if k is None or _keeps(stream.changes[k], reviewer)
            )

        part = PartText(path, text(list(whole), None), text(own, None))
        for reviewer in reviewers:
            part.final[reviewer] = text(list(whole), reviewer)
            part.own_final[reviewer] = text(own, reviewer)
            dates = [stream.changes[k].date for k in whole if stream.changes[k].author == reviewer]
            part.dates[reviewer] = max(dates, default="")
        out[path] = part
    return out


def _part_of(stream: _Stream, start: int, end: int) -> str:
    """Return the innermost part holding the range ``start``–``end`` ("" when none does)."""
    best = ""
    best_size = -1
    for path, (p_start, p_end) in stream.ranges.items():
        if p_start <= start and end <= p_end and (start < p_end or p_start == p_end == start):
            size = p_end - p_start
            if best_size < 0 or size < best_size or (size == best_size and len(path) > len(best)):
                best, best_size = path, size
    return best


# -- comments and properties -----------------------------------------------------------------


def _paragraph_text(p: Any) -> str:
    return "".join(t.text or "" for t in p.iter(_w("t")))


def _comments(archive: _Archive, stream: _Stream) -> list[WordComment]:
    root = archive.xml("word/comments.xml")
    if root is None:
        return []
    parents: dict[str, str] = {}
    extended = archive.xml("word/commentsExtended.xml")
    if extended is not None:
        for ex in extended.iter(f"{{{_W15}}}commentEx"):
            answered = ex.get(f"{{{_W15}}}paraIdParent")
            if answered:
                parents[str(ex.get(f"{{{_W15}}}paraId") or "")] = str(answered)
    by_para: dict[str, str] = {}
    found: list[tuple[str, str, str, str, str]] = []
    for comment in root.iter(_w("comment")):
        cid = _attr(comment, "id")
        paragraphs = comment.findall(_w("p"))
        text = "\n".join(_paragraph_text(p) for p in paragraphs)
        para_id = ""
        if paragraphs:
            para_id = str(paragraphs[-1].get(f"{{{_W14}}}paraId") or "")
            if para_id:
                by_para[para_id] = cid
        found.append((cid, _attr(comment, "author"), _attr(comment, "date"), text, para_id))
    out: list[WordComment] = []
    for cid, author, date, text, para_id in found:
        answered = parents.get(para_id) if para_id else None
        parent = by_para.get(answered) if answered else None
        start = stream.comment_starts.get(cid, stream.comment_refs.get(cid))
        end = stream.comment_ends.get(cid, start)
        anchored, path = "", ""
        if start is not None and end is not None and end >= start:
            shown = [k for k in range(start, end) if stream.changes[k].kind != "-"]
            if not shown:  # a comment on deleted text: the words it was written on
                shown = list(range(start, end))
            anchored = "".join(stream.chars[k] for k in shown).strip()
            path = _part_of(stream, start, end)
        text = unicodedata.normalize("NFC", text).strip()
        cut = len(text) > MAX_COMMENT_CHARS
        out.append(
            WordComment(
                cid,
                author.strip(),
                date,
                text[:MAX_COMMENT_CHARS],
                anchored[:2000],
                path,
                parent if parent != cid else None,
                cut,
            )
        )
    return out


def _properties(archive: _Archive) -> dict[str, str]:
    root = archive.xml("docProps/custom.xml")
    out: dict[str, str] = {}
    if root is None:
        return out
    for prop in root.iter(f"{{{_CUSTOM}}}property"):
        name = str(prop.get("name") or "")
        value = "".join(child.text or "" for child in prop)
        if name:
            out[name] = value.strip()
    return out


def _last_modified_by(archive: _Archive) -> str:
    root = archive.xml("docProps/core.xml")
    if root is None:
        return ""
    found = root.find(f"{{{_CP}}}lastModifiedBy")
    return (found.text or "").strip() if found is not None else ""


def read_returned_copy(data: bytes, name: str) -> ReturnedCopy:
    """Return what a returned review copy holds; ``ReviewFileError`` for a file that is not a
    readable .docx (not a zip, a zip bomb, damaged or hostile XML)."""
    archive = _Archive(data, name)
    properties = _properties(archive)
    root = archive.xml("word/document.xml", required=True)
    body = root.find(_w("body"))
    if body is None:
        raise ReviewFileError(name, "tài liệu không có nội dung", "the document has no body")
    stream = _read_stream(body)
    return ReturnedCopy(
        properties=properties,
        last_modified_by=_last_modified_by(archive),
        parts=_parts(stream),
        comments=_comments(archive, stream),
    )
