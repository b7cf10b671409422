"""Inline SVG icons from the Lucide set (the installed `lucide` package), with friendly aliases."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from xml.etree import ElementTree
from zipfile import ZipFile

from kernel.dsl.compiler.brand_icons import BRAND_FIRST, BRAND_PREFIXES, brand_drawing, resolve_brand
from kernel.dsl.compiler.colors import safe_color
from kernel.dsl.compiler.escape import esc
from kernel.dsl.compiler.icon_set_names import FONT_AWESOME_NAMES, FONT_AWESOME_PREFIXES, ICON_SET_NAMES
from kernel.dsl.compiler.platform_icons import PLATFORM_NAMES, turned_around, unwrapped
from kernel.dsl.memo import remembered_up_to

_SVG_NS = "{http://www.w3.org/2000/svg}"
_CAMEL = re.compile(r"(?<=[a-z0-9])([A-Z])")
_SEPARATORS = re.compile(r"[\s_.:/]+")  # ":" and "/": Iconify-style "mdi:home"

LUCIDE_OLD_NAMES: dict[str, str] = {
    "activity-square": "square-activity", "alarm-check": "alarm-clock-check",
    "alarm-minus": "alarm-clock-minus", "alarm-plus": "alarm-clock-plus", "alert-circle": "circle-alert",
    "alert-octagon": "octagon-alert", "alert-triangle": "triangle-alert", "align-center": "text-align-center",
    "align-justify": "text-align-justify", "align-left": "text-align-start", "align-right": "text-align-end",
    "arrow-down-01": "arrow-down-0-1", "arrow-down-10": "arrow-down-1-0", "arrow-down-az": "arrow-down-a-z",
    "arrow-down-circle": "circle-arrow-down", "arrow-down-left-from-circle": "circle-arrow-out-down-left",
    "arrow-down-left-from-square": "square-arrow-out-down-left",
    "arrow-down-left-square": "square-arrow-down-left",
    "arrow-down-right-from-circle": "circle-arrow-out-down-right",
    "arrow-down-right-from-square": "square-arrow-out-down-right",
    "arrow-down-right-square": "square-arrow-down-right", "arrow-down-square": "square-arrow-down",
    "arrow-down-za": "arrow-down-z-a", "arrow-left-circle": "circle-arrow-left",
    "arrow-left-square": "square-arrow-left", "arrow-right-circle": "circle-arrow-right",
    "arrow-right-square": "square-arrow-right", "arrow-up-01": "arrow-up-0-1", "arrow-up-10": "arrow-up-1-0",
    "arrow-up-az": "arrow-up-a-z", "arrow-up-circle": "circle-arrow-up",
    "arrow-up-left-from-circle": "circle-arrow-out-up-left",
    "arrow-up-left-from-square": "square-arrow-out-up-left", "arrow-up-left-square": "square-arrow-up-left",
    "arrow-up-right-from-circle": "circle-arrow-out-up-right",
    "arrow-up-right-from-square": "square-arrow-out-up-right",
    "arrow-up-right-square": "square-arrow-up-right", "arrow-up-square": "square-arrow-up",
    "arrow-up-za": "arrow-up-z-a", "asterisk-square": "square-asterisk", "axis-3-d": "axis-3d",
    "badge-help": "badge-question-mark", "bar-chart-3": "chart-column",
    "bar-chart-4": "chart-column-increasing", "bar-chart-big": "chart-column-big",
    "bar-chart-horizontal": "chart-bar", "bar-chart-horizontal-big": "chart-bar-big",
    "between-horizonal-end": "between-horizontal-end", "between-horizonal-start": "between-horizontal-start",
    "book-template": "book-dashed", "box-select": "square-dashed", "candlestick-chart": "chart-candlestick",
    "check-circle-2": "circle-check", "check-square": "square-check-big", "check-square-2": "square-check",
    "chevron-down-circle": "circle-chevron-down", "chevron-down-square": "square-chevron-down",
    "chevron-left-circle": "circle-chevron-left", "chevron-left-square": "square-chevron-left",
    "chevron-right-circle": "circle-chevron-right", "chevron-right-square": "square-chevron-right",
    "chevron-up-circle": "circle-chevron-up", "chevron-up-square": "square-chevron-up",
    "circle-help": "circle-question-mark", "circle-slashed": "circle-slash-2",
    "clipboard-edit": "clipboard-pen", "clipboard-signature": "clipboard-pen-line", "code-2": "code-xml",
    "code-square": "square-code", "columns": "columns-2", "columns-settings": "columns-3-cog",
    "contact-2": "contact-round", "curly-braces": "braces", "divide-circle": "circle-divide",
    "divide-square": "square-divide", "dot-square": "square-dot", "download-cloud": "cloud-download",
    "edit-2": "pen", "edit-3": "pen-line", "equal-square": "square-equal", "file-audio": "file-headphone",
    "file-audio-2": "file-headphone", "file-axis-3-d": "file-axis-3d", "file-badge-2": "file-badge",
    "file-bar-chart": "file-chart-column-increasing", "file-bar-chart-2": "file-chart-column",
    "file-check-2": "file-check-corner", "file-code-2": "file-code-corner", "file-cog-2": "file-cog",
    "file-edit": "file-pen", "file-json": "file-braces", "file-json-2": "file-braces-corner",
    "file-key-2": "file-key", "file-line-chart": "file-chart-line", "file-lock-2": "file-lock",
    "file-minus-2": "file-minus-corner", "file-pie-chart": "file-chart-pie",
    "file-plus-2": "file-plus-corner", "file-question": "file-question-mark",
    "file-search-2": "file-search-corner", "file-signature": "file-pen-line",
    "file-type-2": "file-type-corner", "file-video": "file-play", "file-video-2": "file-video-camera",
    "file-volume-2": "file-signal", "file-warning": "file-exclamation-point", "file-x-2": "file-x-corner",
    "filter-x": "funnel-x", "fingerprint": "fingerprint-pattern",
    "flip-horizontal": "square-centerline-dashed-horizontal",
    "flip-vertical": "square-centerline-dashed-vertical", "folder-cog-2": "folder-cog",
    "folder-edit": "folder-pen", "fork-knife": "utensils", "fork-knife-crossed": "utensils-crossed",
    "form-input": "rectangle-ellipsis", "function-square": "square-function",
    "gantt-chart": "chart-no-axes-gantt", "gantt-chart-square": "square-chart-gantt",
    "gauge-circle": "circle-gauge", "git-commit": "git-commit-horizontal", "globe-2": "earth",
    "grab": "hand-grab", "grid-2-x-2": "grid-2x2", "grid-2-x-2-check": "grid-2x2-check",
    "grid-2-x-2-plus": "grid-2x2-plus", "grid-2-x-2-x": "grid-2x2-x", "grid-3-x-3": "grid-3x3",
    "help-circle": "circle-question-mark", "helping-hand": "hand-helping", "ice-cream": "ice-cream-cone",
    "ice-cream-2": "ice-cream-bowl", "indent": "list-indent-increase",
    "indent-decrease": "list-indent-decrease", "indent-increase": "list-indent-increase",
    "inspect": "square-mouse-pointer", "kanban-square": "square-kanban",
    "kanban-square-dashed": "square-dashed-kanban", "laptop-2": "laptop-minimal", "layers-3": "layers",
    "layout": "panels-top-left", "letter-text": "text-initial", "library-square": "square-library",
    "loader-2": "loader-circle", "location-edit": "map-pin-pen", "m-square": "square-m",
    "mail-question": "mail-question-mark", "menu-square": "square-menu",
    "message-circle-question": "message-circle-question-mark", "mic-2": "mic-vocal",
    "minus-circle": "circle-minus", "minus-square": "square-minus",
    "mouse-pointer-square-dashed": "square-dashed-mouse-pointer", "move-3-d": "move-3d",
    "outdent": "list-indent-decrease", "paintbrush-2": "paintbrush-vertical", "palmtree": "tree-palm",
    "panel-bottom-inactive": "panel-bottom-dashed", "panel-left-inactive": "panel-left-dashed",
    "panel-right-inactive": "panel-right-dashed", "panel-top-inactive": "panel-top-dashed",
    "panels-left-right": "columns-3", "panels-top-bottom": "rows-3", "parking-circle": "circle-parking",
    "parking-circle-off": "circle-parking-off", "parking-square": "square-parking",
    "parking-square-off": "square-parking-off", "pause-circle": "circle-pause",
    "pause-octagon": "octagon-pause", "pen-box": "square-pen", "pen-square": "square-pen",
    "percent-circle": "circle-percent", "percent-diamond": "diamond-percent",
    "percent-square": "square-percent", "pi-square": "square-pi", "pilcrow-square": "square-pilcrow",
    "play-circle": "circle-play", "play-square": "square-play", "plug-zap-2": "plug-zap",
    "plus-circle": "circle-plus", "plus-square": "square-plus", "power-circle": "circle-power",
    "power-square": "square-power", "rotate-3-d": "rotate-3d", "rows": "rows-2", "scale-3-d": "scale-3d",
    "scatter-chart": "chart-scatter", "school-2": "university", "scissors-square": "square-scissors",
    "scissors-square-dashed-bottom": "square-bottom-dashed-scissors", "send-horizonal": "send-horizontal",
    "shield-close": "shield-x", "shield-question": "shield-question-mark", "sidebar": "panel-left",
    "sidebar-close": "panel-left-close", "sidebar-open": "panel-left-open", "sigma-square": "square-sigma",
    "slash-square": "square-slash", "sliders": "sliders-vertical", "sort-asc": "arrow-up-narrow-wide",
    "sort-desc": "arrow-down-wide-narrow", "split-square-horizontal": "square-split-horizontal",
    "split-square-vertical": "square-split-vertical", "square-gantt-chart": "square-chart-gantt",
    "stars": "sparkles", "stop-circle": "circle-stop", "subtitles": "captions",
    "table-config": "columns-3-cog", "terminal-square": "square-terminal",
    "test-tube-2": "test-tube-diagonal", "text": "text-align-start", "text-select": "square-dashed-text",
    "text-selection": "square-dashed-text", "train": "tram-front", "tv-2": "tv-minimal",
    "unlock-keyhole": "lock-keyhole-open", "upload-cloud": "cloud-upload", "user-2": "user-round",
    "user-check-2": "user-round-check", "user-circle-2": "circle-user-round", "user-cog-2": "user-round-cog",
    "user-minus-2": "user-round-minus", "user-plus-2": "user-round-plus", "user-square": "square-user",
    "user-square-2": "square-user-round", "user-x-2": "user-round-x", "users-2": "users-round",
    "wallet-2": "wallet-minimal", "wand-2": "wand-sparkles", "waves": "waves-horizontal",
    "wrap-text": "text-wrap", "x-circle": "circle-x", "x-octagon": "octagon-x", "x-square": "square-x",
}  # fmt: skip
"""Lucide's names before its renames (`check-square` is now `square-check-big`, `x-circle`
`circle-x`), which lucide-react and older docs still use: each draws the icon it became. Taken
from the `aliases` of Lucide's icons/*.json, for the icons the installed set has."""

