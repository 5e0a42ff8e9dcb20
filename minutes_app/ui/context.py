"""The one explicit object every window and command receives: database, settings, dialogs, tasks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from minutes_app.domain.dataclass import dataclass

if TYPE_CHECKING:
    from minutes_app.store import Database
    from minutes_app.ui.interaction import Interaction
    from minutes_app.ui.settings import Settings
    from minutes_app.ui.tasks import TaskRunner


@dataclass
class AppContext:
    """What the desktop app shares: built in ``run_app``, passed down; tests build their own."""

    db: Database  # open on the UI thread; workers open their own connection if they need one
    db_path: Path
    settings: Settings  # per-user UI state only (QSettings)
    interaction: Interaction  # ask and tell the user; tests pass a fake
    tasks: TaskRunner  # slow work off the UI thread
    user_name: str = ""  # the user's name from preferences ("" if unset)
    language: str = "vi"  # the interface language in use ("vi" or "en")
    #: The user's data folder (own templates, own dictionary words); None: the platform's.
    data_dir: Path | None = None
    #: The spell checker, made on first use (ui/spelling.py).
    spelling: Any = None

    def user_data_dir(self) -> Path:
        """Return the folder for the user's own files (tests give a temporary one)."""
        if self.data_dir is not None:
            return self.data_dir
        from minutes_app.services.files import user_data_dir

        return user_data_dir()
