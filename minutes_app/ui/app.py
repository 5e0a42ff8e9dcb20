"""Start the desktop app: QApplication, translations, error hook, database and main window."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from minutes_app import appinfo
from minutes_app.domain.errors import message
from minutes_app.store.errors import StoreError
from minutes_app.ui import collector
from minutes_app.ui.context import AppContext
from minutes_app.ui.i18n import choose_language, install_translators, system_locale_name
from minutes_app.ui.interaction import Interaction, QtInteraction
from minutes_app.ui.refguard import make_singletons_immortal
from minutes_app.ui.settings import Settings
from minutes_app.ui.tasks import TaskFailure, TaskRunner

if TYPE_CHECKING:
    from minutes_app.store.postgres.target import OfficeTarget

log = logging.getLogger(__name__)


def configure_logging() -> Path | None:
    """Log to a file in the user's log folder (and stderr) unless logging is already set up."""
    root = logging.getLogger()
    if root.handlers:
        return None
    root.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    stream = logging.StreamHandler()
    stream.setLevel(logging.WARNING)
    stream.setFormatter(formatter)
    root.addHandler(stream)
    try:
        import platformdirs

        folder = Path(platformdirs.user_log_dir(appinfo.APP_NAME, appinfo.ORGANIZATION))
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "minutes-app.log"
        handler = logging.FileHandler(log_file, encoding="utf-8")
        handler.setFormatter(formatter)
        root.addHandler(handler)
        return log_file
    except OSError:
        return None


class ErrorHook:
    """Replaces ``sys.excepthook``: logs an unexpected error and shows a dialog, never a crash."""

    def __init__(self, interaction: Interaction, log_file: Path | None = None) -> None:
        self.interaction = interaction
        self.log_file = log_file
        self._showing = False

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error:\n%s", details)
        if self._showing:  # an error inside the dialog: log only, never loop
            return
        self._showing = True
        try:
            text = QCoreApplication.translate(
                "App",
                "Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng; "
                "bạn có thể tiếp tục làm việc.\n\n%1",
            ).replace("%1", f"{exc_type.__name__}: {exc}")
            if self.log_file is not None:
                text += "\n\n" + QCoreApplication.translate(
                    "App", "Chi tiết được ghi trong %1"
                ).replace("%1", str(self.log_file))
            self.interaction.error(QCoreApplication.translate("App", "Lỗi"), text, details)
        except Exception:  # the hook itself must never raise
            log.exception("the error dialog failed")
        finally:
            self._showing = False

    def install(self) -> None:
        sys.excepthook = self

        def thread_hook(args: threading.ExceptHookArgs) -> None:
            log.error(
                "unexpected error in thread %s",
                args.thread,
                exc_info=args.exc_value or True,
            )

        threading.excepthook = thread_hook