ALIASES: dict[str, str] = {
    **LUCIDE_OLD_NAMES,
    **PLATFORM_NAMES,
    **ICON_SET_NAMES,
    "home": "house",
    "settings": "settings",
    "gear": "settings",
    "cog": "cog",
    "config": "settings",
    "preferences": "sliders-horizontal",
    "profile": "user",
    "account": "circle-user",
    "person": "user",
    "people": "users",
    "team": "users",
    "group": "users",
    "email": "mail",
    "envelope": "mail",
    "inbox": "inbox",
    "message": "message-square",
    "chat": "message-circle",
    "comment": "message-square",
    "notification": "bell",
    "notifications": "bell",
    "alert": "triangle-alert",
    "warning": "triangle-alert",
    "error": "circle-alert",
    "danger": "octagon-alert",
    "info": "info",
    "success": "circle-check",
    "check-circle": "circle-check",
    "ok": "check",
    "close": "x",
    "cancel": "x",
    "times": "x",
    "delete": "trash-2",
    "remove": "trash-2",
    "trash": "trash-2",
    "edit": "pencil",
    "pen": "pen",
    "add": "plus",
    "new": "plus",
    "create": "plus",
    "minus": "minus",
    "subtract": "minus",
    "more": "ellipsis",
    "more-horizontal": "ellipsis",
    "more-vertical": "ellipsis-vertical",
    "dots": "ellipsis",
    "kebab": "ellipsis-vertical",
    "hamburger": "menu",
    "burger": "menu",
    "dashboard": "layout-dashboard",
    "analytics": "chart-column",
    "chart": "chart-column",
    "stats": "chart-line",
    "bar-chart": "chart-column",
    "bar-chart-2": "chart-column",
    "line-chart": "chart-line",
    "pie-chart": "chart-pie",
    "area-chart": "chart-area",
    "report": "file-chart-column",
    "reports": "file-chart-column",
    "document": "file-text",
    "doc": "file-text",
    "file": "file",
    "files": "files",
    "folder": "folder",
    "upload": "upload",
    "download": "download",
    "cloud": "cloud",
    "calendar": "calendar",
    "date": "calendar",
    "event": "calendar-days",
    "time": "clock",
    "clock": "clock",
    "history": "history",
    "search": "search",
    "find": "search",
    "filter": "funnel",
    "sort": "arrow-up-down",
    "refresh": "refresh-cw",
    "reload": "refresh-cw",
    "sync": "refresh-cw",
    "logout": "log-out",
    "log-out": "log-out",
    "sign-out": "log-out",
    "login": "log-in",
    "sign-in": "log-in",
    "lock": "lock",
    "unlock": "lock-open",
    "security": "shield",
    "privacy": "shield-check",
    "key": "key",
    "password": "key-round",
    "cart": "shopping-cart",
    "shopping-cart": "shopping-cart",
    "basket": "shopping-basket",
    "bag": "shopping-bag",
    "store": "store",
    "shop": "store",
    "payment": "credit-card",
    "payments": "credit-card",
    "card": "credit-card",
    "billing": "receipt",
    "invoice": "receipt-text",
    "money": "banknote",
    "dollar": "dollar-sign",
    "price": "tag",
    "orders": "package",
    "order": "package",
    "product": "package",
    "products": "package",
    "shipping": "truck",
    "delivery": "truck",
    "favorite": "heart",
    "like": "heart",
    "love": "heart",
    "star": "star",
    "rating": "star",
    "bookmark": "bookmark",
    "save": "save",
    "share": "share-2",
    "link": "link",
    "external": "external-link",
    "external-link": "external-link",
    "copy": "copy",
    "paste": "clipboard",
    "clipboard": "clipboard",
    "print": "printer",
    "phone": "phone",
    "mobile": "smartphone",
    "tablet": "tablet",
    "desktop": "monitor",
    "laptop": "laptop",
    "location": "map-pin",
    "pin": "map-pin",
    "map": "map",
    "address": "map-pin",
    "globe": "globe",
    "world": "globe",
    "language": "languages",
    "web": "globe",
    "website": "globe",
    "image": "image",
    "photo": "image",
    "picture": "image",
    "camera": "camera",
    "video": "video",
    "play": "play",
    "pause": "pause",
    "stop": "square",
    "music": "music",
    "volume": "volume-2",
    "mute": "volume-x",
    "mic": "mic",
    "microphone": "mic",
    "help": "circle-question-mark",
    "question": "circle-question-mark",
    "support": "life-buoy",
    "menu": "menu",
    "grid": "layout-grid",
    "list": "list",
    "table": "table",
    "kanban": "square-kanban",
    "board": "square-kanban",
    "tasks": "list-checks",
    "task": "square-check-big",
    "todo": "list-todo",
    "checklist": "list-checks",
    "project": "folder-kanban",
    "projects": "folder-kanban",
    "code": "code",
    "terminal": "terminal",
    "database": "database",
    "server": "server",
    "api": "webhook",
    "integrations": "blocks",
    "plugin": "plug",
    "plugins": "plug",
    "wifi": "wifi",
    "bluetooth": "bluetooth",
    "battery": "battery",
    "power": "power",
    "sun": "sun",
    "light": "sun",
    "moon": "moon",
    "dark": "moon",
    "theme": "palette",
    "palette": "palette",
    "eye": "eye",
    "view": "eye",
    "show": "eye",
    "hide": "eye-off",
    "visibility": "eye",
    "trending-up": "trending-up",
    "trending-down": "trending-down",
    "growth": "trending-up",
    "up": "chevron-up",
    "down": "chevron-down",
    "left": "chevron-left",
    "right": "chevron-right",
    "back": "arrow-left",
    "forward": "arrow-right",
    "next": "chevron-right",
    "previous": "chevron-left",
    "prev": "chevron-left",
    "expand": "maximize-2",
    "collapse": "minimize-2",
    "fullscreen": "maximize",
    "send": "send",
    "attach": "paperclip",
    "attachment": "paperclip",
    "gift": "gift",
    "award": "award",
    "trophy": "trophy",
    "flag": "flag",
    "tag": "tag",
    "tags": "tags",
    "label": "tag",
    "users": "users",
    "user": "user",
    "user-plus": "user-plus",
    "add-user": "user-plus",
    "building": "building-2",
    "company": "building-2",
    "organization": "building-2",
    "office": "building",
    "briefcase": "briefcase",
    "work": "briefcase",
    "job": "briefcase",
    "school": "graduation-cap",
    "education": "graduation-cap",
    "book": "book-open",
    "docs": "book-open",
    "documentation": "book-open",
    "news": "newspaper",
    "rss": "rss",
    "activity": "activity",
    "health": "heart-pulse",
    "zap": "zap",
    "lightning": "zap",
    "fast": "zap",
    "rocket": "rocket",
    "launch": "rocket",
    "sparkles": "sparkles",
    "ai": "sparkles",
    "magic": "wand-sparkles",
    "bot": "bot",
    "robot": "bot",
    "apple": "apple",
    "logo": "hexagon",
    "brand": "hexagon",
    "box": "box",
    "layers": "layers",
    "stack": "layers",
    "component": "component",
    "components": "blocks",
    "thumbs-up": "thumbs-up",
    "thumbs-down": "thumbs-down",
    "smile": "smile",
    "emoji": "smile",
    "loading": "loader-circle",
    "loader": "loader-circle",
    "spinner": "loader-circle",
    "check": "check",
    "checkmark": "check",
    "tick": "check",
    "x": "x",
    "plus": "plus",
    # Material Symbols names that differ from Lucide's
    "account-circle": "circle-user",
    "arrow-forward": "arrow-right",
    "arrow-back": "arrow-left",
    "more-vert": "ellipsis-vertical",
    "more-horiz": "ellipsis",
    "dots-vertical": "ellipsis-vertical",
    "dots-horizontal": "ellipsis",
    "calendar-today": "calendar",
    "attach-file": "paperclip",
    "thumb-up": "thumbs-up",
    "thumb-down": "thumbs-down",
    "expand-more": "chevron-down",
    "expand-less": "chevron-up",
    "arrow-drop-down": "chevron-down",
    "arrow-drop-up": "chevron-up",
    "keyboard-arrow-right": "chevron-right",
    "keyboard-arrow-left": "chevron-left",
    "keyboard-arrow-down": "chevron-down",
    "keyboard-arrow-up": "chevron-up",
    "navigate-next": "chevron-right",
    "navigate-before": "chevron-left",
    "content-copy": "copy",
    "open-in-new": "external-link",
    "done": "check",
    "clear": "x",
    "schedule": "clock",
    "place": "map-pin",
    "location-on": "map-pin",
    "visibility-off": "eye-off",
    "account-balance": "landmark",
    "local-shipping": "truck",
    "inventory": "package",
    "insights": "chart-line",
    "person-add": "user-plus",
    "supervisor-account": "users",
    "chat-bubble": "message-circle",
    "forum": "messages-square",
    "file-upload": "upload",
    "file-download": "download",
    "public": "globe",
    "storefront": "store",
    "savings": "piggy-bank",
    "tune": "sliders-horizontal",
    "filter-list": "list-filter",
    "view-list": "list",
    "grid-view": "layout-grid",
    "apps": "layout-grid",
    "widgets": "blocks",
    "light-mode": "sun",
    "dark-mode": "moon",
    "photo-camera": "camera",
    "play-arrow": "play",
    "volume-up": "volume-2",
    "admin-panel-settings": "shield",
    "verified": "badge-check",
    "auto-awesome": "sparkles",
    "rocket-launch": "rocket",
    "feedback": "message-square",
    "bug-report": "bug",
    "build": "wrench",
    "extension": "puzzle",
    "description": "file-text",
    "article": "newspaper",
    "sell": "tag",
    "local-offer": "tag",
    "vpn-key": "key",
    "user-circle": "circle-user",
}
"""Common names (and names from other icon sets (`icon_set_names`), the phone platforms' (`platform_icons`) or older
Lucide releases) -> a Lucide icon. The common names win where a platform means another drawing
(`cancel` is an x, not Material's crossed circle)."""

