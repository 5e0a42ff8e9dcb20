"""Review-copy anchors: field paths as Word bookmark names, and marker-aware sentence ends."""

from __future__ import annotations

import pytest

from minutes_app.render.anchors import (
    AnchorTable,
    bookmark_name,
    path_of_bookmark,
    split_markers,
    strip_markers,
)
from minutes_app.render.builder import with_full_stop, without_full_stop


@pytest.mark.parametrize(
    "path",
    [
        "conclusion",
        "location",
        "attendees[999].organization",
        "agenda[99].statements[999].content",
        "agenda[0].conclusion",
        "votes[12].subject",
        "tasks[3].description",
    ],
)
def test_a_field_path_survives_as_a_word_bookmark_name(path: str) -> None:
    name = bookmark_name(path)
    assert len(name) <= 40 and name.replace("_", "").isalnum() and name[0].isalpha()
    assert path_of_bookmark(name) == path


def test_other_bookmarks_are_not_parts() -> None:
    assert path_of_bookmark("_GoBack") is None
    assert path_of_bookmark("_Toc123") is None
    assert path_of_bookmark("mp_") is None
    assert path_of_bookmark("mp_agenda0_Statements1") is None


def test_sentence_ends_look_through_a_closing_anchor() -> None:
    table = AnchorTable()
    ended = table.wrap("location", "Hà Nội.")
    open_ = table.wrap("conclusion", "Hà Nội")
    assert strip_markers(with_full_stop(ended)) == "Hà Nội."
    assert strip_markers(with_full_stop(open_)) == "Hà Nội."
    assert with_full_stop(open_).endswith(open_[-1] + ".")  # the full stop is outside the part
    assert strip_markers(without_full_stop(ended)) == "Hà Nội"
    assert split_markers(without_full_stop(ended))[-1] == (False, 0)
    assert with_full_stop("Hà Nội") == "Hà Nội." and without_full_stop("Hà Nội.;") == "Hà Nội"
