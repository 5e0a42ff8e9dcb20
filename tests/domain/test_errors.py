"""One bilingual error base: every error with a message in both languages is one, read by ``message``."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import minutes_app
from minutes_app.domain.errors import (
    BilingualError,
    InterchangeError,
    MinutesError,
    message,
    problem_summary,
)
from minutes_app.domain.validation import Problem, warning
from minutes_app.render.errors import LayoutCheckFailed
from minutes_app.store.errors import StoreError


def _qt_free_modules() -> None:
    """Import every module of the package outside ``ui`` so that all error classes exist."""
    for info in pkgutil.walk_packages(minutes_app.__path__, "minutes_app."):
        if info.name.startswith("minutes_app.ui") or info.name == "minutes_app.__main__":
            continue
        importlib.import_module(info.name)


def _subclasses(cls: type) -> list[type]:
    found: list[type] = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def test_every_error_with_messages_in_both_languages_is_bilingual() -> None:
    _qt_free_modules()
    own = [
        cls
        for cls in _subclasses(MinutesError)
        if cls.__module__.startswith("minutes_app.") and "__init__" in vars(cls)
    ]
    assert own, "the package defines errors"
    for cls in own:
        if cls is BilingualError:
            continue
        source = inspect.getsource(vars(cls)["__init__"])
        assert "self.message_vi" not in source, f"{cls.__qualname__}: use BilingualError"
        if "message_vi" in source:
            assert issubclass(cls, BilingualError), cls
    for cls in (StoreError, LayoutCheckFailed, InterchangeError):
        assert issubclass(cls, BilingualError), cls


def test_message_picks_the_language_and_str_keeps_both() -> None:
    error = StoreError("không mở được", "cannot open", "/tmp/x.sqlite")
    assert message(error, "vi") == "không mở được"
    assert message(error, "en") == "cannot open"
    assert message(error) == "không mở được"
    assert str(error) == "/tmp/x.sqlite: không mở được / cannot open"
    assert str(BilingualError("một", "one")) == "một / one"


def test_message_of_a_problem_and_of_a_plain_exception() -> None:
    problem = warning("title", "chưa có tên", "no title")
    assert message(problem, "en") == "no title" and message(problem, "vi") == "chưa có tên"
    assert message(ValueError("bad"), "en") == "bad"
    assert message(KeyError(), "vi") == "KeyError"


def test_problem_summary_lists_five_errors_and_counts_the_rest() -> None:
    problems = [Problem(f"tasks[{i}].description", "trống", "empty") for i in range(7)]
    problems.append(warning("title", "chưa có tên", "no title"))
    vi, en = problem_summary(problems)
    assert vi.count("lỗi: tasks[") == 5 and vi.endswith(" (và 2 lỗi khác)")
    assert en.count("error: tasks[") == 5 and en.endswith(" (+2 more)")
    assert "title" not in en


def test_interchange_error_speaks_both_languages_and_prints_english() -> None:
    error = InterchangeError([Problem("date", "ngày không hợp lệ", "not a valid date")], "a.json")
    assert str(error) == "a.json: error: date: not a valid date"
    assert message(error, "vi") == "lỗi: date: ngày không hợp lệ"
    assert message(error, "en") == "error: date: not a valid date"