ICON_SET_PREFIXES = (
    "fa-solid-", "fa-regular-", "fa-brands-", "fas-fa-", "far-fa-", "fab-fa-", "fa-", "mdi-",
    "md-outline-", "hi-outline-", "hi-solid-",
    "material-symbols-", "material-icons-", "material-", "md-", "bi-", "ri-", "ti-", "tabler-",
    "heroicons-", "hi-", "ios-", "io-", "ion-", "ph-", "feather-", "lucide-", "icon-", "text-", "format-",
)  # fmt: skip
"""Prefixes other icon sets (and their React packages: `HiHome`, `MdHome`) put before a name, and
the words editors' sets put before a formatting icon (`text-bold`, MDI's `format-bold`)."""

ICON_WORD_SUFFIX = "-icon"
"""The word React icon packages end a component's name with (Heroicons' `HomeIcon`, MUI's
`HomeIcon`); "icon-" before a name is among `ICON_SET_PREFIXES`."""

STYLE_SUFFIXES = (
    "-outlined",
    "-outline",
    "-rounded",
    "-filled",
    "-fill",
    "-solid",
    "-sharp",
    "-border",
    "-line",
    "-o",
)
"""Variant suffixes of other sets (`star_border`, `heart-filled`, `home-line`): the shape is the same."""


