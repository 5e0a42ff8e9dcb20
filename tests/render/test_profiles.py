"""Layout profiles: the bundled data matches the spec's defaults; bad data names file and field."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from minutes_app import paths
from minutes_app.render import ProfileError, available_profiles, load_profile
from minutes_app.render.document import Align, SpacingRule
from minutes_app.render.profile import parse_profile
from minutes_app.render.units import Mm, Pt


def test_available_profiles() -> None:
    assert available_profiles() == ["party", "state"]


@pytest.mark.parametrize("name", ["state", "party"])
def test_page_setup_is_a4_with_spec_margins(name: str) -> None:
    page = load_profile(name).page
    # In whole twips, as the DOCX states them (and the PDF uses them, so lines break alike).
    assert (page.width, page.height) == (Mm(210).in_twips(), Mm(297).in_twips())
    assert (page.top, page.bottom, page.left, page.right) == tuple(
        Mm(v).in_twips() for v in (20, 20, 30, 15)
    )
    assert page.header_distance == Mm(10).in_twips()
    assert load_profile(name).fonts.family == "Times New Roman"


def test_state_sizes_follow_spec_table() -> None:
    s = load_profile("state").styles
    assert (s["header_title"].size, s["header_title"].bold, s["header_title"].caps) == (
        Pt(13),
        True,
        True,
    )
    assert (s["motto"].size, s["motto"].bold) == (Pt(14), True)
    assert (s["parent_body"].size, s["parent_body"].bold) == (Pt(13), False)
    assert (s["issuing_body"].size, s["issuing_body"].bold) == (Pt(13), True)
    assert s["number"].size == Pt(13)
    assert (s["place_date"].size, s["place_date"].italic) == (Pt(14), True)
    assert (s["doc_type"].size, s["doc_type"].bold) == (Pt(14), True)
    assert (s["title"].size, s["title"].bold) == (Pt(14), True)
    body = s["body"]
    assert (body.size, body.align, body.first_line_indent, body.space_before) == (
        Pt(14),
        Align.JUSTIFY,
        Mm(10).in_twips(),
        Pt(6),
    )
    assert body.line_spacing.rule is SpacingRule.SINGLE
    assert (
        s["recipients_label"].size,
        s["recipients_label"].bold,
        s["recipients_label"].italic,
    ) == (Pt(12), True, True)
    assert s["recipients_entry"].size == Pt(11)
    assert s["page_number"].size == Pt(14)


def test_party_sizes_follow_spec_table() -> None:
    p = load_profile("party")
    s = p.styles
    assert (s["header_title"].size, s["header_title"].bold) == (Pt(15), True)
    assert (s["parent_body"].size, s["issuing_body"].size, s["number"].size) == (
        Pt(14),
        Pt(14),
        Pt(14),
    )
    assert (s["doc_type"].size, s["title"].size) == (Pt(16), Pt(14))
    assert s["body"].line_spacing.rule is SpacingRule.EXACT and s["body"].line_spacing.value == 18
    assert (
        s["recipients_label"].size,
        s["recipients_label"].underline,
        s["recipients_label"].bold,
    ) == (Pt(14), True, False)
    assert s["recipients_entry"].size == Pt(12)
    assert (s["signature_position"].bold, s["signature_name"].bold) == (False, True)
    assert p.body_mark.text == "*" and p.title_mark.text == "-----"
    assert p.header_title_mark.kind == "line" and p.header_title_mark.factor == 1.0


def test_labels_and_number_formats() -> None:
    state, party = load_profile("state"), load_profile("party")
    assert (state.secretary_label, state.chair_label) == ("THƯ KÝ", "CHỦ TỌA")
    assert (party.secretary_label, party.chair_label) == ("NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ HỘI NGHỊ")
    assert state.number_text("7", "BB-UBND") == "Số: 07/BB-UBND"
    assert party.number_text("12", "BB/CB") == "Số 12-BB/CB"
    assert state.number_text("", "BB-UBND") == "Số:      /BB-UBND"
    assert party.number_text("", "BB/HU") == "Số      -BB/HU"
    assert (state.show_place_date, party.show_place_date) == (False, True)
    assert (state.end_mark, party.end_mark) == ("./.", ".")
    assert state.header_columns == pytest.approx((0.4, 0.6))


def _raw(name: str) -> dict:
    return json.loads(paths.resource("profiles", f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d["page"]["margins_mm"].pop("left"), "page.margins_mm.left"),
        (lambda d: d["styles"]["body"].update(size_pt="big"), "styles.body.size_pt"),
        (lambda d: d["styles"]["body"].update(align="middle"), "styles.body.align"),
        (lambda d: d["styles"].pop("title"), "styles.title"),
        (lambda d: d["marks"]["under_title"].update(kind="wavy"), "marks.under_title.kind"),
        (lambda d: d["number"].update(format="No {number}"), "number.format"),
        (lambda d: d["header"].update(columns=[40]), "header.columns"),
        (lambda d: d["styles"]["label"].update(inherit="nothing"), "styles.label.inherit"),
        (lambda d: d["wording"].pop("start"), "wording.start"),
    ],
)
def test_bad_profile_names_the_field(mutate, field: str) -> None:
    data = copy.deepcopy(_raw("state"))
    mutate(data)
    with pytest.raises(ProfileError) as info:
        parse_profile(data, Path("/somewhere/state.json"))
    assert field in info.value.message_en
    assert "state.json" in info.value.message_vi
    assert info.value.path == Path("/somewhere/state.json")


def test_changing_a_margin_is_a_data_edit() -> None:
    data = _raw("state")
    data["page"]["margins_mm"]["left"] = 35
    data["signature"]["chair_label"] = "CHỦ TRÌ"
    profile = parse_profile(data, Path("state.json"))
    assert profile.page.left == Mm(35).in_twips()
    assert profile.chair_label == "CHỦ TRÌ"


def test_unknown_profile_is_a_clear_error() -> None:
    with pytest.raises(ProfileError) as info:
        load_profile("church")
    assert "church" in str(info.value) and "party, state" in info.value.message_en
