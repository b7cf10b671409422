"""How an image's picture sits in its box: a photo covers it, a logo is shown whole and square-cornered.

A photo given a width and a height fills the box, cropped where the proportions differ, and
takes the theme's rounded corners, as product shots and avatars in every kit do. A logo is
none of that: cropped, a wordmark loses its letters, and rounded, a square mark its corners
(a strip of customer logos read as coloured pills). So a picture that is a logo is contained
and keeps the corners it is drawn with. A picture is taken for a logo when its author says so
(`variant: logo`), when its words call it one (`alt: Acme logo`, `id: wordmark`), or when it
stands in a logo strip: a row of three or more images and nothing else, each low and wide (a
"trusted by" band). An SVG alone says nothing: it is as often an illustration, drawn as a photo
is. `fit`, and the style's `objectFit`, say otherwise where wanted.
"""

from __future__ import annotations

import re

from kernel.dsl.compiler.styles import explicit_size, inline_style, px, style_declarations
from kernel.dsl.model import Element

LOGO_WORDS = re.compile(r"(?<![a-z])(?:logos?|logotype|wordmark|brand ?mark)(?![a-z])", re.I)
"""Words that name a picture as a logo, in its alt, title, label, id or class."""
POSITION_PROPERTIES = ("objectPosition",)


STRIP_IMAGES = 3
"""A row of at least this many images, and nothing else, may be a logo strip."""
LOGO_HEIGHT_PX = 80
"""A logo's box is at most this high (a photo's thumbnail is larger, or square)."""
STRIP_CLASS = "is-logo-strip"


def is_logo_strip(children: list[Element]) -> bool:
    """Whether a row's `children` are a strip of logos: three images or more and nothing else,
    each given a height of at most 80 px and no width under 1.5 times it (the 120 x 40 boxes of a
    customers band; a row of square thumbnails is a gallery), or a logo by its own fields given
    no size (whose placeholder is a 120 x 40 wordmark's box)."""
    if len(children) < STRIP_IMAGES or any(child.type != "image" for child in children):
        return False
    return all(_low_and_wide(child) for child in children)


def _low_and_wide(image: Element) -> bool:
    """Whether `image` is sized as a strip's logo is, or is a logo given no size."""
    height = px(explicit_size(image, "height"))
    width = px(explicit_size(image, "width"))
    if explicit_size(image, "height") is None and explicit_size(image, "width") is None:
        return is_logo(image)
    return height is not None and height <= LOGO_HEIGHT_PX and (width is None or width >= 1.5 * height)


def is_logo(element: Element) -> bool:
    """Whether the image is a logo by its own fields: `variant: logo`, or words that say so (a
    logo strip's images are logos by their row's class, `STRIP_CLASS`)."""
    if (element.variant or "").lower() == "logo":
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