@lru_cache(maxsize=1)
def _archive() -> ZipFile:
    """The Lucide package's zip, opened once per process: reading its directory costs ~5 ms,
    which each newly used icon paid when the zip was opened per icon. Reads share one file
    handle, which ZipFile guards with a lock, so threads may read concurrently."""
    return ZipFile(str(files("lucide") / "lucide.zip"))


@lru_cache(maxsize=1)
def icon_names() -> frozenset[str]:
    """Every icon name of the installed Lucide set."""
    return frozenset(name.removesuffix(".svg") for name in _archive().namelist() if name.endswith(".svg"))


@lru_cache(maxsize=512)
def _icon_body(name: str) -> str:
    """The drawing of one icon (its child elements), serialized without namespaces."""
    root = ElementTree.fromstring(_archive().read(f"{name}.svg"))
    parts: list[str] = []
    for child in root:
        for node in child.iter():
            node.tag = node.tag.removeprefix(_SVG_NS)
        parts.append(ElementTree.tostring(child, encoding="unicode").strip())
    return "".join(parts)


def resolve_icon_name(name: str | None) -> str | None:
    """The Lucide name for `name` (any case, spaces/underscores/camelCase, aliases), or None."""
    return _resolve_icon_name(name) if name else None


BRAND = "brand:"
"""The prefix of a resolved name that is a brand logo (Font Awesome's), not a Lucide icon."""


