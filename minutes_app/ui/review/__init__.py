"""Review and approval in the desktop app: the review panel and the user's name preference."""

from minutes_app.ui.review.panel import ReviewPanel, meeting_parts
from minutes_app.ui.review.user_name import (
    UserNameDialog,
    change_user_name,
    ensure_user_name,
    set_user_name,
)

__all__ = [
    "ReviewPanel",
    "UserNameDialog",
    "change_user_name",
    "ensure_user_name",
    "meeting_parts",
    "set_user_name",
]
