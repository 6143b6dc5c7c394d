"""Themes: a template's theme.toml read into the document's look plus its page furniture.

A theme file holds the marking, office name, brief-number prefix and footer text, and the
look: page size and margins, colours, fonts and a logo. Every key is optional (the built-in
look fills the gaps); an unknown key or a bad value is an error naming the file and key. A logo
must lie inside the template folder (a link out of it is not followed) and be a whole PNG or
JPEG of bounded size, checked here so that no renderer meets a bad one halfway through a brief.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefgen.document import PAGE_SIZES_MM, Theme
from briefgen.errors import TemplateError

_COLOUR = re.compile(r"^[0-9A-Fa-f]{6}$")
_LOGO_TYPES = (".png", ".jpg", ".jpeg")  # what both python-docx and reportlab embed
_LOGO_FORMATS = ("PNG", "JPEG")  # the formats Pillow must find in the file itself
MAX_LOGO_BYTES = 5 * 1024 * 1024  # a print logo is tens of KB; larger files are refused
MAX_LOGO_PIXELS = 16_000_000  # 4000 x 4000: far sharper than a 12 mm logo needs
MAX_TEXT = 1_000  # characters of a one-line theme value (marking, office, footer, prefix)
# [section] key -> Theme field.
_LOOK_KEYS = {
    ("page", "size"): "page_size",
    ("colours", "accent"): "accent",
    ("colours", "text"): "text",
    ("colours", "muted"): "muted",
    ("colours", "note"): "note",
    ("colours", "grid"): "grid",
    ("colours", "stripe"): "stripe",
    ("colours", "marking"): "marking_colour",
    ("colours", "link"): "link",
    ("fonts", "family"): "font",
    ("fonts", "docx"): "docx_font",
    ("fonts", "east_asian"): "east_asian_font",
    ("fonts", "complex"): "complex_font",
    ("logo", "file"): "logo",
    ("logo", "height_mm"): "logo_height_mm",
}
_TOP_KEYS = ("marking", "office", "number_prefix", "footer")
_FONT_FAMILIES = ("sans", "serif")  # the DejaVu families the PDF embeds


@dataclass(frozen=True)
class ThemeFile:
    """A theme as templates see it: `theme.marking`, `theme.office`, `theme.look.accent`."""

    marking: str = "UNCLASSIFIED"
    office: str = ""
    number_prefix: str = "BR"
    look: Theme = field(default_factory=Theme)
    path: str = ""


def load_theme(path: Path | None, root: Path | None = None) -> ThemeFile:
    """Read a theme.toml; None gives the built-in look with an UNCLASSIFIED marking. Its
    logo must lie inside `root` (by default the theme's folder)."""
    if path is None:
        return ThemeFile()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise TemplateError(f"{path}: cannot read theme ({error})") from None
    top = {key: _string(path, key, data.pop(key)) for key in _TOP_KEYS if key in data}
    look: dict[str, Any] = {"footer": top.pop("footer", "")}
    margins = (
        data.get("page", {}).pop("margins_mm", {}) if isinstance(data.get("page"), dict) else {}
    )
    for side, value in _table(path, "page.margins_mm", margins).items():
        if side not in ("top", "bottom", "left", "right"):
            raise TemplateError(f"{path}: page.margins_mm.{side}: unknown side")
        look[f"margin_{side}_mm"] = _number(path, f"page.margins_mm.{side}", value, 0, 80)
    for section, values in data.items():
        for key, value in _table(path, section, values).items():
            name = _LOOK_KEYS.get((section, key))
            if name is None:
                raise TemplateError(f"{path}: {section}.{key}: unknown theme key")
            look[name] = _look_value(path, f"{section}.{key}", name, value)
    theme = Theme(**look)
    if theme.logo:
        check_logo(path, Path(theme.logo), root or path.parent, theme)
    return ThemeFile(**top, look=theme, path=str(path))


def _look_value(path: Path, key: str, name: str, value: object) -> object:
    """Check one look value; a logo path is made absolute against the theme's folder."""
    if name == "logo_height_mm":
        return _number(path, key, value, 3, 60)
    text = _string(path, key, value)
    if name == "page_size" and text not in PAGE_SIZES_MM:
        raise TemplateError(f"{path}: {key}: {text!r} is not one of {', '.join(PAGE_SIZES_MM)}")
    if name == "font" and text not in _FONT_FAMILIES:
        raise TemplateError(f"{path}: {key}: {text!r} is not one of {', '.join(_FONT_FAMILIES)}")
    is_colour = section_of(key) == "colours"
    if is_colour and not _COLOUR.match(text):
        raise TemplateError(f"{path}: {key}: {text!r} is not a hex colour like '1F3A5F'")
    if name == "logo" and text:
        logo = (path.parent / text).resolve()
        if logo.suffix.lower() not in _LOGO_TYPES or not logo.is_file():
            raise TemplateError(f"{path}: {key}: {text!r} is not a PNG or JPEG file")
        return str(logo)
    return text.upper() if is_colour else text


def check_logo(path: Path, logo: Path, root: Path, theme: Theme) -> None:
    """Refuse a logo outside `root` (a `../` path or a link out of it), over MAX_LOGO_BYTES
    or MAX_LOGO_PIXELS, too wide for the page, or not a whole PNG or JPEG image."""
    from PIL import Image, UnidentifiedImageError

    where = f"{path}: logo.file: {logo}"
    if not logo.is_relative_to(root.resolve()):
        raise TemplateError(f"{where}: leads out of the template folder {root} (not followed)")
    size = logo.stat().st_size
    if size > MAX_LOGO_BYTES:
        raise TemplateError(f"{where}: {size} bytes (a logo may have {MAX_LOGO_BYTES})")
    try:
        with Image.open(logo) as image:
            if image.format not in _LOGO_FORMATS:
                raise TemplateError(f"{where}: a {image.format} image, not a PNG or JPEG")
            width, height = image.size
            if width * height > MAX_LOGO_PIXELS:
                raise TemplateError(
                    f"{where}: {width}x{height} pixels (a logo may have {MAX_LOGO_PIXELS})"
                )
            image.load()  # a truncated or damaged file fails here, not in a renderer
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError) as error:
        raise TemplateError(f"{where}: not a readable PNG or JPEG image ({error})") from None
    if theme.logo_height_mm * width / height > theme.content_width_mm:
        raise TemplateError(f"{where}: {width}x{height} pixels is too wide for the page")


def section_of(key: str) -> str:
    """'colours' for 'colours.accent'."""
    return key.split(".", 1)[0]


def _table(path: Path, key: str, value: object) -> dict[str, object]:
    if not isinstance(value, dict):
        raise TemplateError(f"{path}: {key}: unknown theme key or not a [table]")
    return value


def _string(path: Path, key: str, value: object) -> str:
    if not isinstance(value, str):
        raise TemplateError(f"{path}: {key}: must be a string")
    if len(value) > MAX_TEXT:
        raise TemplateError(f"{path}: {key}: {len(value)} characters (at most {MAX_TEXT})")
    return value


def _number(path: Path, key: str, value: object, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise TemplateError(f"{path}: {key}: must be a number from {low} to {high}")
    return float(value)
