"""What to write instead of a vendor-prefixed style property the style's list leaves out.

`WebkitTextFillColor` (the gradient-text idiom of web pages), `WebkitFontSmoothing` or
`MozOsxFontSmoothing` in a `style` were "unknown style property" with no suggestion, or a near
spelling that meant something else (`msOverflowStyle` -> "did you mean 'overflowY'?"), where the
reference promises that CSS the list leaves out is told to go in the document's `css`. A prefixed
name whose standard property the list holds is told that name (Chromium needs no prefix for it);
the text fill colour is told the gradient-text idiom; any other goes in the `css` under the
element's id, as every CSS property the list leaves out does.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_PREFIXED = re.compile(r"^(?:Webkit|webkit|Moz|moz|Ms|ms|O)(?=[A-Z])")
"""A camelCase vendor prefix (`WebkitTextFillColor`, `msOverflowStyle`, `OTransition`); a kebab
one (`-webkit-text-fill-color`) arrives camelCased (`WebkitTextFillColor`)."""

GRADIENT_TEXT = (
    "for gradient text write color: transparent with backgroundClip: text and a gradient background "
    '(style: {{background: "linear-gradient(...)", backgroundClip: text, color: transparent}}); '
    "{elsewhere}"
)
"""The idiom `-webkit-text-fill-color: transparent` serves on the web, in a style's own words."""


def css_under_an_id(kebab: str) -> str:
    """The suggestion for CSS that a style does not take: the document's `css` sets it."""
    return (
        f"'{kebab}' is CSS that a style does not take; the document's css can set it: give the element "
        f'an id and write css: "#the-id {{ {kebab}: ... }}"'
    )


def vendor_prefixed_hint(camel: str, style_properties: Collection[str]) -> str | None:
    """What to write for the vendor-prefixed style key `camel`, None for a key with no vendor
    prefix. `webkitX` and `msX` (React's spellings) name the same CSS as `WebkitX`."""
    match = _PREFIXED.match(camel)
    if match is None:
        return None
    rest = camel[match.end() :]
    standard = rest[:1].lower() + rest[1:]
    kebab = f"-{match.group().lower()}" + re.sub(r"([A-Z])", r"-\1", rest).lower()
    if standard == "textFillColor":
        return GRADIENT_TEXT.format(elsewhere=css_under_an_id(kebab))
    if standard in style_properties:
        return f"write the standard '{standard}': Chromium needs no prefix for it"
    return css_under_an_id(kebab)
