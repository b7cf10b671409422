"""Brand logos (GitHub, Google, LinkedIn, ...) as inline SVG, from Font Awesome Free's brand set.

Lucide, the icon set, draws no brand logos by policy, yet screens need them: sign-in buttons
("Continue with Google"), footers and share bars. Font Awesome Free's brand icons are filled
glyphs on their own grid (512 units high, of varying width) that their ink fills more or less
of; each is drawn by its ink (`path_bounds`), centred in a square whose 24 units its larger side
spans 20 of, so that it looks as large as Lucide's strokes beside it. Font Awesome's licence
comment (CC BY 4.0) stays in every drawing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable

from kernel.dsl.compiler.path_bounds import path_bounds

BRAND_FIRST = frozenset({"apple"})
"""Names Lucide also has (its apple is the fruit) that on a screen mean the brand."""

BRAND_PREFIXES = ("brand-", "brands-", "logo-", "si-", "simple-icons-", "fa-brands-", "fab-")
BRAND_SUFFIXES = ("-logo", "-icon", "-brand", "-square", "-circle")

BRAND_ALIASES = {
    "x": "x-twitter", "twitter-x": "x-twitter", "x-com": "x-twitter", "gmail": "google",
    "google-g": "google", "linked-in": "linkedin", "git-hub": "github", "git-lab": "gitlab", "you-tube": "youtube", "github-alt": "github",
    "microsoft-365": "microsoft", "office": "microsoft", "outlook": "microsoft", "azure": "microsoft",
    "aws": "aws", "amazon-web-services": "aws", "facebook-messenger": "facebook-messenger",
    "meta": "meta", "whats-app": "whatsapp", "tik-tok": "tiktok", "mastodon": "mastodon",
    "visa": "cc-visa", "mastercard": "cc-mastercard", "amex": "cc-amex", "american-express": "cc-amex",
    "apple-pay": "cc-apple-pay", "google-pay": "google-pay", "paypal": "paypal", "stripe": "stripe",
}  # fmt: skip
"""Common names -> Font Awesome's."""

_GLYPH = re.compile(r'viewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*>(.*)</svg>', re.DOTALL)
_PATH_DATA = re.compile(r'<path[^>]*\sd="([^"]*)"')
INK_SHARE = 20 / 24
"""The share of the icon's square a logo's ink spans on its larger side: Lucide draws on a 24-unit
grid inside 2 units of margin, its 2-unit strokes reaching 1 unit further; a filled shape
looks as large as a stroked one that reaches a little further out. A 10% margin around
the file's canvas drew WhatsApp at 70% of a mail icon and Apple at 60%."""


def _brands_dir() -> Traversable:
    return files("fontawesomefree") / "static" / "fontawesomefree" / "svgs" / "brands"


@lru_cache(maxsize=1)
def brand_names() -> frozenset[str]:
    """Every brand icon name of the installed Font Awesome Free set."""
    return frozenset(
        entry.name.removesuffix(".svg") for entry in _brands_dir().iterdir() if entry.name.endswith(".svg")
    )


def brand_spellings(spellings: list[str]) -> list[str]:
    """Where `spellings` (an icon name's forms, as icons.icon_spellings gives them) may name a
    brand: each as written, without a brand prefix or a "-logo"-like suffix, and its alias."""
    found: list[str] = []
    for spelling in spellings:
        bare = next((spelling.removeprefix(p) for p in BRAND_PREFIXES if spelling.startswith(p)), spelling)
        plain = next(
            (bare.removesuffix(s) for s in BRAND_SUFFIXES if bare.endswith(s) and len(bare) > len(s)), bare
        )
        for name in (spelling, bare, plain):
            found += [name, BRAND_ALIASES.get(name, name)]
    return list(dict.fromkeys(found))


def resolve_brand(spellings: list[str]) -> str | None:
    """The first of `spellings` that names a brand icon (through brand_spellings), or None."""
    names = brand_names()
    return next((name for name in brand_spellings(spellings) if name in names), None)


@lru_cache(maxsize=256)
def brand_drawing(name: str) -> tuple[str, str]:
    """(viewBox, inner SVG) of brand `name`: its ink centred in a square it spans `INK_SHARE` of
    (the file's canvas when the ink cannot be measured)."""
    text = (_brands_dir() / f"{name}.svg").read_text(encoding="utf-8")
    found = _GLYPH.search(text)
    if found is None:  # not a drawing this module understands: draw nothing rather than guess
        return "0 0 24 24", ""
    width, height, body = float(found.group(1)), float(found.group(2)), found.group(3)
    paths = [path_bounds(d) for d in _PATH_DATA.findall(body)]
    inks = [bounds for bounds in paths if bounds is not None]
    left, top, right, bottom = (
        (min(b[0] for b in inks), min(b[1] for b in inks), max(b[2] for b in inks), max(b[3] for b in inks))
        if inks
        else (0.0, 0.0, width, height)
    )
    side = max(right - left, bottom - top) / INK_SHARE
    x, y = (left + right - side) / 2, (top + bottom - side) / 2
    return " ".join(_short(number) for number in (x, y, side, side)), body.strip()


def _short(number: float) -> str:
    """A viewBox number to the hundredth of a unit (a 512-unit glyph's is 1/5000 of it)."""
    return f"{number:.2f}".rstrip("0").rstrip(".")
