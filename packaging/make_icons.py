"""Render the application's SVG icon to the PNG sizes of the hicolor theme and a Windows .ico."""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from minutes_app import appinfo  # noqa: E402

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
DEFAULT_SVG = REPO / "resources" / "icons" / "minutes-app.svg"
DEFAULT_OUT = REPO / "resources" / "icons"
DEFAULT_ICO = REPO / "packaging" / "windows" / f"{appinfo.EXECUTABLE}.ico"


def _atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temp file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def render_png(svg: Path, size: int) -> bytes:
    """Return the SVG rendered as a square PNG of ``size`` pixels, transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: không đọc được tệp SVG / not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    # Keep the aspect ratio: centre a non-square drawing in the square.
    view = renderer.viewBoxF()
    if view.isEmpty():
        view = QRectF(0, 0, renderer.defaultSize().width(), renderer.defaultSize().height())
    scale = size / max(view.width(), view.height(), 1e-9)
    width, height = view.width() * scale, view.height() * scale
    renderer.render(painter, QRectF((size - width) / 2, (size - height) / 2, width, height))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """Return a Windows .ico holding the given PNG images (PNG-compressed entries, Vista+)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries = b""
    payload = b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + entries + payload


def make_icons(svg: Path, out: Path, ico: Path | None = None) -> list[Path]:
    """Write the hicolor PNGs, the scalable SVG and the .ico; return the paths written."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([])  # noqa: F841 - QImage text/SVG rendering wants an app object
    written: list[Path] = []
    pngs: dict[int, bytes] = {}
    for size in SIZES:
        pngs[size] = render_png(svg, size)
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{appinfo.ICON_NAME}.png"
        _atomic_write(target, pngs[size])
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{appinfo.ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    if svg.resolve() != scalable.resolve():
        shutil.copyfile(svg, scalable)
    written.append(scalable)
    ico = ico or out / f"{appinfo.EXECUTABLE}.ico"
    _atomic_write(ico, ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    written.append(ico)
    return written


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and write the icons."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--svg", type=Path, default=DEFAULT_SVG, help="source SVG icon")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write into")
    parser.add_argument("--ico", type=Path, default=DEFAULT_ICO, help="Windows icon to write")
    args = parser.parse_args(argv)
    if not args.svg.is_file():
        print(f"{args.svg}: không có tệp biểu tượng SVG / the SVG icon is missing", file=sys.stderr)
        return 1
    try:
        for path in make_icons(args.svg, args.out, args.ico):
            print(path)
    except (OSError, ValueError) as exc:
        print(f"make_icons: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
