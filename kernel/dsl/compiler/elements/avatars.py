"""The avatar element: a face of a picture or initials, and a stacked group of faces."""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Sequence

from kernel.dsl.compiler.bidi import unjoined
from kernel.dsl.compiler.colors import PALETTE, palette_color
from kernel.dsl.compiler.company_names import without_legal_form
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.html import box, esc
from kernel.dsl.compiler.identifier_breaks import identifiers_kept
from kernel.dsl.compiler.items import entries, initials, item_label, size_px
from kernel.dsl.compiler.name_symbols import first_symbol, is_one_symbol, without_symbols
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.styles import px, style_declarations
from kernel.dsl.compiler.text_metrics import in_typeface
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.data_uris import drawable_image_uri
from kernel.dsl.model import Element
from kernel.dsl.sizes import AVATAR_SIZES

_STATUS_CLASSES = {"online": "success", "active": "success", "away": "warning", "idle": "warning",
                   "busy": "danger", "dnd": "danger", "offline": "neutral"}  # fmt: skip


FACE_STYLE_PREFIXES = ("border", "background", "boxShadow", "outline", "color", "opacity", "filter")
"""`style` keys of an avatar that belong to the round face, not to the wrapper with the caption."""


def _split_face_style(element: Element) -> tuple[Element, str, float | None]:
    """The element without its face keys, those keys as CSS, and a px size its style asks for.

    A `border` or `background` on the wrapper would draw a square around a round face.
    """
    style = element.style or {}
    face = {k: v for k, v in style.items() if k.startswith(FACE_STYLE_PREFIXES) or k in ("width", "height")}
    if not face:
        return element, "", None
    sides = [px(face.pop(k)) for k in ("width", "height") if k in face]
    size = min((side for side in sides if side is not None), default=None)
    css = ";".join(f"{name}:{value}" for name, value in style_declarations(face).items())
    rest = {k: v for k, v in style.items() if k not in face and k not in ("width", "height")}
    return element.model_copy(update={"style": rest or None}), css, size


_CJK_LETTER = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]"
)
"""A Chinese character, kana or Hangul."""


def face_initials(name: str | None, letters: int = 2) -> str:
    """The letters on a face, at most `letters` of them: a Latin (Greek, Cyrillic...) name's
    initials (`initials`), a Chinese, Japanese or Korean name's first character, the family
    name's (`山田 太郎` -> 山, `张伟` -> 张, `김민준` -> 김), as Google's and most Asian apps' default
    avatars draw them: the first characters of two parts read as a different name. A company's
    legal form is no part of its name (`without_legal_form`): `Müller & Söhne Spedition GmbH` is
    MS, not MG, and `Van der Berg Logistiek B.V.` VL, its first and last words as a person's (van
    and der are not skipped in a person's name either: `Vincent van Gogh` is VG). Emoji and
    symbols are no letters (`without_symbols`): `🔥Blaze🔥` is B (it was ?), `Acme™ GmbH` A; a
    name of nothing else draws its first emoji, whole (`first_symbol`: `🔥🔥` is 🔥, `👩‍💻` 👩‍💻)."""
    text = (name or "").strip()
    words = without_symbols(text)
    first = next((c for c in words if c.isalnum()), "")
    if not first:
        return first_symbol(text) or "?"
    if _CJK_LETTER.fullmatch(first):
        return unicodedata.normalize("NFKC", first)
    return initials(personal_name(without_legal_form(words.strip())))[:letters]


HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "mx", "miss", "mister", "sir", "dame", "lord", "lady", "dr", "prof", "professor", "rev",
     "fr", "hon", "capt", "lt", "sgt", "dra", "sr", "sra", "srta", "herr", "frau", "mme", "mlle", "mgr", "dott",
     "dottssa", "ing"}
)  # fmt: skip
"""Titles written before a name (English, Spanish, Portuguese, German, French, Italian), lower-cased
without their point: `Dr. Lena Fischer` is drawn LF. A lone `M.` (Monsieur) is left alone: it is
as often a first initial, and `Don` a first name."""
POST_NOMINALS = frozenset(
    {"md", "phd", "dds", "dmd", "rn", "mba", "msc", "bsc", "llm", "cpa", "esq", "jr", "sr", "ii", "iii", "iv",
     "frcs", "mrcp", "dvm", "facs"}
)  # fmt: skip
"""Degrees, honours and generations written after a name (`Lena Fischer, MD`, `John Smith Jr.`),
lower-cased without their points; not those that are also names (`Ma`, `Do`)."""


