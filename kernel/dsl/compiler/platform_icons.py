"""The icon names of the phone platforms (Apple's SF Symbols, Android's Material and Compose
names) -> the Lucide icon that draws the same thing.

A mockup of an iOS or Android screen is written by people (and agents) who think in their
platform's names: `gearshape.fill`, `square.and.arrow.up`, `Icons.Filled.Favorite`,
`ic_arrow_back`. The names are looked up as `icons.icon_spellings` writes them: kebab-case, with
the platforms' wrappers (`Icons.Filled.`, `ic_`, `_24dp`) and style words (`.fill`, `_outlined`)
taken off. Names that already read as Lucide's (`chevron.left`, `plus`, `bell.fill`) need no
entry here.
"""

from __future__ import annotations

import re

SF_SYMBOLS: dict[str, str] = {
    "gearshape": "settings", "gearshape-2": "settings", "gear": "settings", "magnifyingglass": "search",
    "house": "house", "person": "user", "person-circle": "circle-user", "person-crop-circle": "circle-user",
    "person-crop-circle-badge-plus": "user-plus", "person-badge-plus": "user-plus",
    "person-crop-circle-badge-checkmark": "user-check",
    "person-checkmark": "user-check", "person-2": "users", "person-3": "users",
    "person-crop-square": "square-user", "person-text-rectangle": "id-card",
    "ellipsis": "ellipsis", "ellipsis-circle": "circle-ellipsis", "ellipsis-bubble": "message-circle-more",
    "ellipsis-vertical": "ellipsis-vertical",
    "square-and-arrow-up": "share", "square-and-arrow-up-on-square": "share",
    "square-and-arrow-down": "download", "square-and-pencil": "square-pen", "pencil-line": "pen-line",
    "square-grid-2x2": "layout-grid", "square-grid-3x3": "grid-3x3", "rectangle-grid-1x2": "layout-list",
    "xmark": "x", "xmark-circle": "circle-x", "checkmark": "check", "checkmark-circle": "circle-check",
    "checkmark-seal": "badge-check", "checkmark-shield": "shield-check", "checkmark-square": "square-check",
    "trash": "trash-2", "paperplane": "send", "cart": "shopping-cart", "cart-badge-plus": "shopping-cart",
    "bag": "shopping-bag", "creditcard": "credit-card", "envelope": "mail", "envelope-open": "mail-open",
    "bubble-left": "message-circle", "bubble-right": "message-circle",
    "bubble-left-and-bubble-right": "messages-square", "text-bubble": "message-square-text",
    "quote-bubble": "message-square-quote", "phone-arrow-up-right": "phone-outgoing",
    "video": "video", "video-slash": "video-off", "camera": "camera", "camera-viewfinder": "scan",
    "photo": "image", "photo-on-rectangle": "images", "photo-stack": "images",
    "bell-badge": "bell-dot", "bell-slash": "bell-off", "mappin": "map-pin", "mappin-and-ellipse": "map-pin",
    "location": "navigation", "location-north": "navigation-2", "globe-americas": "earth",
    "globe-europe-africa": "earth", "lock-open": "lock-open", "eye-slash": "eye-off",
    "info-circle": "info", "questionmark-circle": "circle-question-mark", "questionmark": "circle-question-mark",
    "exclamationmark-triangle": "triangle-alert", "exclamationmark-circle": "circle-alert",
    "exclamationmark-octagon": "octagon-alert",
    "arrow-clockwise": "rotate-cw", "arrow-counterclockwise": "rotate-ccw",
    "arrow-triangle-2-circlepath": "refresh-cw", "arrow-2-circlepath": "refresh-cw",
    "arrow-uturn-backward": "undo-2", "arrow-uturn-left": "undo-2", "arrow-uturn-forward": "redo-2",
    "arrow-uturn-right": "redo-2", "arrowshape-turn-up-left": "reply", "arrowshape-turn-up-right": "forward",
    "arrow-up-right-square": "square-arrow-out-up-right", "arrow-up-arrow-down": "arrow-up-down",
    "rectangle-portrait-and-arrow-right": "log-out", "rectangle-portrait-and-arrow-forward": "log-out",
    "slider-horizontal-3": "sliders-horizontal", "slider-vertical-3": "sliders-vertical",
    "line-3-horizontal": "menu", "line-horizontal-3": "menu", "line-3-horizontal-decrease": "list-filter",
    "line-3-horizontal-decrease-circle": "list-filter", "list-bullet": "list", "list-number": "list-ordered",
    "checklist": "list-checks", "doc": "file", "doc-text": "file-text", "doc-on-doc": "copy",
    "doc-on-clipboard": "clipboard", "folder-badge-plus": "folder-plus", "tray": "inbox",
    "tray-full": "inbox", "tray-and-arrow-down": "inbox", "archivebox": "archive",
    "speaker-wave-2": "volume-2", "speaker-wave-3": "volume-2", "speaker-slash": "volume-x",
    "speaker": "volume", "mic-slash": "mic-off", "music-note": "music", "music-note-list": "list-music",
    "play-rectangle": "square-play", "forward-end": "skip-forward", "backward-end": "skip-back",
    "forward": "fast-forward", "backward": "rewind", "battery-100": "battery-full",
    "battery-25": "battery-low", "bolt": "zap", "bolt-slash": "zap-off", "sun-max": "sun",
    "moon-stars": "moon-star", "cloud-sun": "cloud-sun", "cloud-rain": "cloud-rain", "airplane": "plane",
    "car": "car", "bicycle": "bike", "bus": "bus", "tram": "tram-front", "figure-walk": "footprints",
    "building-2": "building-2", "building-columns": "landmark", "qrcode": "qr-code",
    "qrcode-viewfinder": "scan-qr-code", "barcode-viewfinder": "scan-barcode", "faceid": "scan-face",
    "touchid": "fingerprint-pattern", "hand-thumbsup": "thumbs-up", "hand-thumbsdown": "thumbs-down",
    "hand-raised": "hand", "hand-wave": "hand", "chart-bar": "chart-column", "chart-pie": "chart-pie",
    "chart-line-uptrend-xyaxis": "chart-line", "chart-xyaxis-line": "chart-line",
    "dollarsign-circle": "circle-dollar-sign", "dollarsign": "dollar-sign", "eurosign": "euro",
    "wallet-pass": "wallet", "banknote": "banknote", "giftcard": "gift", "ticket": "ticket",
    "tag": "tag", "headphones": "headphones", "airpods": "headphones", "printer": "printer",
    "scissors": "scissors", "calendar-badge-plus": "calendar-plus", "clock-arrow-circlepath": "history",
    "stopwatch": "timer", "timer": "timer", "alarm": "alarm-clock", "hourglass": "hourglass",
    "keyboard": "keyboard", "command": "command", "delete-left": "delete", "icloud": "cloud",
    "icloud-and-arrow-up": "cloud-upload", "icloud-and-arrow-down": "cloud-download",
    "wifi-slash": "wifi-off", "lightbulb": "lightbulb", "wand-and-stars": "wand-sparkles",
    "cup-and-saucer": "coffee", "fork-knife": "utensils", "bed-double": "bed-double", "tshirt": "shirt",
    "pills": "pill", "cross-case": "briefcase-medical", "heart-text-square": "heart-pulse",
    "waveform-path-ecg": "activity", "pawprint": "paw-print", "gamecontroller": "gamepad-2",
    "desktopcomputer": "monitor", "laptopcomputer": "laptop", "iphone": "smartphone", "ipad": "tablet",
    "applewatch": "watch", "tv": "tv", "power": "power", "link": "link", "paperclip": "paperclip",
    "at": "at-sign", "number": "hash", "textformat": "type", "book": "book-open", "books-vertical": "library",
    "newspaper": "newspaper", "graduationcap": "graduation-cap", "briefcase": "briefcase",
    "storefront": "store", "shippingbox": "package", "cube": "box", "cube-box": "package",
    "square-stack": "layers", "square-stack-3d-up": "layers", "sparkles": "sparkles", "crown": "crown",
    "trophy": "trophy", "medal": "medal", "flag": "flag", "star-leadinghalf-filled": "star-half",
    "shield-lefthalf-filled": "shield-half", "key": "key", "lock-shield": "shield-check",
    "plus-app": "square-plus", "plus-square": "square-plus", "minus-square": "square-minus",
    "map": "map", "safari": "compass", "location-circle": "locate-fixed",
}  # fmt: skip
"""Apple's SF Symbols (dots as hyphens, `.fill` dropped) whose Lucide icon has another name.
`chevron.left`, `plus`, `heart.fill`, `bell.fill`, `star` read as Lucide's already; an
`X.circle` or `X.square` not listed here draws Lucide's `circle-X` or `square-X` where it has
one (see `turned_around`)."""

