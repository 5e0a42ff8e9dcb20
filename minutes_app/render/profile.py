"""Layout profiles: page, fonts, element styles, rules and wording of one regime, from JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from minutes_app import paths
from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.model import FormOfAddress
from minutes_app.domain.register import parse_number
from minutes_app.render.document import (
    Align,
    FontSet,
    LineSpacing,
    PageSetup,
    ParagraphStyle,
    SpacingRule,
)
from minutes_app.render.errors import ProfileError
from minutes_app.render.units import ZERO, Length, Mm, Pt

# Every style a profile must define; the builder uses exactly these names.
STYLE_NAMES = (
    "header_title",  # CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / ĐẢNG CỘNG SẢN VIỆT NAM
    "motto",  # Độc lập - Tự do - Hạnh phúc (state only)
    "parent_body",
    "issuing_body",
    "body_mark",  # the "*" under a Party body's name
    "number",
    "place_date",
    "doc_type",  # BIÊN BẢN
    "title",  # trích yếu
    "title_mark",  # the "-----" under a Party trích yếu
    "body",
    "label",  # a bold section label on its own line (Nội dung:, Kết luận:)
    "item_heading",  # 1. <agenda item>
    "list",
    "closing",
    "signature_prefix",
    "signature_label",
    "signature_position",
    "signature_name",
    "recipients_label",
    "recipients_entry",
    "page_number",
    "draft_mark",  # DỰ THẢO, top right of page 1 of anything not approved
)

WORDING_KEYS = (
    "meeting_noun",
    "participants",
    "person_title",
    "person_unit",
    "guest_unit",
    "start",
    "location",
    "attendees",
    "chair",
    "secretary",
    "content",
    "presenter",
    "item_conclusion",
    "votes",
    "conclusion",
    "tasks",
    "present",
    "late",
    "absent_excused",
    "absent",
    "guests",
    "reason",
    "due",
    "all_present",
    "summoned",
    "arrived",
    "person_unit_plain",
    "non_member_title",
    "party_total",
    "official",
    "probationary",
    "absent_short",
    "excused",
    "unexcused",
    "official_unit",
)


@dataclass(frozen=True)
class MarkSpec:
    """What goes under a header element: a line (``factor`` of a text width), a text, or nothing."""

    kind: str  # "line", "text" or "none"
    factor: float = 1.0
    text: str = ""


@dataclass(frozen=True)
class LayoutProfile:
    """Everything about the look of one regime; a new rule or label is an edit of its JSON file."""

    name: str
    label: str
    source: Path
    page: PageSetup
    fonts: FontSet
    styles: dict[str, ParagraphStyle]
    header_columns: tuple[float, float]
    header_widen_to: float  # the left header column may widen to this share for a long name
    header_padding: Length
    header_title: str
    motto: str
    header_title_mark: MarkSpec
    body_mark: MarkSpec
    title_mark: MarkSpec
    rule_thickness: Length
    doc_type: str
    number_format: str
    number_blank: str
    number_pad: bool
    show_place_date: bool
    signature_columns: tuple[float, float]
    secretary_label: str
    chair_label: str
    chair_prefix: str
    show_positions: bool
    signature_gap_lines: int
    recipients_label: str
    recipient_dash: str
    end_mark: str
    draft_mark: str
    form_of_address: FormOfAddress
    wording: dict[str, str]

    def number_text(self, number: str, symbol: str) -> str:
        """Return the printed number line (``Số: 07/BB-UBND``), blank room when unnumbered."""
        digits = number.strip()
        value = parse_number(digits)
        if self.number_pad and value is not None:
            digits = f"{value:02d}"
        return self.number_format.format(number=digits or self.number_blank, symbol=symbol)


class _Reader:
    """Reads one profile JSON file, naming the file and the field in every error."""

    def __init__(self, source: Path) -> None:
        self.source = source

    def fail(self, where: str, vi: str, en: str) -> ProfileError:
        return ProfileError(
            f"Mẫu trình bày {self.source.name}: {where}: {vi}",
            f"layout profile {self.source.name}: {where}: {en}",
            self.source,
        )

    def get(self, obj: dict[str, Any], key: str, where: str, kind: type | tuple[type, ...]) -> Any:
        if key not in obj:
            raise self.fail(f"{where}.{key}".lstrip("."), "thiếu trường", "missing field")
        value = obj[key]
        if isinstance(value, bool) and kind in (int, float, (int, float)):
            raise self.fail(f"{where}.{key}".lstrip("."), "phải là một số", "must be a number")
        if not isinstance(value, kind):
            raise self.fail(
                f"{where}.{key}".lstrip("."), "sai kiểu dữ liệu", f"must be {_kind_name(kind)}"
            )
        return value

    def opt(
        self, obj: dict[str, Any], key: str, where: str, kind: type | tuple[type, ...], default: Any
    ) -> Any:
        if key not in obj:
            return default
        return self.get(obj, key, where, kind)

    def number(
        self,
        obj: dict[str, Any],
        key: str,
        where: str,
        default: float | None = None,
        minimum: float = 0.0,
    ) -> float:
        if default is not None and key not in obj:
            return default
        value = float(self.get(obj, key, where, (int, float)))
        if value < minimum:
            raise self.fail(
                f"{where}.{key}", f"phải từ {minimum:g} trở lên", f"must be >= {minimum:g}"
            )
        return value

    def style(
        self, name: str, raw: dict[str, Any], all_raw: dict[str, Any], seen: tuple[str, ...] = ()
    ) -> ParagraphStyle:
        where = f"styles.{name}"
        if not isinstance(raw, dict):
            raise self.fail(where, "phải là một đối tượng", "must be an object")
        merged = self._flatten(name, all_raw, seen)
        known = {
            "size_pt",
            "bold",
            "italic",
            "underline",
            "caps",
            "align",
            "first_line_indent_mm",
            "left_indent_mm",
            "space_before_pt",
            "space_after_pt",
            "line_spacing",
            "keep_with_next",
        }
        for key in merged:
            if key not in known:
                raise self.fail(f"{where}.{key}", "khóa không xác định", "unknown key")
        align_name = self.opt(merged, "align", where, str, "left")
        try:
            align = Align(align_name)
        except ValueError:
            raise self.fail(
                f"{where}.align", "căn lề không hợp lệ", "must be left/center/right/justify"
            ) from None
        spacing_raw = self.opt(merged, "line_spacing", where, dict, {"rule": "single"})
        rule_name = self.get(spacing_raw, "rule", f"{where}.line_spacing", str)
        try:
            rule = SpacingRule(rule_name)
        except ValueError:
            raise self.fail(
                f"{where}.line_spacing.rule", "không hợp lệ", "must be single/multiple/exact"
            ) from None
        value = 1.0
        if rule is SpacingRule.EXACT:
            value = self.number(spacing_raw, "pt", f"{where}.line_spacing", minimum=1)
        elif rule is SpacingRule.MULTIPLE:
            value = self.number(spacing_raw, "factor", f"{where}.line_spacing", minimum=0.5)
        size = self.number(merged, "size_pt", where, minimum=4)
        return ParagraphStyle(
            name=name,
            size=Pt(size),
            bold=bool(self.opt(merged, "bold", where, bool, False)),
            italic=bool(self.opt(merged, "italic", where, bool, False)),
            underline=bool(self.opt(merged, "underline", where, bool, False)),
            caps=bool(self.opt(merged, "caps", where, bool, False)),
            align=align,
            first_line_indent=Mm(
                self.number(merged, "first_line_indent_mm", where, 0.0)
            ).in_twips(),
            left_indent=Mm(self.number(merged, "left_indent_mm", where, 0.0)).in_twips(),
            space_before=Pt(self.number(merged, "space_before_pt", where, 0.0)),
            space_after=Pt(self.number(merged, "space_after_pt", where, 0.0)),
            line_spacing=LineSpacing(rule, value),
            keep_with_next=bool(self.opt(merged, "keep_with_next", where, bool, False)),
        )

    def _flatten(self, name: str, all_raw: dict[str, Any], seen: tuple[str, ...]) -> dict[str, Any]:
        raw = all_raw[name]
        base = raw.get("inherit")
        merged: dict[str, Any] = {}
        if base is not None:
            if not isinstance(base, str) or base not in all_raw or base in seen:
                raise self.fail(f"styles.{name}.inherit", "kiểu gốc không hợp lệ", "bad base style")
            merged.update(self._flatten(base, all_raw, (*seen, name)))
        merged.update({k: v for k, v in raw.items() if k != "inherit"})
        return merged

    def mark(self, obj: dict[str, Any], key: str) -> MarkSpec:
        raw = self.get(obj, key, "marks", dict)
        where = f"marks.{key}"
        kind = self.get(raw, "kind", where, str)
        if kind == "line":
            factor = self.number(raw, "factor", where, minimum=0.01)
            if factor > 1.0:
                raise self.fail(f"{where}.factor", "không được lớn hơn 1", "must be at most 1")
            return MarkSpec("line", factor=factor)
        if kind == "text":
            return MarkSpec("text", text=self.get(raw, "text", where, str))
        if kind == "none":
            return MarkSpec("none")
        raise self.fail(
            f"{where}.kind", "phải là line, text hoặc none", "must be line, text or none"
        )

    def form_of_address(self, data: dict[str, Any]) -> FormOfAddress:
        raw = self.get(data, "form_of_address", "", str)
        try:
            return FormOfAddress(raw)
        except ValueError:
            raise self.fail(
                "form_of_address",
                "phải là comrade, mr_ms hoặc none",
                "must be comrade, mr_ms or none",
            ) from None

    def fractions(self, obj: dict[str, Any], key: str, where: str) -> tuple[float, float]:
        value = self.get(obj, key, where, list)
        if len(value) != 2 or not all(
            isinstance(v, int | float) and not isinstance(v, bool) and v > 0 for v in value
        ):
            raise self.fail(
                f"{where}.{key}", "phải gồm hai số dương", "must be two positive numbers"
            )
        total = float(value[0] + value[1])
        return (value[0] / total, value[1] / total)


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {
        str: "a string",
        bool: "true/false",
        int: "an integer",
        float: "a number",
        dict: "an object",
        list: "an array",
    }
    if isinstance(kind, tuple):
        return "a number" if set(kind) == {int, float} else " or ".join(names[k] for k in kind)
    return names.get(kind, kind.__name__)


def parse_profile(data: dict[str, Any], source: Path) -> LayoutProfile:
    """Return the profile described by ``data``; raise ProfileError naming the field on bad data."""
    r = _Reader(source)
    if not isinstance(data, dict):
        raise r.fail("(gốc)", "phải là một đối tượng JSON", "must be a JSON object")
    page_raw = r.get(data, "page", "", dict)
    margins = r.get(page_raw, "margins_mm", "page", dict)
    page = PageSetup(
        width=Mm(r.number(page_raw, "width_mm", "page", minimum=50)).in_twips(),
        height=Mm(r.number(page_raw, "height_mm", "page", minimum=50)).in_twips(),
        top=Mm(r.number(margins, "top", "page.margins_mm")).in_twips(),
        bottom=Mm(r.number(margins, "bottom", "page.margins_mm")).in_twips(),
        left=Mm(r.number(margins, "left", "page.margins_mm")).in_twips(),
        right=Mm(r.number(margins, "right", "page.margins_mm")).in_twips(),
        header_distance=Mm(r.number(page_raw, "header_distance_mm", "page")).in_twips(),
    )
    if page.text_width < Mm(60) or page.text_height < Mm(100):
        raise r.fail(
            "page.margins_mm", "lề quá lớn so với khổ giấy", "the margins leave too little room"
        )
    fonts_raw = r.get(data, "fonts", "", dict)
    pdf_files = r.get(fonts_raw, "pdf_files", "fonts", dict)
    fonts = FontSet(
        family=r.get(fonts_raw, "family", "fonts", str),
        pdf_family=r.get(fonts_raw, "pdf_family", "fonts", str),
        regular=r.get(pdf_files, "regular", "fonts.pdf_files", str),
        bold=r.get(pdf_files, "bold", "fonts.pdf_files", str),
        italic=r.get(pdf_files, "italic", "fonts.pdf_files", str),
        bold_italic=r.get(pdf_files, "bold_italic", "fonts.pdf_files", str),
    )
    styles_raw = r.get(data, "styles", "", dict)
    styles: dict[str, ParagraphStyle] = {}
    for name in STYLE_NAMES:
        if name not in styles_raw:
            raise r.fail(f"styles.{name}", "thiếu kiểu trình bày", "missing style")
        styles[name] = r.style(name, styles_raw[name], styles_raw)
    for name in styles_raw:
        if name not in styles:
            raise r.fail(f"styles.{name}", "kiểu trình bày không xác định", "unknown style")
    header = r.get(data, "header", "", dict)
    marks = r.get(data, "marks", "", dict)
    number = r.get(data, "number", "", dict)
    number_format = r.get(number, "format", "number", str)
    if "{number}" not in number_format or "{symbol}" not in number_format:
        raise r.fail(
            "number.format", "phải chứa {number} và {symbol}", "must contain {number} and {symbol}"
        )
    signature = r.get(data, "signature", "", dict)
    header_columns = r.fractions(header, "columns", "header")
    recipients = r.get(data, "recipients", "", dict)
    wording_raw = r.get(data, "wording", "", dict)
    wording: dict[str, str] = {}
    for key in WORDING_KEYS:
        wording[key] = r.get(wording_raw, key, "wording", str)
    return LayoutProfile(
        name=r.get(data, "name", "", str),
        label=r.get(data, "label", "", str),
        source=source,
        page=page,
        fonts=fonts,
        styles=styles,
        header_columns=header_columns,
        header_widen_to=max(
            header_columns[0],
            min(r.number(header, "widen_left_to_percent", "header", header_columns[0] * 100), 80)
            / 100,
        ),
        header_padding=Mm(r.number(header, "cell_padding_mm", "header")).in_twips(),
        header_title=r.get(header, "title", "header", str),
        motto=r.get(header, "motto", "header", str),
        header_title_mark=r.mark(marks, "under_header_title"),
        body_mark=r.mark(marks, "under_issuing_body"),
        title_mark=r.mark(marks, "under_title"),
        rule_thickness=Pt(r.number(marks, "line_thickness_pt", "marks", minimum=0.1)),
        doc_type=r.get(data, "doc_type", "", str),
        number_format=number_format,
        number_blank=r.get(number, "blank", "number", str),
        number_pad=r.get(number, "pad_below_10", "number", bool),
        show_place_date=r.get(data, "show_place_date", "", bool),
        signature_columns=r.fractions(signature, "columns", "signature"),
        secretary_label=r.get(signature, "secretary_label", "signature", str),
        chair_label=r.get(signature, "chair_label", "signature", str),
        chair_prefix=r.get(signature, "chair_prefix", "signature", str),
        show_positions=r.get(signature, "show_positions", "signature", bool),
        signature_gap_lines=int(r.number(signature, "gap_lines", "signature")),
        recipients_label=r.get(recipients, "label", "recipients", str),
        recipient_dash=r.get(recipients, "dash", "recipients", str),
        end_mark=r.get(data, "end_mark", "", str),
        draft_mark=r.get(data, "draft_mark", "", str),
        form_of_address=r.form_of_address(data),
        wording=wording,
    )


_CACHE: dict[str, LayoutProfile] = {}


def available_profiles() -> list[str]:
    """Return the names of the bundled profiles, sorted."""
    folder = paths.resource("profiles")
    return sorted(p.stem for p in folder.glob("*.json"))


def load_profile(name: str) -> LayoutProfile:
    """Return the profile ``resources/profiles/<name>.json``; ProfileError with a clear message."""
    if name in _CACHE:
        return _CACHE[name]
    if name not in available_profiles():
        known = ", ".join(available_profiles())
        raise ProfileError(
            f"Không có mẫu trình bày “{name}” (có: {known})",
            f"there is no layout profile {name!r} (available: {known})",
            paths.resource("profiles", f"{name}.json"),
        )
    source = paths.resource("profiles", f"{name}.json")
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProfileError(
            f"Không đọc được mẫu trình bày {source}: {exc}",
            f"cannot read the layout profile {source}: {exc}",
            source,
        ) from None
    profile = parse_profile(data, source)
    if profile.name != name:
        raise ProfileError(
            f"Mẫu trình bày {source.name}: name phải là “{name}”",
            f"layout profile {source.name}: name must be {name!r}",
            source,
        )
    _CACHE[name] = profile
    return profile


def clear_cache() -> None:
    """Forget loaded profiles (tests that edit profile files call this)."""
    _CACHE.clear()


__all__ = [
    "ZERO",
    "LayoutProfile",
    "MarkSpec",
    "available_profiles",
    "load_profile",
    "parse_profile",
]
