"""Vietnamese spell checking without Qt: syllables, NFC/NFD, tone places, abbreviations, names."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from minutes_app.services.spelling import (
    HunspellEngine,
    SpellChecker,
    WordListEngine,
    dictionary_dir,
    load_engine,
    read_user_words,
    user_words_path,
    words_of,
)

TEXT = "Đồng chí Lò Văn Puộc đề nghị đẩy nhanh viêc triển khai nhiệm vụ."


@pytest.fixture(scope="module")
def engine():  # noqa: ANN201
    return load_engine()


def _words(checker: SpellChecker, text: str) -> list[str]:
    return [text[m.start : m.end] for m in checker.misspellings(text)]


def test_the_bundled_dictionary_loads_in_hunspell_with_its_licence(engine) -> None:  # noqa: ANN001
    assert isinstance(engine, HunspellEngine)  # chunspell is installed and works
    folder = dictionary_dir()
    assert (folder / "vi_VN.aff").is_file() and (folder / "vi_VN.dic").is_file()
    assert "GPLv2" in (folder / "LICENSES-vi_VN-en.txt").read_text("utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in (folder / "COPYING-GPL-2.txt").read_text("utf-8")


def test_a_misspelt_syllable_is_found_with_its_offsets_and_suggestions(engine) -> None:  # noqa: ANN001
    checker = SpellChecker(engine)
    found = checker.misspellings(TEXT)
    assert [(m.word, m.start, m.end) for m in found] == [
        ("Puộc", TEXT.index("Puộc"), TEXT.index("Puộc") + 4),
        ("viêc", TEXT.index("viêc"), TEXT.index("viêc") + 4),
    ]
    assert checker.suggestions("viêc")[0] == "việc"
    assert "Việc" in checker.suggestions("Viêc")


def test_decomposed_input_is_checked_as_composed(engine) -> None:  # noqa: ANN001
    checker = SpellChecker(engine)
    typed = unicodedata.normalize("NFD", "nghiêm túc viêc làm")
    assert _words(checker, typed) == [unicodedata.normalize("NFD", "viêc")]


def test_tone_marks_in_the_old_or_the_new_place_are_both_right(engine) -> None:  # noqa: ANN001
    checker = SpellChecker(engine)
    text = "Ủy ban nhân dân, uỷ viên, hòa giải, hoà bình, thủy lợi, thuỷ sản, khỏe, khoẻ, QUÝ, quý"
    assert _words(checker, text) == []
    # suggestions put the mark where official documents do today
    assert checker.suggestions("hoàl")[0] == "hòa"
    assert checker.suggestions("thuỷx")[0] == "thủy"


def test_numbers_codes_abbreviations_and_addresses_are_left_alone(engine) -> None:  # noqa: ANN001
    checker = SpellChecker(engine)
    text = (
        "UBND HĐND BCH MTTQ BTV, số 30/2020/NĐ-CP, TP.HCM, lúc 07:30, 25/02/2020, "
        "vanphong@kimson.gov.vn, https://kimson.gov.vn, eOffice, a) b) c), 88,24%"
    )
    assert _words(checker, text) == []
    # capitals with marks are words, not abbreviations: they are checked
    assert _words(checker, "HUYỆN ỦY KIM SƠN VIÊC") == ["VIÊC"]


def test_names_and_the_users_own_words_are_not_flagged(engine, tmp_path: Path) -> None:  # noqa: ANN001
    words = user_words_path(tmp_path)
    checker = SpellChecker(engine, words)
    assert checker.set_names(["Lò Văn Puộc"])
    assert _words(checker, TEXT) == ["viêc"]
    assert not checker.set_names(["Lò Văn Puộc"])  # nothing changed
    checker.set_meeting_names(["Y Bih Niê"])
    assert _words(checker, "Đồng chí Y Bih Niê") == []
    checker.add_user_word("Zalo")
    assert _words(checker, "nhóm Zalo, ZALO, zalo") == []
    assert read_user_words(words) == ["zalo"]
    # a new session reads the user's words back
    assert _words(SpellChecker(engine, words), "nhóm Zalo") == []


def test_the_word_list_fallback_gives_the_same_underlines() -> None:
    checker = SpellChecker(WordListEngine(dictionary_dir()))
    assert _words(checker, TEXT) == ["Puộc", "viêc"]
    assert _words(checker, "Ủy ban, UBND, hòa giải, Việc, VIỆC") == []
    assert "việc" in checker.suggestions("viêc")


def test_no_dictionary_means_no_underlines(tmp_path: Path) -> None:
    assert load_engine(tmp_path) is None
    assert SpellChecker(None).misspellings(TEXT) == []


def test_words_of_gives_offsets_in_the_text() -> None:
    text = "Ông A phát biểu: “Đề nghị…”"
    assert [(text[s:e], w) for s, e, w in words_of(text)] == [
        ("Ông", "Ông"),
        ("phát", "phát"),
        ("biểu", "biểu"),
        ("Đề", "Đề"),
        ("nghị", "nghị"),
    ]


def test_spelling_loads_no_qt() -> None:
    code = (
        "import sys, minutes_app.services.spelling as s; s.SpellChecker(s.load_engine()); "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
