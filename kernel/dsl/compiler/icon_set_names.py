"""Material Symbols' and Font Awesome's names for shapes Lucide draws under other names."""

from __future__ import annotations

ICON_SET_NAMES: dict[str, str] = {
    # fire and streaks (Material's whatshot and local_fire_department, Font Awesome's fire)
    "fire": "flame", "fire-alt": "flame", "fire-flame-curved": "flame", "fire-flame-simple": "flame",
    "local-fire-department": "flame", "whatshot": "flame", "streak": "flame",
    # prizes and achievements
    "emoji-events": "trophy", "military-tech": "medal", "workspace-premium": "award", "certificate": "award",
    "leaderboard": "podium", "celebration": "party-popper", "sports-score": "flag", "flag-checkered": "flag",
    # learning
    "menu-book": "book-open", "auto-stories": "book-open", "library-books": "library",
    "local-library": "library", "quiz": "file-question-mark", "help-center": "circle-question-mark",
    "circle-question": "circle-question-mark", "user-graduate": "graduation-cap", "graduation": "graduation-cap",
    "history-edu": "scroll-text", "assignment": "clipboard-list", "psychology": "brain",
    "psychology-alt": "brain", "emoji-objects": "lightbulb", "tips-and-updates": "lightbulb",
    # energy and speed (Lucide's `bolt` is a nut: see FONT_AWESOME_NAMES)
    "flash-on": "zap", "offline-bolt": "zap", "electric-bolt": "zap", "speed": "gauge", "gauge-high": "gauge",
    # commerce, logistics, support
    "inventory-2": "package", "support-agent": "headset", "headset-mic": "headset", "cart-shopping": "shopping-cart",
    "category": "shapes",
    # status and time
    "task-alt": "circle-check", "pending": "circle-ellipsis", "hourglass-empty": "hourglass",
    "hourglass-top": "hourglass", "hourglass-bottom": "hourglass", "hourglass-half": "hourglass",
    "calendar-month": "calendar-days", "event-available": "calendar-check",
    "circle-info": "info", "circle-exclamation": "circle-alert", "triangle-exclamation": "triangle-alert",
    # people and talk
    "groups": "users", "user-group": "users", "people-group": "users", "manage-accounts": "user-cog",
    "how-to-reg": "user-check", "mood": "smile", "comments": "messages-square",
    "comment-dots": "message-circle-more", "paper-plane": "send",
    # Font Awesome 6's names for everyday actions
    "magnifying-glass": "search", "right-from-bracket": "log-out", "arrow-right-from-bracket": "log-out",
    "right-to-bracket": "log-in", "arrow-right-to-bracket": "log-in", "pen-to-square": "square-pen",
    "trash-can": "trash-2", "share-nodes": "share-2", "location-dot": "map-pin", "file-lines": "file-text",
    "floppy-disk": "save", "bars": "menu",
}  # fmt: skip
"""Names Material Symbols and Font Awesome give shapes Lucide draws under another name (a streak's
`local_fire_department` and `fa-fire` are Lucide's `flame`, a prize's `emoji_events` its `trophy`),
each the Lucide icon that means the same: an agent's LMS or shop screen names these often, and
the closest spelling suggested another thing (`fire` -> `file`, `emoji_events` -> a smiley)."""

FONT_AWESOME_NAMES: dict[str, str] = {"bolt": "zap", "bolt-lightning": "zap"}
"""Font Awesome names that Lucide has for another shape: Font Awesome's `bolt` is a lightning
bolt, Lucide's a nut. Read so only when the name carries Font Awesome's prefix (`fa-bolt`,
`fas fa-bolt`); a bare `bolt` is Lucide's."""

FONT_AWESOME_PREFIXES = ("fa-", "fas-", "far-", "fa-solid-", "fa-regular-")
"""How a Font Awesome name starts once kebab-cased (`fa-bolt`, `fas fa-bolt`, `fa-solid fa-bolt`)."""