def personal_name(name: str) -> str:
    """`name` without the titles before it and the degrees or generations after it, when a name
    is left: `Prof. Dr. Hans Weber` -> `Hans Weber`, `Lena Fischer, MD` -> `Lena Fischer`. A part
    after a comma that is no post-nominal stays (`Fischer, Lena`)."""
    parts = [part for part in name.split(",") if not _all_in(part, POST_NOMINALS)]
    words = " ".join(parts).split()
    while len(words) > 1 and _bare(words[0]) in HONORIFICS:
        words = words[1:]
    while len(words) > 1 and _bare(words[-1]) in POST_NOMINALS:
        words = words[:-1]
    return " ".join(words) or name


def _bare(word: str) -> str:
    """A title as `HONORIFICS` and `POST_NOMINALS` spell it: lower case, no points or hyphens."""
    return re.sub(r"[.\-]", "", word).casefold()


def _all_in(text: str, words: frozenset[str]) -> bool:
    """Whether `text` is one or more of `words` (and nothing else)."""
    bare = [_bare(word) for word in text.split()]
    return bool(bare) and all(word in words for word in bare)


def avatar_face(
    name: str | None,
    src: str | None,
    size: float,
    status: str | None,
    shape: str | None,
    extra: str = "",
    *,
    font: float | None = None,
    hue: int | None = None,
    letters: int = 2,
) -> str:
    """One face: the picture or the initials (the first `letters` of them) on the tint of
    palette colour `hue` (by default the name's own, so that a person keeps a colour across the
    page)."""
    hue_index = _name_hue(name) if hue is None else hue
    font = max(size * 0.38, 9) if font is None else font
    style = f"width:{size:g}px;height:{size:g}px;font-size:{font:.1f}px;--tone:{palette_color(hue_index)}"
    style += f";--tone-ink:var(--avatar-{hue_index % len(PALETTE) + 1}-text)"  # theme.avatar_inks
    style += f";{extra}" if extra else ""
    initials = esc(unjoined(face_initials(name, letters)))
    picture = drawable_image_uri(src)
    if picture is not None:  # the initials stand in should Chromium draw nothing of it (FACE_CSS)
        face = f'<img src="{esc(picture)}" alt="{esc(name or "")}" data-initials="{initials}">'
    else:
        face = f"<span>{initials}</span>"
    dot = ""
    tone = _STATUS_CLASSES.get((status or "").lower())
    if tone:
        dot = f'<i class="dsl-avatar-status dsl-tone-{tone}" style="width:{max(size * 0.26, 8):.1f}px;height:{max(size * 0.26, 8):.1f}px"></i>'
    square = " is-square" if shape in ("square", "rounded") else ""
    return f'<span class="dsl-avatar-face{square}" style="{esc(style)}">{face}{dot}</span>'


def _name_hue(name: str | None) -> int:
    """The palette index of a name: a stable hash, the same in every run."""
    return zlib.crc32((name or "").encode()) % 8


GROUP_OVERLAP = 0.25
"""How much of a grouped face the next one covers, as a share of the size."""
GROUP_FONT_SCALE = 0.34
"""Initials in a group, as the "+N" count, at most this share of the size: a little smaller
than a lone avatar's (0.38), to fit the three quarters of a face left in view."""

INITIAL_EMS: dict[str, float] = {
    **dict.fromkeys("IJ", 0.4), **dict.fromkeys("EFLSTZ", 0.58), **dict.fromkeys("ABCKPRVXY", 0.7),
    **dict.fromkeys("DGHNOQU", 0.81), **dict.fromkeys("MW", 0.97),
}  # fmt: skip
"""Advance of bold capitals in the theme font (Noto Sans), in em, rounded up by groups; any
other letter counts as the widest."""

