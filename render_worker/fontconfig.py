"""The fontconfig setup Chromium is launched with: the system's fonts and rules, never the user's.

Chromium draws text as fontconfig says: a `~/.config/fontconfig/fonts.conf` with antialiasing off
or full hinting (or fonts of its own in `~/.fonts`) changed every image rendered from that account
(2,348 px of a card drawn aliased). The browser is launched with FONTCONFIG_FILE naming a file
written here: the system font folders, the project's pinned settings, and the system's own rules
(/etc/fonts/conf.d) except the one that reads the user's (50-user.conf).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from xml.sax.saxutils import escape

SYSTEM_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts")
SYSTEM_RULES = Path("/etc/fonts/conf.d")
USER_RULES = frozenset({"50-user.conf"})
"""The system rule that includes ~/.config/fontconfig (and ~/.fonts.conf): left out."""

PINNED = """\
  <!-- dsl2png's pinned settings: antialiased, slight hinting. Set on the pattern before the
       system's rules, which only append theirs after (10-hinting-*.conf), so these are read
       first; at the font, they overrode what a font's own rules say (the colour emoji's). -->
  <match target="pattern">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintslight</const></edit>
  </match>
"""


def fontconfig_text(rules: Path = SYSTEM_RULES) -> str:
    """The fonts.conf Chromium reads: system folders, PINNED, the system's rules (not the user's)."""
    includes = sorted(p for p in rules.glob("*.conf") if p.name not in USER_RULES) if rules.is_dir() else []
    lines = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
        "<fontconfig>",
        *(f"  <dir>{escape(folder)}</dir>" for folder in SYSTEM_FONT_DIRS),
        PINNED.rstrip("\n"),
        *(f'  <include ignore_missing="yes">{escape(str(path))}</include>' for path in includes),
        "  <cachedir>/var/cache/fontconfig</cachedir>",
        '  <cachedir prefix="xdg">fontconfig</cachedir>',  # a cache only: checked against each folder's time
        "</fontconfig>",
        "",
    ]
    return "\n".join(lines)


def fontconfig_file() -> Path:
    """The fonts.conf for Chromium, written (once per content) into a folder of this user's."""
    text = fontconfig_text()
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / f"dsl2png-fontconfig-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / f"fonts-{digest}.conf"
    if not path.exists():
        partial = folder / f".{digest}.{os.getpid()}.tmp"
        partial.write_text(text)
        partial.replace(path)  # whole or absent, for another process reading it meanwhile
    return path


BROWSER_VARIABLES = frozenset(
    {"HOME", "PATH", "TMPDIR", "LANG", "LANGUAGE", "TZ", "USER", "LOGNAME", "CHROME_DEVEL_SANDBOX"}
)
"""The variables of this process Chromium is given, beside LC_* and XDG_* (its locale, where it
keeps its profile, caches and runtime files): the service's own (DATABASE_URL, DSL2PNG_*, a
cloud's keys) are none of its business."""
BROWSER_VARIABLE_PREFIXES = ("LC_", "XDG_")


def browser_env(environ: Mapping[str, str] | None = None) -> dict[str, str | float | bool]:
    """The environment to launch Chromium with: only what it needs of this process's (see
    BROWSER_VARIABLES), and FONTCONFIG_FILE set to `fontconfig_file()` (no FONTCONFIG_PATH,
    which could point it elsewhere)."""
    env: dict[str, str | float | bool] = {
        name: value
        for name, value in (environ if environ is not None else os.environ).items()
        if name in BROWSER_VARIABLES or name.startswith(BROWSER_VARIABLE_PREFIXES)
    }
    env["FONTCONFIG_FILE"] = str(fontconfig_file())
    return env
