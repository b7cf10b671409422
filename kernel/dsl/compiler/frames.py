"""The markup and CSS of device frames: a browser window or a phone around the screen's root.

The geometry (how much room each frame takes) is `kernel.dsl.frames`; the viewport already
includes it. A frame wraps the page's `<main>` and takes none of its room, so the document lays
out exactly as it would unframed.
"""

from __future__ import annotations

from dataclasses import dataclass

from kernel.dsl.compiler.html import esc
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.local_palette import background_tone
from kernel.dsl.compiler.theme import DARK, LIGHT
from kernel.dsl.frames import (
    BROWSER_BAR,
    PHONE_BEZEL,
    PHONE_HOME_BAR,
    PHONE_MARGIN,
    PHONE_STATUS_BAR,
    FrameChoice,
)

BROWSER_CSS = (
    # As wide as the screen, not the page, and on its left in either direction: a panel of
    # notes beside it must not cover the bar.
    ".dsl-frame--browser{width:max-content;margin-right:auto}"
    f".dsl-frame-bar{{box-sizing:border-box;height:{BROWSER_BAR}px;display:flex;align-items:center;gap:16px;"
    'padding:0 16px;background:#eef0f3;border-bottom:1px solid #d9dce1;font:13px/1 "Noto Sans",sans-serif}'
    ".dsl-frame-dots{display:flex;gap:8px;flex:none}"
    ".dsl-frame-dots i{width:12px;height:12px;border-radius:50%;background:#ff5f57}"
    ".dsl-frame-dots i+i{background:#febc2e}.dsl-frame-dots i+i+i{background:#28c840}"
    # A spacer as wide as the dots on the right centres the address in the bar; it never
    # slides over the dots, however narrow the window.
    ".dsl-frame-bar::after{content:'';flex:none;width:52px}"
    ".dsl-frame-address{flex:0 1 560px;margin:0 auto;height:28px;display:flex;"
    "align-items:center;justify-content:center;gap:6px;padding:0 12px;border-radius:8px;background:#fff;"
    "color:#52525b;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;min-width:0}"
    ".dsl-frame-address svg{flex:none;color:#71717a}"
    "[data-theme=dark] .dsl-frame-bar{background:#1c1c20;border-bottom-color:#2e2e34}"
    "[data-theme=dark] .dsl-frame-address{background:#2a2a30;color:#a1a1aa}"
)
PHONE_CSS = (
    f"body{{background:#e4e7ec}}[data-theme=dark] body{{background:#202024}}"
    f".dsl-frame--phone{{padding:{PHONE_MARGIN}px;width:max-content;margin-right:auto}}"
    f".dsl-frame-device{{border:{PHONE_BEZEL}px solid #111114;border-radius:{44 + PHONE_BEZEL}px;overflow:hidden;"
    "background:var(--background);box-shadow:0 24px 48px -12px rgba(15,23,42,.35),0 0 0 1px #2b2b30}"
    f".dsl-frame-status{{position:relative;box-sizing:border-box;height:{PHONE_STATUS_BAR}px;display:flex;"
    "align-items:center;justify-content:space-between;padding:0 30px 0 34px;"
    "color:var(--frame-ink,var(--foreground));"
    'font:600 15px/1 "Noto Sans",sans-serif}'
    ".dsl-frame-island{position:absolute;left:50%;top:8px;width:108px;height:30px;margin-left:-54px;"
    "border-radius:15px;background:#000}"
    ".dsl-frame-icons{display:flex;align-items:center;gap:5px}"
    f".dsl-frame-home{{height:{PHONE_HOME_BAR}px;display:flex;align-items:center;justify-content:center}}"
    ".dsl-frame-home i{width:134px;height:5px;border-radius:3px;background:var(--frame-ink,var(--foreground));"
    "opacity:.85}"
    # A document background of the other tone than the theme's (a dark screen on the light
    # theme): the bar and the indicator take the other palette's text colour, to read on it.
    f"[data-theme=light] .is-dark-screen{{--frame-ink:{DARK['foreground']}}}"
    f"[data-theme=dark] .is-light-screen{{--frame-ink:{LIGHT['foreground']}}}"
)


@dataclass(frozen=True)
class FrameShell:
    """What a frame puts before and after the page's `<main>`, its CSS, and the selector the
    document's `background` belongs to (the screen, not the backdrop)."""

    before: str = ""
    after: str = ""
    css: str = ""
    background_selector: str = "body"


def frame_shell(frame: FrameChoice, *, title: str | None, background: str | None = None) -> FrameShell:
    """The shell of `frame`; no frame is an empty shell. `background` is the document's own
    (None when it has none, or it was dropped with its theme): a phone's status bar and home
    indicator take the text colour that reads on it (they took the theme's: dark on a dark
    screen, white on a white one)."""
    if frame.type == "browser":
        address = frame.url if frame.url else (title or "")
        lock = icon_svg("lock", 12) if address else ""
        bar = (
            '<div class="dsl-frame-bar" aria-hidden="true"><span class="dsl-frame-dots"><i></i><i></i><i></i>'
            f'</span><span class="dsl-frame-address">{lock}{esc(address)}</span></div>'
        )
        return FrameShell(f'<div class="dsl-frame dsl-frame--browser">{bar}', "</div>", BROWSER_CSS)
    if frame.type == "phone":
        icons = "".join(icon_svg(name, 16, stroke_width=2.5) for name in ("signal", "wifi", "battery-full"))
        status = (
            '<div class="dsl-frame-status" aria-hidden="true"><span>9:41</span>'
            f'<span class="dsl-frame-island"></span><span class="dsl-frame-icons">{icons}</span></div>'
        )
        home = '<div class="dsl-frame-home" aria-hidden="true"><i></i></div>'
        tone = background_tone(background)
        screen = f" is-{tone}-screen" if tone else ""
        return FrameShell(
            f'<div class="dsl-frame dsl-frame--phone"><div class="dsl-frame-device{screen}">{status}',
            f"{home}</div></div>",
            PHONE_CSS,
            ".dsl-frame-device",
        )
    return FrameShell()
