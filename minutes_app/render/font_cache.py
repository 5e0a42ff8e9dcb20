"""reportlab's reading of the bundled fonts, kept in the user's cache folder between exports.

reportlab reads a TrueType file in Python, glyph by glyph: about 40 million instructions a
face, a seventh of a whole ``export --format pdf`` of the example minutes. What it keeps is
plain data (the face's metrics, its character and glyph maps, the table directory) beside the
file's bytes, which it subsets from when the PDF is written. The first export writes that data
to ``<user cache>/minutes-app/fonts/<font>/``; later ones read it back in a fraction of a millisecond.

A cache file is named after the font file's length and CRC-32 and reportlab's version, and
carries the CRC-32 of its own contents: a file that does not match, that holds anything but the
expected plain data, or that cannot be read or written is ignored, and the font is read from its
file as before (``minutes_app.user_cache`` reads and writes the files). Writing a font's cache
file removes that font's older ones. The cached face must equal reportlab's own reading
attribute by attribute (``tests/render/test_font_cache.py``), so a reportlab upgrade that keeps more cannot slip by.
"""

from __future__ import annotations

import marshal
import zlib
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab  # type: ignore[import-untyped]
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import (  # type: ignore[import-untyped]
    TTEncoding,
    TTFNameBytes,
    TTFont,
    TTFontFace,
    unShapedFontGlob,
)

from minutes_app import user_cache

#: Bumped when what is written changes; older files are then ignored (their names differ).
FORMAT = 1
#: What reportlab keeps that is not plain data: rebuilt on loading.
_REBUILT = ("_ttf_data", "_pdfScale")

#: Where the cache lives; None until first asked (tests point it elsewhere).
cache_folder: Path | None = None


def _folder() -> Path:
    return cache_folder if cache_folder is not None else user_cache.folder("fonts")


def cache_file(path: Path, data: bytes) -> Path:
    """Return the cache file of the font file ``path`` holding ``data``."""
    key = f"{len(data)}-{zlib.crc32(data):08x}"
    return _folder() / path.stem / f"{key}-rl{reportlab.Version}-f{FORMAT}.marshal"


def _pdf_scale(units_per_em: int) -> Any:
    """Return the glyph-unit to PDF-unit scale, as reportlab makes it for a face."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _face_state(face: TTFontFace) -> bytes | None:
    """Return the cache file's contents for ``face``, or None when it holds more than data."""
    state: dict[str, Any] = {}
    names: list[str] = []
    for key, value in face.__dict__.items():
        if key in _REBUILT:
            continue
        if isinstance(value, TTFNameBytes):
            names.append(key)
            value = bytes(value)
        state[key] = value
    try:
        return marshal.dumps((FORMAT, sorted(names), state))
    except ValueError:  # an attribute marshal cannot write: a reportlab this cache does not know
        return None


def _face_from(payload: bytes, path: Path, data: bytes) -> TTFontFace | None:
    """Return the face a cache file's contents describe, or None when they are not ours."""
    try:
        version, names, state = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    if version != FORMAT or not isinstance(state, dict) or not isinstance(names, list):
        return None
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    for key in names:
        setattr(face, key, TTFNameBytes(state[key]))
    face._ttf_data = data
    face._pdfScale = _pdf_scale(face.unitsPerEm)
    face.filename = str(path)
    return face


def load_font(name: str, path: Path) -> TTFont:
    """Return the reportlab font ``name`` of the TrueType file ``path``, read from the cache
    when it holds this file, else read by reportlab (and then cached)."""
    data = path.read_bytes()
    target = cache_file(path, data)
    cached = user_cache.read(target)
    face = _face_from(cached, path, data) if cached is not None else None
    if face is None:
        font = TTFont(name, str(path))
        contents = _face_state(font.face)
        if contents is not None:
            user_cache.write(target, contents)
        return font
    return _font_around(name, face)


def _font_around(name: str, face: TTFontFace) -> TTFont:
    """Return a TTFont over an already read face, set up as ``TTFont.__init__`` sets one up."""
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in unShapedFontGlob)
    return font
