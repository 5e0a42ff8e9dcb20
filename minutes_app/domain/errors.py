"""The application's errors: one bilingual base, and the message a user reads in their language."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from minutes_app.domain.problems import Problem

#: How many errors an error's one-line message lists before "(+N more)".
ERRORS_LISTED = 5


class MinutesError(Exception):
    """Base of the errors the application reports to the user as a message, not a traceback.

    Each one survives a pickle whole (its class, arguments and attributes), whatever its
    ``__init__`` asks for: the render process sends its errors back so.
    """

    def __reduce__(self) -> tuple[object, ...]:
        return (_restore_error, (type(self), self.args, self.__dict__))


def _restore_error(
    cls: type[MinutesError], args: tuple[object, ...], state: dict[str, object]
) -> MinutesError:
    """Return an error of ``cls`` with ``args`` and attributes ``state``, without its __init__."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class BilingualError(MinutesError):
    """An error whose message the user reads in Vietnamese or in English.

    ``str()`` gives both, ``"vi / en"``, after ``where`` (a file or database) when there is one:
    logs and the command line print that. A window shows ``message(error, language)``.
    """

    def __init__(self, message_vi: str, message_en: str, where: str = "") -> None:
        self.message_vi = message_vi
        self.message_en = message_en
        prefix = f"{where}: " if where else ""
        super().__init__(f"{prefix}{message_vi} / {message_en}")


def message(error: object, language: str = "vi") -> str:
    """Return what the user reads of ``error`` (an exception or a problem) in ``language``.

    Anything carrying ``message_vi`` and ``message_en`` gives the one of the language (``en``
    for English, Vietnamese otherwise); any other exception its text, or its class name.
    """
    vi = getattr(error, "message_vi", None)
    en = getattr(error, "message_en", None)
    if isinstance(vi, str) and isinstance(en, str):
        return en if language == "en" else vi
    return str(error) or type(error).__name__


def problem_summary(
    problems: Sequence[Problem],
    limit: int = ERRORS_LISTED,
    label: Callable[[str, str], str] | None = None,
) -> tuple[str, str]:
    """Return the errors among ``problems`` as one line in Vietnamese and one in English.

    The first ``limit`` are listed (``path: message``, or ``label(path, language): message``
    when the caller knows what the paths are called), the rest counted: ``(và 3 lỗi khác)``.
    """
    errors = [p for p in problems if p.is_error]
    vi = "; ".join(p.text("vi", label) for p in errors[:limit])
    en = "; ".join(p.text("en", label) for p in errors[:limit])
    rest = len(errors) - limit
    if rest > 0:
        vi += f" (và {rest} lỗi khác)"
        en += f" (+{rest} more)"
    return vi, en


class InterchangeError(BilingualError):
    """A JSON document that cannot be imported; ``problems`` lists every error and warning.

    ``str()`` stays English (the first errors) after the source's name, as logs show it.
    """

    def __init__(self, problems: list[Problem], source: str = "") -> None:
        self.problems = problems
        self.source = source
        vi, en = problem_summary(problems)
        super().__init__(vi, en)
        where = f"{source}: " if source else ""
        self.args = (f"{where}{en}",)

    @property
    def errors(self) -> list[Problem]:
        """Return only the errors."""
        return [p for p in self.problems if p.is_error]
