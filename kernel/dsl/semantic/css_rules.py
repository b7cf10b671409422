"""Warnings for document `css` that silently does something else than meant: custom properties
that replace the theme's own, selectors of states a picture never draws, ids a selector can not
name; and for ids two elements share."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from kernel.dsl.style_rules import StyleProblem, normalize_css

_ASSIGNED = re.compile(r"(?<![\w-])--([a-z0-9_-]+)\s*:\s*([^;{}]*)")
_STATE = re.compile(r":(hover|focus-within|focus-visible|focus|active)\b")
_SELECTOR_BEFORE_BLOCK = re.compile(r"(?:^|[{};])([^{};@]*)\{")
"""What stands before a `{` (its selector, stripped by `_selectors`): no lazy match between
white space, which read a long run of blank lines once for each of its characters."""
_DIGIT_ID = re.compile(r"#(\d[\w-]*)")
_COMMENT = re.compile(r"/\*.*?(\*/|$)", re.DOTALL)

Path = tuple[str | int, ...]


_COLOUR = re.compile(
    r"\s*(#[0-9a-f]{3,8}|(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(.*\)|[a-z]+)\s*(!important)?\s*", re.I
)
"""A value that reads as a CSS colour on its own (a hex, a colour function, a name), as against
shadcn's bare channels (`222.2 47.4% 11.2%`) meant for an hsl() of its own."""


def theme_variable_warnings(css: str, theme: Mapping[str, str]) -> list[StyleProblem]:
    """A warning when `css` sets custom properties the theme itself uses (`--primary`, `--gap`,
    `--radius`, as shadcn's globals.css does): every built-in element reads them, so a primary
    button turns white on white or every gap grows. `theme`: the theme's variables (name without
    `--` -> its value). A colour of the theme given another colour (`:root{--primary:#111827}`)
    is the documented way to re-theme, and is not warned of."""
    names = sorted(
        {
            name
            for name, value in _ASSIGNED.findall(normalize_css(css))
            if name in theme and not (_COLOUR.fullmatch(theme[name]) and _COLOUR.fullmatch(value))
        }
    )
    if not names:
        return []
    shown = ", ".join(f"--{name}" for name in names[:8]) + (", ..." if len(names) > 8 else "")
    return [
        StyleProblem(
            "theme_variable_in_css",
            f"css sets {shown}, which the theme itself uses: every built-in element that reads "
            f"{'it' if len(names) == 1 else 'them'} changes too (buttons, fields, gaps)",
            "to change the theme, give its tokens in `theme` (theme: {primary: '#0f172a', radius: 8}); "
            f"for values of your own, use another name (--app-{names[0]})",
        )
    ]


def state_selector_warnings(css: str) -> list[StyleProblem]:
    """A note for each rule of a state (`:hover`, `:focus`, `:active`): a picture draws one."""
    selectors = [
        selector for selector in _selectors(normalize_css(css)) if _STATE.search(selector) is not None
    ]
    if not selectors:
        return []
    shown = "', '".join(selectors[:4]) + ("', ..." if len(selectors) > 4 else "'")
    return [
        StyleProblem(
            "css_state_not_drawn",
            f"a picture draws one state, so the rules of '{shown} (:hover, :focus, :active) in css are never drawn",
            "put the look you want to show in a rule without the state, or in the element's style",
        )
    ]


def digit_id_warnings(css: str) -> list[StyleProblem]:
    """A warning for `#2fa-code` in a selector: an id that starts with a digit makes the whole
    selector invalid CSS, so Chromium drops the rule."""
    # Read undecoded: the escaped form that works (`#\\32 fa-code`) must not warn.
    bare = _COMMENT.sub("", css).lower()
    found = sorted({name for selector in _selectors(bare) for name in _DIGIT_ID.findall(selector)})
    return [
        StyleProblem(
            "invalid_css_selector",
            f"'#{name}' in css is no valid selector (an id there can not start with a digit): "
            "Chromium drops the whole rule",
            f"write [id='{name}'] or '#\\3{name[0]} {name[1:]}', or give the element an id that starts with a letter",
        )
        for name in found
    ]


def duplicate_ids(elements: Any, path: Path = ("elements",)) -> Iterator[tuple[Path, str]]:
    """(path, id) of each element whose id an element before it already has, at any depth."""
    seen: set[str] = set()
    for where, element in _walk(elements, path):
        own = element.get("id")
        if isinstance(own, str):
            if own in seen:
                yield where, own
            seen.add(own)


def _walk(elements: Any, path: Path) -> Iterator[tuple[Path, Mapping[str, Any]]]:
    """Every element of `elements` (a list) and of their `children`, in document order."""
    if not isinstance(elements, list):
        return
    for index, element in enumerate(elements):
        if isinstance(element, Mapping):
            yield (*path, index), element
            yield from _walk(element.get("children"), (*path, index, "children"))


def _selectors(text: str) -> list[str]:
    """The selectors before each `{` of normalized CSS, each stripped (no at-rule's prelude,
    no keyframe's `50%`, `from` or `to`)."""
    selectors = (written.strip() for written in _SELECTOR_BEFORE_BLOCK.findall(text))
    return [
        selector
        for selector in selectors
        if selector and not selector[0].isdigit() and selector not in ("from", "to")
    ]
