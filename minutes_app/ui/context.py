"""The one explicit object every window and command receives: database, settings, dialogs, tasks."""

from __future__ import annotations

import atexit
import threading
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minutes_app.domain.dataclass import dataclass
from minutes_app.render.process import RenderProcess

if TYPE_CHECKING:
    from minutes_app.store import Database
    from minutes_app.ui.interaction import Interaction
    from minutes_app.ui.settings import Settings
    from minutes_app.ui.tasks import TaskRunner


_shared: RenderProcess | None = None
_shared_lock = threading.Lock()


def shared_render_process() -> RenderProcess:
    """Return the process's one render process (its child starts at the first render and ends
    at exit), as Qt has one global thread pool: every window and test context shares it."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = RenderProcess()
            atexit.register(_shared.close)
        return _shared


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
    #: Renders the preview, the exports and the printouts in a child process (render/process.py).
    renders: RenderProcess = field(default_factory=shared_render_process)

    def user_data_dir(self) -> Path:
        """Return the folder for the user's own files (tests give a temporary one)."""
        if self.data_dir is not None:
            return self.data_dir
        from minutes_app.services.files import user_data_dir

        return user_data_dir()
