"""Tell the user an error: its bilingual message in the interface language, never a traceback."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from minutes_app.domain.errors import MinutesError, message

if TYPE_CHECKING:
    from minutes_app.ui.context import AppContext

log = logging.getLogger(__name__)


def report_error(context: AppContext, title: str, exc: BaseException) -> None:
    """Show ``exc`` in an error dialog under ``title``; an unexpected one is logged too."""
    if not isinstance(exc, (MinutesError, OSError)):
        log.error("%s", title, exc_info=exc)
    context.interaction.error(title, message(exc, context.language))