MATERIAL_NAMES: dict[str, str] = {
    "home": "house", "favorite": "heart", "favorite-border": "heart", "more-vert": "ellipsis-vertical",
    "more-horiz": "ellipsis", "arrow-back": "arrow-left", "arrow-back-ios": "chevron-left",
    "arrow-back-ios-new": "chevron-left", "arrow-forward-ios": "chevron-right", "arrow-upward": "arrow-up",
    "arrow-downward": "arrow-down", "chevron-left": "chevron-left", "close": "x", "add": "plus",
    "add-circle": "circle-plus", "remove-circle": "circle-minus", "check-circle": "circle-check",
    "highlight-off": "circle-x", "edit": "pencil",
    "delete-outline": "trash-2", "delete-forever": "trash-2", "notifications": "bell",
    "notifications-none": "bell", "notifications-active": "bell-ring", "notifications-off": "bell-off",
    "person-outline": "user", "account-circle": "circle-user", "group-add": "user-plus",
    "shopping-cart": "shopping-cart", "add-shopping-cart": "shopping-cart", "shopping-bag": "shopping-bag",
    "local-mall": "shopping-bag", "credit-card": "credit-card", "account-balance-wallet": "wallet",
    "attach-money": "dollar-sign", "receipt-long": "receipt", "camera-alt": "camera",
    "photo-library": "images", "collections": "images", "videocam": "video", "videocam-off": "video-off",
    "mic-off": "mic-off", "volume-off": "volume-x", "volume-mute": "volume-x", "skip-next": "skip-forward",
    "skip-previous": "skip-back", "fast-rewind": "rewind", "queue-music": "list-music",
    "library-music": "list-music", "music-note": "music", "headset": "headphones", "call": "phone",
    "call-end": "phone-off", "chat-bubble-outline": "message-circle", "sms": "message-square",
    "mail-outline": "mail", "alternate-email": "at-sign",
    "content-paste": "clipboard", "content-cut": "scissors", "folder-open": "folder-open",
    "insert-drive-file": "file", "picture-as-pdf": "file-text", "qr-code": "qr-code",
    "qr-code-scanner": "scan-line", "qr-code-2": "qr-code", "translate": "languages", "explore": "compass",
    "near-me": "navigation", "navigation": "navigation", "my-location": "locate-fixed",
    "gps-fixed": "locate-fixed", "directions-car": "car", "directions-bus": "bus",
    "directions-walk": "footprints", "directions-bike": "bike", "flight": "plane", "hotel": "bed",
    "local-cafe": "coffee", "restaurant": "utensils", "local-dining": "utensils",
    "local-grocery-store": "shopping-cart", "fitness-center": "dumbbell", "pets": "paw-print",
    "battery-full": "battery-full", "brightness-high": "sun", "brightness-low": "sun-dim",
    "exit-to-app": "log-out", "power-settings-new": "power", "lock-open": "lock-open",
    "verified-user": "shield-check", "report-problem": "triangle-alert", "error-outline": "circle-alert",
    "info-outline": "info", "help-outline": "circle-question-mark", "star-rate": "star",
    "star-half": "star-half", "grade": "star", "emoji-emotions": "smile", "sentiment-satisfied": "smile",
    "show-chart": "chart-line", "bar-chart": "chart-column", "pie-chart": "chart-pie",
    "trending-flat": "arrow-right", "today": "calendar", "event": "calendar-days",
    "date-range": "calendar-range", "access-time": "clock", "alarm": "alarm-clock", "timer": "timer",
    "history": "history", "bookmark-border": "bookmark", "turned-in": "bookmark",
    "turned-in-not": "bookmark", "lightbulb-outline": "lightbulb", "fingerprint": "fingerprint-pattern",
    "face": "smile", "dark-mode": "moon", "wb-sunny": "sun", "cloud-upload": "cloud-upload",
    "cloud-download": "cloud-download", "file-download": "download", "file-upload": "upload",
    "send": "send", "refresh": "refresh-cw", "sync": "refresh-cw", "autorenew": "refresh-cw",
    "undo": "undo-2", "redo": "redo-2", "reply": "reply", "forward": "forward", "sort": "arrow-up-down",
    "filter-alt": "funnel", "view-module": "layout-grid", "dashboard": "layout-dashboard",
    "menu-open": "menu", "logout": "log-out", "login": "log-in", "badge": "id-card",
    "contact-page": "contact", "contacts": "contact", "school": "graduation-cap",
    "work-outline": "briefcase", "store": "store", "local-offer": "tag", "loyalty": "tag",
    "card-giftcard": "gift", "redeem": "gift", "keyboard-backspace": "arrow-left",
    "backspace": "delete", "wifi-off": "wifi-off", "bluetooth": "bluetooth", "print": "printer",
}  # fmt: skip
"""Android's Material icon names (and Compose's `Icons.Filled.X`, kebab-cased) whose Lucide icon
has another name (`favorite` is Lucide's `heart`, `more_vert` its `ellipsis-vertical`)."""

