"""Render options a caller may set on top of a document, and how they resolve to a viewport."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from kernel.dsl.catalog import DEFAULT_HEIGHT, DEFAULT_WIDTH, DEVICES
from kernel.dsl.frames import (
    NO_FRAME,
    PHONE_SCREEN_MAX_WIDTH,
    PHONE_SCREEN_MIN_WIDTH,
    TABLET_SCREEN_WIDTHS,
    FrameChoice,
    FrameType,
    Insets,
    is_landscape_phone,
)
from kernel.dsl.model import Document, Frame, ThemeTokens
from kernel.errors import Issue

ImageFormat = Literal["png", "jpeg", "webp"]
FORMAT_ALIASES = {"jpg": "jpeg"}
"""Other names of a format: its file extension."""
MEDIA_TYPES: dict[str, str] = {"png": "image/png", "jpeg": "image/jpeg", "webp": "image/webp"}
"""The HTTP media type of each image format (the services' answers and the worker's blobs)."""
NOTES_PANEL_WIDTH = 320
"""Annotation notes with text are listed in a panel this wide to the right of the screen."""

TOUCH_DEVICES = frozenset({"mobile", "tablet"})
"""Devices whose screen is touched, not pointed at: their controls default to the touch density
(44 px targets, 16 px text), as iOS and Android draw them on phones and tablets alike."""
RENDERER_VERSION = "40"
"""Bumped whenever compiler or renderer output changes, so cached images are not reused.
2: top-level elements spaced by the theme gap, icon names of other sets, "16" in style, gap and
padding as px, tabs variant bottom. 3: a navbar draws its `actions`; "at risk" and "on track"
table cells are status badges. 4: linear gradients drawn without Chromium's dithering. 5: a card draws its `text`;
headings' line heights scale with their font size. 6: a header draws its `actions`. 7: so does a section. 8: a card's
text takes the card's colour. 30: annotation pins on a field's box, after a choice's label (before
an unlabelled one's mark), on an empty state's icon; the notes' panel in the theme's font; pins teal
where the primary is near their magenta; an action's `id` on its button. 31: every note drawn, the
image grown for them; the panel as tall as the image; more pins on one element run outward;
a heading's or paragraph's pin after its last line's end. 32: a field's add-ons give way to its
value; a password's suffix replaces its eye; disabled fields' labels and words at the disabled
opacity; a label above checkboxes in a field label's size; errors break long words; a logo
placeholder given one side or none takes a wordmark's 3:1 box, one given only a height in a row a
photo's 4:3; a low, wide placeholder's caption smaller, on two lines or without the icon rather than
cut; a grid's columns fitted to a narrow canvas; form rows and panes wrap on phones; a browser
frame with no url shows app.example.com; a low map's pin inside it; right-to-left figures whole;
Thai and Arabic initials; Japanese titles break between words; a header's actions wrap. 33: a dark
box on a dark ground draws its cards a step lighter than itself; links in a footer, navbar, sidebar
or a list of links lose their underline; avatars on a mid-tone ground are light faces in a white
ring; blocks in an aligned column keep its width; a level 1 section title 40 px, an h1; body text
pretty and centred short text balanced. 34: panes beside a sidebar or list fill the row and a
lone card keeps its width when the row is justified; one label-aware primary action per container,
other libraries' button/badge variant words drawn as meant; logo strips of placeholder images as
wordmarks, short hyphenated words in tables kept whole, upload names cut in their middle; phones:
grouped lists in flush cards inset, icon add-ons kept whole, a navbar of actions on the right,
full-bleed content under the home indicator, ghost buttons on the margin, dark segments lighter,
list rows' avatars and toned labels, no zero counts, landscape phone frames, sideways chip rows,
toasts' shadows, small modals as alerts; CSS strings end at a line break as Chromium's do.
35: scrollers fade at their cut edge, alerts stack by measured labels, RTL "12 %", phone rows of
small panes stay rows, flexed buttons shrink, own-width fields, banking status words, currency
tones, whole CJK dates, phone numbers and IBANs, slider ends grouped, donut decimals, list faces
aligned, card lists without a second frame.
36: phone tables tight then scrolling under a fade, sized top-level columns keep their margins,
stretched maps and charts, row cards with a side cover, centred wrapped text, dividers follow
align, notes panel height and pins, crop's width, zero-bar stubs, unit columns right, stacked
bars, darker toggle edges, underlined links in text, tinted current page, readable status text
in custom themes, frames cut instead of squeezing, phone grids reflow, totals rows, tablet dates
in the page's language, separators kept on their line, full-width buttons inside the margin.
37: form fields keep the form's width whatever its align, form justify places its actions,
hints above radio options, hint and error drawn together, alert children, list links, icon:
none, page-colour surfaces whatever the base, height: auto keeps rounded boxes' margins,
wrapping field rows and whole add-ons in narrow cards, flush cards skip padded boxes, emoji-free
initials, cell progress figures, toned icon figures, link columns at the start, week events wrap
and cascade, calendar header: false, card badge tones, subtotal rules in two columns, ratings as
written, totals-row ratings, rings' labels under them in a row, squeezed buttons give up padding
before letters, flex scrollers like rows, short texts centred in a grid of controls.
38: full pages grow screen-tall top-level boxes, headings fill their lines beside a badge,
marketplace and alerting status tones, caption-like stat changes, acronym labels as written,
upload names cut without a gap, whole right-aligned table badges, square photo corners in flush
cards, navbar action counts after the label, zoom controls hidden under a bottom card, map
markers and pin: false, range sliders, ISO chart labels, dates kept on one line, zero slices in
legends, line styles apart from similar colours, tighter negative axes, stacked areas, cards
share a row with bare charts, Arabic-Indic signed figures, colour emoji first, chart value
formats, one-line table columns, whole add-ons in table cells.
39: bar charts across and value labels, reference lines, two-line table cells, the minus before
a prefix and halves rounded away from zero in chart figures, donut shares in the language's
percent sign, a card beside a fixed-width column fills the row, built-in rules as written.
40: stacked bars' rounded ends in one shape, donut centre names on two lines, short value axes
with fewer ticks, phone stepper labels in Greek and Thai."""


class RenderOptions(BaseModel):
    """Per-request overrides: explicit options win over the document, which wins over presets."""

    model_config = ConfigDict(extra="forbid")

    width: Annotated[int, Field(ge=1, le=8000)] | None = None
    height: Annotated[int, Field(ge=1, le=8000)] | None = None
    device: Literal["desktop", "laptop", "tablet", "mobile"] | None = None
    scale: Annotated[float, Field(ge=1, le=4)] | None = None
    theme: Literal["light", "dark", "wireframe"] | ThemeTokens | None = None
    frame: FrameType | None = None
    format: ImageFormat = "png"
    full_page: bool = False
    transparent: bool = False
    quality: Annotated[int, Field(ge=1, le=100)] | None = None
    crop: bool = False
    """Cut the image to where the content is drawn, with the page's margin (a component without
    guessing the canvas's size): the page grows as for `full_page`; no frame is drawn (a `frame`
    option beside it is refused, the document's own frame left out with a warning)."""

    @field_validator("format", mode="before")
    @classmethod
    def _format_as_the_command_line_takes_it(cls, value: object) -> object:
        """`JPEG`, `Png` and `jpg` (the file extension) name formats too, as `--format` takes them."""
        if isinstance(value, str):
            lowered = value.strip().lower()
            return FORMAT_ALIASES.get(lowered, lowered)
        return value

    @model_validator(mode="after")
    def _crop_takes_no_frame(self) -> RenderOptions:
        if self.crop and self.frame not in (None, "none"):
            raise PydanticCustomError(
                "crop_with_frame",
                "crop cuts the image to the content, so it draws no frame: leave out frame {frame} or crop",
                {"frame": repr(self.frame)},
            )
        return self