GROUP_HUE_DEGREES = (239, 199, 160, 38, 330, 258, 173, 25)
"""Hue of each palette colour as the default theme draws it (indigo primary, sky, emerald,
amber, pink, violet, teal, orange): indigo and violet, sky, teal and emerald, amber and orange
read as the same colour on a face's light tint."""
GROUP_HUE_NEAR = 35
"""Hues closer than this many degrees look alike on a face's tint."""
GROUP_HUE_WINDOW = 4
"""A grouped face's colour differs from that of the faces this many places before it."""


GROUP_MIN_FONT = 9.0
"""The smallest initials (px) of a group's faces."""


def _group_letters(names: Sequence[str | None], size: float, typeface: Typeface) -> int:
    """How many initials each face of a group shows: two, or one when the widest pair ("MO")
    would not fit, even at `GROUP_MIN_FONT`, in the part of the face the next one leaves in
    view (on `xs` faces of 24 px, the next face hid the O of "MO")."""
    visible = size * (0.5 - GROUP_OVERLAP) * 2
    widest = max((_initials_ems(face_initials(name), typeface) for name in names), default=1.0)
    return 2 if widest * GROUP_MIN_FONT <= visible + 1 else 1


SYMBOL_EM = 1.25
"""Advance of an emoji drawn for a name of no letters, rounded up (Noto Color Emoji's measured
1.21 em in Chromium: 17 px at 14 px)."""


def _initials_ems(letters: str, typeface: Typeface) -> float:
    """How wide bold initials are in the theme's `typeface`, in em (an emoji, of several code
    points or one, as wide as `SYMBOL_EM`)."""
    if is_one_symbol(letters):
        return SYMBOL_EM
    return sum(in_typeface(c, INITIAL_EMS.get(c, 0.97), typeface) for c in letters)


def _group_font(names: Sequence[str | None], size: float, typeface: Typeface, letters: int = 2) -> float:
    """One size for a group's initials (`letters` of each name): `GROUP_FONT_SCALE` of the face,
    smaller when the widest pair ("MW", "MO") would not fit, centred, in the part of the face
    that the next one leaves in view (half the face's width, around its centre)."""
    widest = max((_initials_ems(face_initials(name, letters), typeface) for name in names), default=1.0)
    return max(min(size * GROUP_FONT_SCALE, size * (0.5 - GROUP_OVERLAP) * 2 / widest), GROUP_MIN_FONT)


def _hues_near(a: int, b: int) -> bool:
    turn = abs(GROUP_HUE_DEGREES[a % 8] - GROUP_HUE_DEGREES[b % 8]) % 360
    return min(turn, 360 - turn) < GROUP_HUE_NEAR


def _group_hues(names: Sequence[str | None]) -> list[int]:
    """Each face's palette index: its name's own, or the next one along the palette that does
    not look like the faces just before it (two lavender faces side by side read as one)."""
    hues: list[int] = []
    for name in names:
        own = _name_hue(name)
        recent = hues[-GROUP_HUE_WINDOW:]
        candidates = [(own + step) % 8 for step in range(8)]
        free = [h for h in candidates if not any(_hues_near(h, other) for other in recent)]
        apart = [h for h in candidates if not recent or not _hues_near(h, recent[-1])]
        hues.append((free or apart or [own])[0])
    return hues


@renders("avatar")
def render_avatar(element: Element, ctx: RenderContext) -> str:
    """A round picture (data: URI only) or coloured initials; `items` of names draws a stacked group."""
    element, face_css, styled_size = _split_face_style(element)
    size = styled_size or size_px(element, 40, AVATAR_SIZES)
    if element.items:
        return _avatar_group(element, size, face_css, ctx.typeface)
    name = element.name or element.text or element.label or element.alt
    face = avatar_face(name, element.src, size, element.status, element.variant, face_css)
    caption = ""
    if element.label and element.name:
        sub = (
            f'<span class="dsl-avatar-sub">{identifiers_kept(esc(element.description))}</span>'
            if element.description
            else ""
        )
        caption = f'<span class="dsl-avatar-caption"><span class="dsl-avatar-name">{esc(element.name)}</span>{sub}</span>'
    elif element.description and name:
        caption = (
            f'<span class="dsl-avatar-caption"><span class="dsl-avatar-name">{esc(name)}</span>'
            f'<span class="dsl-avatar-sub">{identifiers_kept(esc(element.description))}</span></span>'
        )
    return box(element, face + caption)