@remembered_up_to(64, entries=2048)  # validation and compiling both resolve every icon
def _resolve_icon_name(name: str) -> str | None:
    spellings = icon_spellings(name)
    if spellings[0].startswith(FONT_AWESOME_PREFIXES):  # `fa-bolt` is a lightning bolt, Lucide's `bolt` a nut
        meant = next((FONT_AWESOME_NAMES[each] for each in spellings if each in FONT_AWESOME_NAMES), None)
        if meant is not None and meant in icon_names():
            return meant
    if spellings[0] in BRAND_FIRST or spellings[0].startswith(BRAND_PREFIXES):
        brand = resolve_brand(spellings)
        if brand is not None:
            return BRAND + brand
    for candidate in spellings:
        found = _lookup(candidate)
        if found is not None:
            return found
    brand = resolve_brand(spellings)
    return BRAND + brand if brand is not None else None


def icon_spellings(name: str) -> list[str]:
    """The names `name` may mean, in the order they are tried: as written (kebab-cased), without
    another set's prefixes one by one (`mdi-format-bold`, `format-bold`, `bold`), then without the
    word "icon" at its end (React's `HomeIcon`), then without a style suffix too (and MDI's account-* as user-*). A phone platform's wrapping is taken off
    first (`Icons.Filled.Favorite`, `ic_arrow_back_24dp`: see `platform_icons.unwrapped`)."""
    key = _SEPARATORS.sub("-", _CAMEL.sub(r"-\1", unwrapped(name))).lower()
    spellings = [key]
    while prefix := next(
        (p for p in ICON_SET_PREFIXES if spellings[-1].startswith(p) and len(spellings[-1]) > len(p)), None
    ):
        spellings.append(spellings[-1].removeprefix(prefix))
    bare = spellings[-1]
    if bare.endswith(ICON_WORD_SUFFIX) and len(bare) > len(ICON_WORD_SUFFIX):
        bare = bare.removesuffix(ICON_WORD_SUFFIX)
        spellings.append(bare)
    plain = next(
        (bare.removesuffix(s) for s in STYLE_SUFFIXES if bare.endswith(s) and len(bare) > len(s)), bare
    )
    spellings.append(plain)
    if plain.startswith("account-"):  # Material Design Icons say account where Lucide says user
        spellings.append("user-" + plain.removeprefix("account-"))
    return spellings