@dataclass(frozen=True, slots=True)
class Viewport:
    """The CSS-pixel canvas and the device scale factor an image is taken at.

    `frame` is drawn around the screen and `notes_width` CSS px at the right of everything hold
    the annotation notes; both are part of `width` and `height`. The document's own canvas is
    `screen_width` x `screen_height`, at (`frame.insets.left`, `frame.insets.top`).
    `touch`: the canvas is a touch screen's (the `mobile` or `tablet` device: a phone or an
    iPad), so controls and text default to the touch density."""

    width: int
    height: int
    scale: float
    notes_width: int = 0
    frame: FrameChoice = NO_FRAME
    touch: bool = False
    grows: bool = False
    """The canvas is as tall as its content (`height: auto`): its height is only the least one,
    so a top-level height in % of it means nothing, unless a device frame keeps a device's shape."""

    @property
    def screen_width(self) -> int:
        insets = self.frame.insets
        return self.width - self.notes_width - insets.left - insets.right

    @property
    def screen_height(self) -> int:
        insets = self.frame.insets
        return self.height - insets.top - insets.bottom

    @property
    def pixel_width(self) -> int:
        return round(self.width * self.scale)

    @property
    def pixel_height(self) -> int:
        return round(self.height * self.scale)


AUTO_HEIGHT_MIN = 100
"""The least height of a canvas whose document says `height: auto` (its content's height else)."""


def grows_with_content(document: Document, options: RenderOptions) -> bool:
    """Whether the canvas is as tall as its content: the document says `height: auto` and the
    options give no height or device (which would set the canvas's height instead)."""
    return document.height == "auto" and options.height is None and options.device is None


