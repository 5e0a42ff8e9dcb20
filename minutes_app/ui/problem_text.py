"""Problems in the user's words: the field's name ("Số"), never its path ("number")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from minutes_app.domain.validation import Problem
from minutes_app.ui.editor.labels import describe_path


def problem_line(problem: Problem, language: str = "vi") -> str:
    """Return ``lỗi: Tên cuộc họp: message`` (``error: …`` in English)."""
    message = problem.message_en if language == "en" else problem.message_vi
    kind = (
        QCoreApplication.translate("ProblemText", "lỗi")
        if problem.is_error
        else QCoreApplication.translate("ProblemText", "cảnh báo")
    )
    where = describe_path(problem.path) if problem.path else ""
    return f"{kind}: {where}: {message}" if where else f"{kind}: {message}"


def problem_lines(problems: list[Problem], language: str, limit: int | None = None) -> str:
    """Return one bulleted problem per line, cut after ``limit`` lines."""
    lines = [f"• {problem_line(p, language)}" for p in problems]
    if limit is not None and len(lines) > limit:
        rest = len(lines) - limit
        lines = [
            *lines[:limit],
            QCoreApplication.translate("ProblemText", "… (và %1 mục khác)").replace(
                "%1", str(rest)
            ),
        ]
    return "\n".join(lines)
