"""Interface languages: Vietnamese source strings, English and Qt's own texts from compiled .qm files."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")
CATALOG = "minutes_app"
#: The application's property naming the interface language ``install_translators`` set up.
_LANGUAGE_PROPERTY = "minutes_app_language"


def language_names() -> dict[str, str]:
    """Return each language's name in that language (menus show them untranslated)."""
    return {"vi": "Tiếng Việt", "en": "English"}


def choose_language(setting: str, system_locale: str) -> str:
    """Return the language: the user's choice, else English on English systems, else Vietnamese."""
    if setting in LANGUAGES:
        return setting
    return "en" if system_locale.lower().startswith("en") else SOURCE_LANGUAGE


def system_locale_name() -> str:
    """Return the system's UI language as ``ll_CC`` (``vi_VN``, ``en_US``)."""
    languages = QLocale.system().uiLanguages()
    return (languages[0] if languages else QLocale.system().name()).replace("-", "_")


def translations_dir() -> Path:
    """Return the bundled folder of compiled translations (``.qm``, built from the ``.ts``)."""
    from minutes_app.paths import resource

    return resource("translations")


def _load(app: QCoreApplication, name: str, folder: Path | str) -> QTranslator | None:
    """Install the translator ``folder/name.qm``; return it, or None when there is no such file."""
    translator = QTranslator(app)
    if translator.load(name, str(folder)) and app.installTranslator(translator):
        return translator
    return None


def install_translators(
    app: QCoreApplication, language: str, folder: Path | None = None
) -> list[QTranslator]:
    """Install the app's and Qt's translators for ``language``; call before building widgets.

    The app's own catalogue is needed for every language but Vietnamese (its source language).
    Qt's own buttons and dialogs ("OK", "Cancel", "Show Details…", the file and print dialogs)
    use Qt's catalogue when Qt ships one for the language, else ours (``qtbase_vi``).
    """
    app.setProperty(_LANGUAGE_PROPERTY, language)
    try:
        folder = translations_dir() if folder is None else folder
    except FileNotFoundError:
        folder = None
    installed: list[QTranslator] = []
    if language != SOURCE_LANGUAGE:
        own = _load(app, f"{CATALOG}_{language}", folder) if folder is not None else None
        if own is None:
            log.warning(
                "%s_%s.qm is missing from %s: the interface stays Vietnamese "
                "(build it with make translations)",
                CATALOG,
                language,
                folder,
            )
        else:
            installed.append(own)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = _load(app, f"qtbase_{language}", qt_dir)
    if qt is None and folder is not None:
        qt = _load(app, f"qtbase_{language}", folder)
    if qt is not None:
        installed.append(qt)
    elif language == SOURCE_LANGUAGE:
        log.warning("qtbase_%s.qm is missing: Qt's own buttons stay English", language)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Uninstall translators installed by ``install_translators`` (tests, language switch)."""
    for translator in translators:
        app.removeTranslator(translator)
    app.setProperty(_LANGUAGE_PROPERTY, SOURCE_LANGUAGE)


def current_language() -> str:
    """Return the interface language in use (``vi`` until ``install_translators`` chose another).

    For texts built outside a widget that knows the context: the domain's field labels and
    the messages of problems and errors, which carry both languages.
    """
    app = QCoreApplication.instance()
    value = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value in LANGUAGES else SOURCE_LANGUAGE