def known_screen_height(document: Document, options: RenderOptions, viewport: Viewport) -> int | None:
    """The screen's height as a render of `document` with `options` draws it, or None when it is
    as tall as the content (`grows_with_content`): the viewport's height is then a stand-in
    (AUTO_HEIGHT_MIN), not the screen's, which only the render measures."""
    return None if grows_with_content(document, options) else viewport.screen_height


def width_is_chosen(document: Document, options: RenderOptions) -> bool:
    """Whether the canvas's width is the author's or the caller's choice: the document gives a
    `width` or a `device`, or the options a width or a device. A crop narrows the layout to what
    its content needs only when it is not (a lone component in the default canvas); a chosen
    width holds, so that a table laid out for 1000 px keeps its columns."""
    return any((options.width, options.device, document.width, document.device))


def with_content_height(document: Document, options: RenderOptions) -> RenderOptions:
    """`options` as a render of `document` follows them: for `height: auto`, a full-page capture
    (the page's own path: the image is the content's height, at least the canvas's
    `AUTO_HEIGHT_MIN`, cut at the full page's limits with a warning)."""
    if options.full_page or options.crop or not grows_with_content(document, options):
        return options
    return options.model_copy(update={"full_page": True})


def resolve_viewport(document: Document, options: RenderOptions) -> Viewport:
    """Options beat the document; explicit width/height beat the device preset; else 800x600 @1x.
    The device (the options', else the document's) tells whether the canvas is a touch screen's,
    even when a width or height replaces the preset's."""
    device = options.device or document.device
    preset_w, preset_h, preset_scale = DEVICES[device] if device else (
        DEFAULT_WIDTH, DEFAULT_HEIGHT, 1.0,
    )  # fmt: skip
    width = options.width or (None if options.device else document.width) or preset_w
    own_height = None if options.device else document.height
    frame = resolve_frame(document, options)
    grows = own_height == "auto" and options.height is None
    if own_height == "auto":  # the capture grows to the content: see `with_content_height`
        own_height = auto_height_floor(width, frame.type)
    height = options.height or own_height or preset_h
    scale = options.scale or document.scale or preset_scale
    notes = NOTES_PANEL_WIDTH if any(note.text for note in document.annotations or []) else 0
    if frame.type == "phone" and is_landscape_phone(width, height):
        frame = replace(frame, landscape=True)  # a phone on its side: see kernel.dsl.frames
    insets: Insets = frame.insets
    return Viewport(
        width=width + insets.left + insets.right + notes,
        height=height + insets.top + insets.bottom,
        scale=scale,
        notes_width=notes,
        frame=frame,
        touch=device in TOUCH_DEVICES,
        grows=grows,
    )


def auto_height_floor(width: int, frame: FrameType) -> int:
    """The least height of a `height: auto` canvas `width` px wide: AUTO_HEIGHT_MIN, but in a
    phone's or a tablet's frame the height that device has at that width (844 px at 390: a
    phone's proportions), so that the frame is the device's shape, not a phone on its side, and
    a top-level height in % is of a real screen; the page still grows past it with its content."""
    if frame == "phone" and PHONE_SCREEN_MIN_WIDTH <= width <= PHONE_SCREEN_MAX_WIDTH:
        preset_w, preset_h, _ = DEVICES["mobile"]
        return round(width * preset_h / preset_w)
    low, high = TABLET_SCREEN_WIDTHS
    if frame == "tablet" and low <= width <= high:
        tall_w, tall_h, _ = DEVICES["tablet"]
        portrait = width <= tall_h  # 768..1024 wide stands up; wider lies on its side
        return (
            min(high, round(width * tall_h / tall_w))
            if portrait
            else max(low, round(width * tall_w / tall_h))
        )
    return AUTO_HEIGHT_MIN


def resolve_frame(document: Document, options: RenderOptions) -> FrameChoice:
    """The option's frame beats the document's; a document's `{type, url}` keeps its url. A
    cropped image has no frame."""
    if options.crop:
        return NO_FRAME
    written = document.frame
    own = (
        FrameChoice(written.type, written.url, written.style)
        if isinstance(written, Frame)
        else FrameChoice(written or "none")
    )
    if options.frame is None or options.frame == own.type:
        return own
    return FrameChoice(options.frame)


OPTION_IGNORED = "option_ignored"
"""The code of a render option (or the part of a device preset) the image does not follow."""
OPTIONS_PATH = "/options"
"""Where an issue about a render option points, a warning (`/options/quality`) or an error the
option caused (`/options/width`, a canvas too large): the option in the render's options. Each
front end places it where its options came from (the HTTP query's `/query/width`, the command
line's `--width`)."""
LOSSY_FORMATS = frozenset({"jpeg", "webp"})
"""The formats a `quality` is for."""


