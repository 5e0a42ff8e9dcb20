"""Vietnamese spell checking, Qt-free: syllables of a text checked against the Hunspell dictionary.

Vietnamese words are syllables separated by spaces, and the bundled dictionary
(``resources/dictionaries/vi_VN``) lists syllables. ``SpellChecker.misspellings`` splits a text
into syllables and reports the unknown ones with their offsets, leaving alone what is not a
word to check: numbers and anything written with digits (``30/2020/NĐ-CP``), abbreviations in
capitals (``UBND``, ``HĐND``, ``BCH``), mixed case (``eOffice``), e-mail and web addresses,
single letters. Words are compared in NFC whatever the input method typed; tone marks in the
old or the new place (``hoà``/``hòa``, ``uỷ``/``ủy``) are both right. People's names (the people
directory and the meeting's own names) and the user's own words are accepted.

The engine is chunspell (Hunspell itself, with wheels for Linux and Windows); without it, a
plain lookup in the same word list still underlines, only suggestions are simpler.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.text import nfc
from minutes_app.services.files import write_atomic

log = logging.getLogger(__name__)

DICTIONARY = "vi_VN"
MAX_SUGGESTIONS = 8

_TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền, sắc, hỏi, ngã, nặng
# "òa" <-> "oà", "ủy" <-> "uỷ" ... at the end of a syllable: where the tone mark goes differs
# between the traditional rule (on the first vowel: "hòa", as Decree 30's forms, Word and this
# application write) and the newer school rule (on the second: "hoà"); both are in use.
_TONE_PLACES: dict[str, str] = {}
for _first, _second in (("o", "a"), ("o", "e"), ("u", "y")):
    for _tone in _TONES:
        _on_first = nfc(_first + _tone + _second)
        _on_second = nfc(_first + _second + _tone)
        _TONE_PLACES[_on_first] = _on_second
        _TONE_PLACES[_on_second] = _on_first
_ON_FIRST_VOWEL = {nfc(f + t + s) for f, s in (("o", "a"), ("o", "e"), ("u", "y")) for t in _TONES}

_CHUNK = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+(?:[\u0300-\u036f][^\W\d_]*)*")
# A chunk with any of these is a number, a code, an address: not words to check.
_NOT_PROSE = re.compile(r"[\d@_/\\]|://|\w\.\w")


@dataclass(frozen=True)
class Misspelling:
    """An unknown word: its range in the text checked, and the word as written there."""

    start: int
    end: int
    word: str


class SpellEngine(Protocol):
    """What the checker needs of a dictionary."""

    def spell(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


class HunspellEngine:
    """Hunspell through chunspell over the .aff/.dic pair in ``folder``."""

    def __init__(self, folder: Path, name: str = DICTIONARY) -> None:
        import hunspell  # type: ignore[import-untyped]

        # UTF-8 paths (Windows needs the "\\?\" form chunspell adds for UTF-8): an install
        # folder with Vietnamese letters in it must still load.
        self._hunspell = hunspell.Hunspell(
            name, hunspell_data_dir=str(folder), system_encoding="UTF-8"
        )

    def spell(self, word: str) -> bool:
        return bool(self._hunspell.spell(word))

    def suggest(self, word: str) -> list[str]:
        return [nfc(s) for s in self._hunspell.suggest(word)]


class WordListEngine:
    """The dictionary's word list in a set: the fallback when Hunspell cannot be loaded.

    The Vietnamese dictionary has no affix rules, so a lookup (with Hunspell's capitalisation
    rules) gives the same answers; suggestions are the listed words with the same letters
    and other marks, or one letter changed.
    """

    def __init__(self, folder: Path, name: str = DICTIONARY) -> None:
        lines = (folder / f"{name}.dic").read_text(encoding="utf-8").splitlines()[1:]
        self.words = {nfc(line.split("/", 1)[0].strip()) for line in lines if line.strip()}
        self._lower = {w for w in self.words if w == w.lower()}
        self._by_skeleton: dict[str, list[str]] = {}
        for word in sorted(self._lower):
            self._by_skeleton.setdefault(_skeleton(word), []).append(word)

    def spell(self, word: str) -> bool:
        if word in self.words:
            return True
        lower = word.lower()
        if word == word.capitalize() or word == word.upper():
            return lower in self._lower or word.capitalize() in self.words
        return False

    def suggest(self, word: str) -> list[str]:
        lower = word.lower()
        found = list(self._by_skeleton.get(_skeleton(lower), []))
        if len(found) < MAX_SUGGESTIONS:
            found += [w for w in sorted(self._lower) if _one_edit(lower, w) and w not in found]
        found = found[:MAX_SUGGESTIONS]
        if word[:1].isupper():
            found = [w[:1].upper() + w[1:] for w in found]
        return found


def _skeleton(word: str) -> str:
    """Return ``word`` without its marks (``việc`` → ``viec``)."""
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def dictionary_dir() -> Path:
    """Return the bundled dictionaries folder."""
    from minutes_app.paths import resource

    return resource("dictionaries")


def load_engine(folder: Path | None = None) -> SpellEngine | None:
    """Return Hunspell over the bundled dictionary, else the word-list fallback, else None."""
    folder = dictionary_dir() if folder is None else folder
    try:
        return HunspellEngine(folder)
    except Exception:  # noqa: BLE001 - a missing or broken wheel must not stop the editor
        log.warning("Hunspell (chunspell) cannot be used; plain word list instead", exc_info=True)
    try:
        return WordListEngine(folder)
    except (OSError, UnicodeDecodeError):
        log.warning("the spelling dictionary cannot be read; no spell checking", exc_info=True)
        return None


def _other_tone_place(word: str) -> str | None:
    """Return ``word`` with its tone mark in the other accepted place, if it has one."""
    ending = word[-2:]
    other = _TONE_PLACES.get(ending)
    if other is None or (ending[0] in "uùúủũụ" and word[-3:-2] in ("q", "Q")):
        return None
    return word[:-2] + other


def _tone_on_first_vowel(word: str) -> str:
    """Return ``word`` with its tone on the first vowel (``hoà`` → ``hòa``), as suggestions go."""
    other = _other_tone_place(word)
    if other is not None and other[-2:].lower() in _ON_FIRST_VOWEL:
        return other
    return word


def _fold_key(word: str) -> str:
    return nfc(word).casefold()


def words_of(text: str) -> Iterable[tuple[int, int, str]]:
    """Yield (start, end, word) for every word of ``text`` that is meant to be checked."""
    for chunk in _CHUNK.finditer(text):
        for start, end, word in _chunk_words(chunk.group()):
            yield chunk.start() + start, chunk.start() + end, word


def _chunk_words(chunk: str) -> list[tuple[int, int, str]]:
    """Return the words to check in one space-delimited chunk, with offsets in the chunk."""
    if _NOT_PROSE.search(chunk):
        return []
    found = []
    for match in _WORD.finditer(chunk):
        word = match.group()
        composed = nfc(word)
        if len(composed) < 2:
            continue  # list letters "a)", initials
        if composed.isupper():
            if not _has_vowel_marks(composed):
                continue  # UBND, HĐND, BCH: abbreviations
        elif any(ch.isupper() for ch in composed[1:]):
            continue  # mixed case: names of products, codes
        found.append((match.start(), match.end(), word))
    return found


def _has_vowel_marks(word: str) -> bool:
    """Return True when ``word`` has a vowel with a tone or vowel mark (not counting Đ)."""
    decomposed = unicodedata.normalize("NFD", word.replace("Đ", "D").replace("đ", "d"))
    return any(unicodedata.combining(ch) for ch in decomposed)


class SpellChecker:
    """Checks texts against the dictionary, the names given and the user's own words."""

    def __init__(self, engine: SpellEngine | None, user_words_file: Path | None = None) -> None:
        self.engine = engine
        self.user_words_file = user_words_file
        self._user: set[str] = set()
        self._names: set[str] = set()
        self._extra_names: set[str] = set()
        self._cache: dict[str, bool] = {}
        # chunk of text between spaces -> its unknown words (offsets in the chunk): texts
        # repeat their words, and this makes a long statement quick to check again
        self._chunks: dict[str, list[tuple[int, int, str]]] = {}
        if user_words_file is not None:
            self._user = {_fold_key(w) for w in read_user_words(user_words_file)}

    @property
    def available(self) -> bool:
        """Return True when a dictionary could be loaded."""
        return self.engine is not None

    # -- what is accepted besides the dictionary -------------------------------------------------

    def set_names(self, names: Iterable[str]) -> bool:
        """Accept the syllables of these names (the people directory); True if that changed."""
        return self._replace_names("_names", names)

    def set_meeting_names(self, names: Iterable[str]) -> bool:
        """Accept the syllables of the meeting's own names; True if that changed."""
        return self._replace_names("_extra_names", names)

    def _replace_names(self, attribute: str, names: Iterable[str]) -> bool:
        syllables = {_fold_key(word) for name in names for _start, _end, word in _name_words(name)}
        if syllables == getattr(self, attribute):
            return False
        setattr(self, attribute, syllables)
        self._forget()
        return True

    def user_words(self) -> list[str]:
        """Return the user's own words (as kept: lower case, NFC), sorted."""
        return sorted(self._user)

    def add_user_word(self, word: str) -> None:
        """Accept ``word`` from now on, here and in later sessions (the user's word list)."""
        key = _fold_key(word.strip())
        if not key or key in self._user:
            return
        self._user.add(key)
        self._forget()
        if self.user_words_file is not None:
            write_user_words(self.user_words_file, self._user)

    # -- checking -----------------------------------------------------------------------------

    def _forget(self) -> None:
        self._cache.clear()
        self._chunks.clear()

    def is_correct(self, word: str) -> bool:
        """Return True when ``word`` (one syllable) is spelt right or accepted."""
        composed = nfc(word)
        known = self._cache.get(composed)
        if known is None:
            known = self._check(composed)
            if len(self._cache) > 50000:
                self._cache.clear()
            self._cache[composed] = known
        return known

    def _check(self, word: str) -> bool:
        key = _fold_key(word)
        if key in self._user or key in self._names or key in self._extra_names:
            return True
        if self.engine is None:
            return True
        if self.engine.spell(word):
            return True
        other = _other_tone_place(word.lower())
        return other is not None and self.engine.spell(other)

    def misspellings(self, text: str) -> list[Misspelling]:
        """Return the unknown words of ``text`` with their offsets (Python string offsets)."""
        if self.engine is None:
            return []
        found: list[Misspelling] = []
        chunks = self._chunks
        for chunk in _CHUNK.finditer(text):
            piece = chunk.group()
            bad = chunks.get(piece)
            if bad is None:
                bad = [w for w in _chunk_words(piece) if not self.is_correct(w[2])]
                if len(chunks) > 100000:
                    chunks.clear()
                chunks[piece] = bad
            if bad:
                offset = chunk.start()
                found.extend(Misspelling(offset + s, offset + e, w) for s, e, w in bad)
        return found

    def suggestions(self, word: str) -> list[str]:
        """Return spellings to offer for ``word``, best first, tone marks on the first vowel."""
        if self.engine is None:
            return []
        found: list[str] = []
        for suggestion in self.engine.suggest(nfc(word)):
            if " " in suggestion or "-" in suggestion:
                continue  # "nhi êm": Hunspell splitting a syllable is no help here
            shown = _tone_on_first_vowel(suggestion)
            if shown not in found and shown != nfc(word):
                found.append(shown)
        return found[:MAX_SUGGESTIONS]


def _name_words(name: str) -> Iterable[tuple[int, int, str]]:
    for match in _WORD.finditer(name):
        yield match.start(), match.end(), match.group()


def user_words_path(data_dir: Path) -> Path:
    """Return the user's own word list in the user's data folder."""
    return data_dir / "spelling" / "tu-cua-toi.txt"


def read_user_words(path: Path) -> list[str]:
    """Return the words of the user's list (one per line; # starts a comment); [] if none."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError):
        log.warning("the user's word list %s cannot be read", path, exc_info=True)
        return []
    return [nfc(line.strip()) for line in text.splitlines() if line.strip() and line[:1] != "#"]


def write_user_words(path: Path, words: Iterable[str]) -> None:
    """Write the user's word list, sorted, whole or not at all."""
    header = "# Từ của tôi: các từ không bị gạch chân khi kiểm tra chính tả (mỗi dòng một từ)\n"
    body = "".join(f"{w}\n" for w in sorted(set(words)))
    write_atomic(path, (header + body).encode("utf-8"))