def make_application(argv: list[str]) -> QApplication:
    """Return the QApplication, configured with the app's identity (created once per process)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(list(argv) or [appinfo.APP_NAME])
    QCoreApplication.setApplicationName(appinfo.APP_NAME)
    QCoreApplication.setOrganizationName(appinfo.ORGANIZATION)
    QCoreApplication.setOrganizationDomain(appinfo.ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationVersion(appinfo.VERSION)
    QGuiApplication.setDesktopFileName(appinfo.DESKTOP_ID)
    if sys.platform not in ("win32", "darwin"):
        # Fusion follows the system colour scheme (light or dark) since Qt 6.5.
        app.setStyle("Fusion")
    return app


class OfficeLogin:
    """Asks for the office login's password in the window when PGPASSWORD, the password file
    and the keyring give none (docs/office.md), and again after a wrong one.

    Only the UI thread asks: a worker reconnecting uses the password that opened the database.
    """

    def __init__(self, interaction: Interaction) -> None:
        self.interaction = interaction
        self.asked = 0
        self.cancelled = False
        self.password: str | None = None
        self.remember = False
        self.target: OfficeTarget | None = None

    def __call__(self, target: OfficeTarget) -> str | None:
        from minutes_app.services.office import keyring_available

        if threading.current_thread() is not threading.main_thread():
            return None
        label = (
            QCoreApplication.translate("App", "Mật khẩu của %1 trên cơ sở dữ liệu văn phòng %2:")
            .replace("%1", target.user or "?")
            .replace("%2", target.location)
        )
        if self.asked:
            label = QCoreApplication.translate(
                "App", "Máy chủ không nhận mật khẩu vừa dùng. %1"
            ).replace("%1", label)
        self.asked += 1
        answer = self.interaction.ask_password(
            QCoreApplication.translate("App", "Đăng nhập"),
            label,
            offer_remember=keyring_available(),
        )
        self.target = target
        if answer is None:
            self.cancelled = True
            return None
        self.password, self.remember = answer
        return self.password


def build_context(
    db_path: Path | str | None, interaction: QtInteraction, settings: Settings, language: str
) -> AppContext | None:
    """Open the database (asking for another file when it cannot be used) and return the context."""
    from minutes_app.store import default_db_path, is_office, open_store
    from minutes_app.ui.dialogs.open_database import open_database_interactively

    office = is_office(db_path)
    path = Path(str(db_path)) if db_path is not None else default_db_path()
    if office:
        # The office database (docs/office.md): the password comes from PGPASSWORD, the
        # password file or the system's keyring; its administrator backs it up with pg_dump.
        from minutes_app.services.office import keyring_prompt, remember_password

        login = OfficeLogin(interaction)
        try:
            db: Any = open_store(str(db_path), password_prompt=keyring_prompt(login))
        except StoreError as exc:
            if login.cancelled:
                return None  # the user chose not to log in: nothing to report
            vi, en = getattr(exc, "message_vi", str(exc)), getattr(exc, "message_en", str(exc))
            interaction.error(
                QCoreApplication.translate("App", "Lỗi"), en if language == "en" else vi, ""
            )
            return None
        if login.remember and login.password is not None and login.target is not None:
            remember_password(login.target, login.password)  # it has just opened the database
    else:
        if db_path is None:
            path.parent.mkdir(parents=True, exist_ok=True)
        db = open_database_interactively(path, interaction, language=language)
        if db is None:
            return None
        try:  # the first start of each day keeps a copy (the newest N are kept)
            from minutes_app.store.backup import ensure_daily_backup

            ensure_daily_backup(db)
        except StoreError:
            log.exception("the daily backup of %s failed", path)

    def report(label: str, failure: TaskFailure) -> None:
        text = message(failure.exc, language)
        interaction.error(
            label or QCoreApplication.translate("App", "Lỗi"),
            text,
            "" if failure.expected else failure.details,
        )

    if not office:
        settings.add_recent_db_file(db.path)
    if settings.user_name.strip() and not office:  # the office records the login instead
        db.user_name = settings.user_name.strip()  # the audit log names who changed what
    return AppContext(
        db=db,
        db_path=path if office else Path(db.path),
        settings=settings,
        interaction=interaction,
        tasks=TaskRunner(report),
        user_name=settings.user_name,
        language=language,
    )


def run_app(db_path: Path | str | None, argv: list[str]) -> int:
    """Run the desktop app on ``db_path`` (the default database when None); return the exit code."""
    # PySide6 6.12 on Python 3.11 drops a reference to None per void call: before any widget.
    make_singletons_immortal()
    log_file = configure_logging()
    app = make_application(argv)
    settings = Settings(QSettings())
    language = choose_language(settings.language, system_locale_name())
    translators = install_translators(app, language)  # before any widget is built
    QGuiApplication.setApplicationDisplayName(
        QCoreApplication.translate("App", "Biên bản cuộc họp")
    )

    from minutes_app.ui.app_icon import app_icon
    from minutes_app.ui.main_window import MainWindow

    app.setWindowIcon(app_icon())
    window: MainWindow | None = None
    interaction = QtInteraction(lambda: window)
    ErrorHook(interaction, log_file).install()
    try:
        context = build_context(db_path, interaction, settings, language)
    except OSError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Lỗi"), str(exc))
        return 1
    if context is None:
        return 1
    window = MainWindow(context)
    window.show()
    collector.manage()  # start-up is done: collect, then freeze what it made
    window.help.show_first_start_once()
    code = app.exec()
    try:
        context.tasks.wait(30000)
        context.db.close()
    finally:
        settings.sync()
        del translators
    return int(code)
