"""minutes-app: Vietnamese meeting minutes (biên bản) from draft to official DOCX and PDF."""

from minutes_app.appinfo import VERSION as __version__

__all__ = ["__version__"]