PLATFORM_NAMES: dict[str, str] = {**MATERIAL_NAMES, **SF_SYMBOLS}
"""Both platforms' names: where they share one (`person`, `forward`), they mean the same drawing."""

_COMPOSE = re.compile(
    r"^icons\.(?:auto-?mirrored\.)?(?:filled|outlined|rounded|sharp|two-?tone|default)\.", re.I
)
_ANDROID_RESOURCE = re.compile(r"^(?:r\.drawable\.|@drawable/)?(?:ic|baseline|outline|round)_", re.I)
_DENSITY = re.compile(r"(?:[_-](?:black|white))?[_-]\d+dp$", re.I)
_MIDDLE_FILL = re.compile(r"\.fill(?=\.)", re.I)


def unwrapped(name: str) -> str:
    """`name` without its platform's wrapping, as written otherwise: Compose's
    `Icons.Filled.Favorite` is `Favorite`, Android's `ic_arrow_back_black_24dp` is `arrow_back`,
    SF Symbols' `person.fill.checkmark` is `person.checkmark` (a fill drawn the same)."""
    bare = _COMPOSE.sub("", name.strip())
    bare = _DENSITY.sub("", _ANDROID_RESOURCE.sub("", bare))
    return _MIDDLE_FILL.sub("", bare)


def turned_around(key: str, names: frozenset[str]) -> str | None:
    """An SF-Symbols-like `X-circle` or `X-square` as Lucide names it, `circle-X` or `square-X`
    (`ellipsis-circle` is `circle-ellipsis`, `play-square` is `square-play`), when Lucide has it."""
    for shape in ("circle", "square"):
        if key.endswith("-" + shape):
            turned = f"{shape}-{key.removesuffix('-' + shape)}"
            if turned in names:
                return turned
    return None