def is_option_path(path: str) -> bool:
    """Whether `path` names a render option (under `OPTIONS_PATH`), not a place in the document."""
    return path.startswith(OPTIONS_PATH + "/")


def option_warnings(document: Document, options: RenderOptions, viewport: Viewport) -> list[Issue]:
    """What the render's options ask for that the image does not do, said instead of left for
    the caller to find out: a `quality` on a lossless PNG, a transparent background in a JPEG
    (which has no transparency), a device whose width an explicit one replaced while it
    still sets the rest (a mobile at width 500 is 500x844 at 3x, 1500x2532 px), and the
    document's own `frame` on a cropped image. The command line, the HTTP API and the MCP tools
    all plan a render with these. Each is at the option's path (`/options/quality`), as an error
    in that option would be; the frame at the document's `/frame`, where it is written."""
    warnings: list[Issue] = []
    if options.quality is not None and options.format not in LOSSY_FORMATS:
        warnings.append(
            Issue(
                f"{OPTIONS_PATH}/quality",
                f"quality {options.quality} is not used: it is for jpeg and webp, and a "
                f"{options.format.upper()} is lossless",
                OPTION_IGNORED,
                "leave out quality, or ask for format jpeg or webp",
            )
        )
    if options.transparent and options.format == "jpeg":
        warnings.append(
            Issue(
                f"{OPTIONS_PATH}/transparent",
                "transparent is not used: a JPEG has no transparency, so the background is drawn white",
                OPTION_IGNORED,
                "ask for format png or webp for a transparent background, or leave out transparent",
            )
        )
    replaced = _device_replaced(document, options, viewport)
    if replaced is not None:
        warnings.append(replaced)
    cropped_frame = _frame_cropped(document, options)
    if cropped_frame is not None:
        warnings.append(cropped_frame)
    return warnings


def _frame_cropped(document: Document, options: RenderOptions) -> Issue | None:
    """The document's own frame, which a cropped image does not draw (the image is cut to the
    content). A caller's `frame` with `crop` is refused instead (`_crop_takes_no_frame`): there
    both were asked for at once; here the document was written for another image."""
    if not options.crop or options.frame is not None:
        return None
    written = document.frame
    kind = written.type if isinstance(written, Frame) else written
    if kind in (None, "none"):
        return None
    return Issue(
        "/frame",
        f"frame {kind} is not drawn: crop cuts the image to the content, without a frame",
        OPTION_IGNORED,
        f"leave out crop to draw the {kind} around the screen, or leave out frame",
    )


def _device_replaced(document: Document, options: RenderOptions, viewport: Viewport) -> Issue | None:
    """The device preset's width an option replaced (its height too, if so), when the preset
    still sets the rest of the canvas (its height, its scale): what was drawn, so the size is no
    surprise. None without a device, when only the height changed (a long page on a phone), or
    when the options give every part of the canvas."""
    device = options.device or document.device
    if device is None:
        return None
    preset_width, preset_height, _ = DEVICES[device]
    given = [
        (name, value, preset)
        for name, value, preset in (
            ("width", options.width, preset_width),
            ("height", options.height, preset_height),
        )
        if value is not None and value != preset
    ]
    own_height = options.device is None and document.height is not None
    kept = [
        name
        for name, from_device in (
            ("height", options.height is None and not own_height),
            ("width", options.width is None and (options.device is not None or document.width is None)),
            ("scale", options.scale is None and document.scale is None),
        )
        if from_device
    ]
    if not any(name == "width" for name, _, _ in given) or not kept:
        return None  # a taller phone (`height: 1400`) is the documented way to draw a long page
    wrote = " and ".join(f"{name} {value}" for name, value, _ in given)
    preset_words = " and ".join(f"{name} {preset}" for name, _, preset in given)
    message = (
        f"the {device}'s {preset_words} {'are' if len(given) > 1 else 'is'} not used ({wrote} "
        f"{'replace them' if len(given) > 1 else 'replaces it'}), while the device still sets the "
        f"{' and the '.join(kept)}: "
        f"the canvas is {viewport.screen_width}x{viewport.screen_height} at {viewport.scale:g}x "
        f"({viewport.pixel_width}x{viewport.pixel_height} px)"
    )
    suggestion = (
        f"leave out {' and '.join(name for name, _, _ in given)} for the {device}'s own "
        f"{preset_width}x{preset_height}, or leave out the device and give the width, height and scale you want"
    )
    return Issue(f"{OPTIONS_PATH}/{given[0][0]}", message, OPTION_IGNORED, suggestion)