def _avatar_group(element: Element, size: float, face_css: str, typeface: Typeface) -> str:
    """The faces of `items` (at most `max`, then a "+N" count), each over the one before by
    `GROUP_OVERLAP` of the size, behind a ring of the surface colour (the CSS), in colours that
    tell neighbours apart, with initials that stay whole and readable in the theme's `typeface`
    (one each on faces too small for two: `_group_letters`)."""
    names = entries(element.items)
    limit = int(element.max) if element.max else 5
    shown = [item_label(item) for item in names[:limit]]
    letters = _group_letters(shown, size, typeface)
    font = _group_font(shown, size, typeface, letters)
    faces = "".join(
        avatar_face(name, None, size, None, element.variant, face_css, font=font, hue=hue, letters=letters)
        for name, hue in zip(shown, _group_hues(shown), strict=True)
    )
    extra = len(names) - limit
    if extra > 0:
        faces += (
            f'<span class="dsl-avatar-face dsl-avatar-more" style="width:{size:g}px;height:{size:g}px;'
            f'font-size:{font:.1f}px">+{extra}</span>'
        )
    overlap = {"--overlap": f"{size * GROUP_OVERLAP:g}px"}
    return box(element, faces, classes="dsl-avatar-group", style=overlap)


AVATAR_CSS = """
.dsl-avatar{display:inline-flex;align-items:center;gap:12px;vertical-align:middle}
.dsl-avatar-face{position:relative;flex:none;display:inline-flex;align-items:center;justify-content:center;border-radius:50%;background:color-mix(in srgb,var(--tone) 16%,var(--avatar-ground,var(--surface)));color:var(--tone-ink,color-mix(in srgb,var(--tone) 80%,var(--foreground)));font-weight:600;line-height:1;box-sizing:border-box}
.dsl-avatar-face.is-square{border-radius:var(--radius)}
/* On a box of the author's own dark colour (a brand-purple panel) the tone's ink would sink into
   it: the initials are near the panel's text colour, the disc a deeper tint. */
.has-dark-bg .dsl-avatar-face{background:color-mix(in srgb,var(--tone) 30%,var(--surface));color:color-mix(in srgb,var(--tone) 20%,var(--foreground))}
/* On a mid-tone ground (a purple band, a gradient page) faces are solid light discs behind a white
   ring, as on a light page (faces_on_colour): tinted from the ground they were muddy, see-through. */
.has-mid-bg .dsl-avatar-face{background:color-mix(in srgb,var(--tone) 16%,var(--avatar-ground));color:var(--tone-ink)}
.dsl-avatar-face img{width:100%;height:100%;object-fit:cover;border-radius:inherit;display:block}
/* A picture Chromium cannot draw after all shows the initials on the tint, never its broken-image
   icon and its alt text (a name too large for the disc): only such an image has an ::after, which
   covers the face (the nearest positioned box). */
.dsl-avatar-face img::after{content:attr(data-initials);position:absolute;inset:0;display:flex;align-items:center;justify-content:center;border-radius:inherit;background:color-mix(in srgb,var(--tone) 16%,var(--avatar-ground,var(--surface)))}
.has-dark-bg .dsl-avatar-face img::after{background:color-mix(in srgb,var(--tone) 30%,var(--surface))}
.has-mid-bg .dsl-avatar-face img::after{background:color-mix(in srgb,var(--tone) 16%,var(--avatar-ground))}
.dsl-avatar-status{position:absolute;inset-inline-end:0;bottom:0;border-radius:50%;background:currentColor;box-shadow:0 0 0 2px var(--avatar-ring,var(--surface))}
.dsl-avatar-caption{display:flex;flex-direction:column;gap:1px;min-width:0}
.dsl-avatar-name{font-size:14px;font-weight:600;color:var(--foreground)}
.dsl-avatar-sub{font-size:13px;color:var(--muted-foreground)}
.dsl-avatar-group{display:inline-flex;align-items:center;gap:0}
.dsl-avatar-group .dsl-avatar-face{border:2px solid var(--avatar-ring,var(--surface))}
.dsl-avatar-group .dsl-avatar-face+.dsl-avatar-face{margin-inline-start:calc(-1 * var(--overlap,10px))}
.dsl-avatar-more{background:var(--muted);color:var(--muted-foreground)}
"""
"""The avatar's rules."""