def _lookup(key: str) -> str | None:
    names = icon_names()
    if key in names:
        return key
    alias = ALIASES.get(key)
    if alias is not None and alias in names:
        return alias
    return turned_around(key, names)


def icon_exists(name: str | None) -> bool:
    """True when `name` (or its alias) is an icon of the installed Lucide set or a brand logo."""
    return resolve_icon_name(name) is not None


_PLACEHOLDER_BODY = (
    '<rect x="3" y="3" width="18" height="18" rx="4" stroke-dasharray="3 3"/>'
    '<circle cx="12" cy="12" r="1.5" fill="currentColor" stroke="none"/>'
)


def icon_svg(
    name: str | None,
    size: int | float = 16,
    *,
    stroke_width: float = 2,
    color: str | None = None,
    css_class: str = "dsl-icon-svg",
) -> str:
    """An inline `<svg>` for icon `name`; unknown names draw a dashed placeholder square.

    `color` is sanitized (hex, rgb/hsl, a named colour or `var(--...)`); otherwise the icon
    follows `currentColor`, so it takes the colour of the surrounding text.
    """
    resolved = resolve_icon_name(name)
    paint = safe_color(color) or "currentColor"
    if resolved is not None and resolved.startswith(BRAND):
        view_box, glyph = brand_drawing(resolved.removeprefix(BRAND))
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" class="{esc(css_class)} is-brand"'
            f' data-icon="{esc(resolved)}" width="{size:g}" height="{size:g}" viewBox="{view_box}"'
            f' style="fill:{esc(paint)}" aria-hidden="true" focusable="false">{glyph}</svg>'
        )
    body = _icon_body(resolved) if resolved else _PLACEHOLDER_BODY
    label = resolved or "unknown"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{esc(css_class)}" data-icon="{esc(label)}"'
        f' width="{size:g}" height="{size:g}" viewBox="0 0 24 24" fill="none"'
        f' style="stroke:{esc(paint)}" stroke-width="{stroke_width:g}" stroke-linecap="round"'
        f' stroke-linejoin="round" aria-hidden="true" focusable="false">{body}</svg>'
    )
