"""How an image's picture sits in its box: a photo covers it, a logo is shown whole and square-cornered.

A photo given a width and a height fills the box, cropped where the proportions differ, and
takes the theme's rounded corners, as product shots and avatars in every kit do. A logo is
none of that: cropped, a wordmark loses its letters, and rounded, a square mark its corners
(a strip of customer logos read as coloured pills). So a picture that is a logo is contained
and keeps the corners it is drawn with. A picture is taken for a logo when its author says so
(`variant: logo`), when it is an SVG (vector art is drawn as written: marks, icons and
illustrations, which no crop improves), or when its words call it one (`alt: Acme logo`,
`id: wordmark`). `fit`, and the style's `objectFit`, say otherwise where wanted.
"""

from __future__ import annotations

import re

from kernel.dsl.compiler.styles import inline_style, style_declarations
from kernel.dsl.data_uris import drawable_image_uri
from kernel.dsl.model import Element

LOGO_WORDS = re.compile(r"(?<![a-z])(?:logos?|logotype|wordmark|brand ?mark)(?![a-z])", re.I)
"""Words that name a picture as a logo, in its alt, title, label, id or class."""
POSITION_PROPERTIES = ("objectPosition",)


def is_logo(element: Element) -> bool:
    """Whether the image is a logo: `variant: logo`, an SVG picture, or words that say so."""
    if (element.variant or "").lower() == "logo":
        return True
    if (drawable_image_uri(element.src) or "").lower().startswith("data:image/svg+xml"):
        return True
    words = (element.alt, element.title, element.label, element.id, element.className)
    return any(LOGO_WORDS.search(word) for word in words if word)


def picture_fit(element: Element) -> str:
    """The picture's own declarations: its `object-fit` (the `fit` field, else the style's
    `objectFit`, else `contain` for a logo; a photo's `cover` is the stylesheet's) and the
    style's `objectPosition`. The element's style is its box's, where these do nothing."""
    style = element.style or {}
    fit = element.fit or style.get("objectFit") or ("contain" if is_logo(element) else None)
    declared = {name: style[name] for name in POSITION_PROPERTIES if name in style}
    if fit is not None and fit != "cover":
        declared = {"objectFit": fit, **declared}
    return inline_style(style_declarations(declared))
