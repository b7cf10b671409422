"""Checks of the document's own fields: version, lang, frame, background (its theme: `theme`); no elements at all."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kernel.dsl.band_tones import bands_of_the_documents_tone
from kernel.dsl.compiler.local_palette import ground_of, page_ground, shown_colours
from kernel.dsl.compiler.page import text_direction
from kernel.dsl.compiler.sanitize import sanitize_value
from kernel.dsl.hints.document import document_field_hint
from kernel.dsl.hints.languages import is_language, language_tag_hint
from kernel.dsl.hints.nesting import holds_document
from kernel.dsl.model.document import LANGUAGE_TAG
from kernel.dsl.model.theme import BASE_NAMES
from kernel.dsl.number_text import shown_number
from kernel.dsl.semantic.colours import check_color
from kernel.dsl.semantic.findings import Findings, Key, shown_value
from kernel.dsl.semantic.language_codes import check_deprecated_code
from kernel.dsl.semantic.languages import (
    contradicts,
    country_code_hint,
    mismatched_lang_message,
    missing_lang_hint,
    missing_lang_message,
    rarely_meant,
    script_language,
)
from kernel.dsl.semantic.page import chosen_theme, draws_dark
from kernel.dsl.semantic.theme import DOCUMENT_THEME, check_theme_values
from kernel.dsl.style_rules import fetched_url_warning, unsafe_css_reason

_VERSION_ONE = re.compile(r"v?1(?:\.0)*")
"""How version 1 is written: 1, "1", "1.0", "v1"."""


def check_document_fields(data: Mapping[str, Any], findings: Findings) -> None:
    """Document fields the schema takes that say something untrue: a DSL version that does not
    exist, a language code that names no language, a phone frame's address (only a browser
    frame has an address bar), a browser frame's `style` (only a window frame has a look)."""
    version = data.get("version")
    if isinstance(version, str | int | float) and not isinstance(version, bool):
        written = f"{shown_number(version)}" if isinstance(version, int | float) else version.strip()
        if not _VERSION_ONE.fullmatch(written.lower()):
            findings.warn(
                ("version",),
                f"there is no DSL version '{shown_value(written)}': the document is read as version 1",
                "invalid_value",
                "write version: 1 (the only version), or leave it out",
            )
    _check_lang(data, findings)
    frame = data.get("frame")
    if (
        isinstance(frame, Mapping)
        and frame.get("url") not in (None, "")
        and frame.get("type") in ("window", "phone", "tablet", "none")
    ):
        drawn = (
            f"a {frame['type']} frame has no address bar" if frame["type"] != "none" else "no frame is drawn"
        )
        if frame["type"] == "window":
            drawn += " (its title bar shows the document's title)"
        findings.warn(
            ("frame", "url"),
            f"{drawn}, so 'url' is not drawn",
            "field_ignored",
            "a browser frame shows it: frame: {type: browser, url: ...}; or remove it",
        )
    if (
        isinstance(frame, Mapping)
        and frame.get("style") is not None
        and frame.get("type", "browser") != "window"
    ):
        findings.warn(
            ("frame", "style"),
            f"a {frame.get('type', 'browser')} frame has no look to pick, so 'style' is not drawn",
            "field_ignored",
            "a window frame takes it: frame: {type: window, style: mac} (or windows); or remove it",
        )


def _check_lang(data: Mapping[str, Any], findings: Findings) -> None:
    """A `lang` that names no language (a country's code, `jp`, says which language it meant),
    one that names a language rarely meant (`kr`, Kanuri, for Korean), one the texts' script
    contradicts (`en` on an all-Arabic document), or none where the texts' script names their
    language (Arabic, kana, hangul...: see `script_language`)."""
    lang = data.get("lang")
    if isinstance(lang, str) and re.fullmatch(LANGUAGE_TAG, lang):
        check_deprecated_code(lang, findings)
    if isinstance(lang, str) and re.fullmatch(LANGUAGE_TAG, lang) and not is_language(lang):
        findings.warn(
            ("lang",),
            f"'{lang}' is not a language: the words drawn by default (a select's placeholder, "
            "a pagination's Previous) are English and no language's hyphenation applies",
            "invalid_value",
            country_code_hint(lang) or language_tag_hint(lang),
        )
    elif isinstance(lang, str) and (rare := rarely_meant(lang)) is not None:
        findings.warn(
            ("lang",),
            f"'{lang}' names {rare.language}, which is rarely the language meant",
            "unlikely_lang",
            f"did you mean '{rare.meant}'? ('{rare.code}' is also the country code of {rare.country}); "
            f"keep '{lang}' for {rare.language}",
        )
    elif (
        isinstance(lang, str)
        and re.fullmatch(LANGUAGE_TAG, lang)
        and (guess := script_language(data)) is not None
        and contradicts(lang, guess)
    ):
        findings.warn(
            ("lang",),
            mismatched_lang_message(lang, guess, page_rtl=text_direction(lang, _written_dir(data)) == "rtl"),
            "lang_mismatch",
            f"lang: {guess.tag}" + (f", or {guess.others}" if guess.others else ""),
        )
    elif lang is None and (guess := script_language(data)) is not None:
        findings.warn(
            ("lang",),
            missing_lang_message(guess, rtl_set=_written_dir(data) == "rtl"),
            "missing_lang",
            missing_lang_hint(guess),
        )


EMPTY_DOCUMENT_HINT = (
    'add what the screen shows: elements: [{type: heading, text: "Welcome"}, '
    '{type: paragraph, text: "..."}, {type: button, label: "Get started"}]'
)


def _written_dir(data: Mapping[str, Any]) -> str | None:
    """The document's `dir` (`ltr`, `rtl`) as the model reads it, or None."""
    written = data.get("dir")
    return written.lower() if isinstance(written, str) and written.lower() in ("ltr", "rtl") else None


def check_empty(data: Mapping[str, Any], findings: Findings) -> None:
    """A document without elements draws a blank canvas: say so, unless its elements are under
    another name (`components`) or the whole document under a key (`document: {elements: ...}`),
    which the schema pass reports."""
    elements = data.get("elements")
    if elements not in (None, []):
        return
    if any(document_field_hint(str(key)) == "did you mean 'elements'?" for key in data):
        return
    if any(holds_document(value) for value in data.values()):  # a document one level too deep
        return
    where: tuple[Key, ...] = ("elements",) if "elements" in data else ()
    message = "the document has no elements: a blank canvas is drawn"
    findings.warn(where, message, "empty_document", EMPTY_DOCUMENT_HINT)


def check_css_values(data: Mapping[str, Any], findings: Findings) -> None:
    """The page `background` and theme tokens become CSS too: the same url()/@import rules apply.

    The compiler neutralizes them anyway; rejecting here tells the author why nothing showed.
    """
    path: tuple[Key, ...] = ("background",)
    value = data.get("background")
    reason = unsafe_css_reason(value, urls_dropped=True) if isinstance(value, str) else None
    if reason is not None:
        findings.error(path, reason, "unsafe_css")
    else:
        # Like a style value's: a url() of a picture to fetch is left out, the rest is drawn.
        fetched = fetched_url_warning("background", value)
        if fetched is not None:
            findings.warn(path, fetched.message, fetched.code, fetched.suggestion)
        else:
            check_color(value, path, findings, images=True)
    check_theme_values(data.get("theme"), DOCUMENT_THEME, findings)


def check_background_tone(data: Mapping[str, Any], override: Any, findings: Findings) -> None:
    """A document whose theme says dark (or light) and whose own `background` is of the other
    tone is drawn in that tone's palette (a dark theme's page copied from an example's light
    `#f8fafc` came out light): say which palette is drawn and how to get the theme's. Only a
    background plain or every stop of whose gradient is of the other tone, and only when it is
    drawn: a caller's theme of the other tone drops it (the compiler's `own_background`)."""
    theme, background = data.get("theme"), data.get("background")
    base = _written_base(theme)
    if base is None or not isinstance(background, str) or not background.strip():
        return
    if override is not None and (_written_base(chosen_theme(theme, override)) or "light") != base:
        return
    other = "light" if base == "dark" else "dark"
    if _background_tones(background) != {other}:
        return
    cards = "dark text, light cards" if other == "light" else "light text, dark cards"
    example = "#f8fafc" if base == "light" else "#0f172a"
    findings.warn(
        ("background",),
        f"the background '{shown_value(background)}' is {other}, so the page is drawn in the {other} "
        f"palette ({cards}), not the {base} theme's",
        "background_tone",
        f"for a {base} page remove 'background' (the {base} theme's own is drawn) or pick a {base} one "
        f"such as '{example}'; for a {other} page write the theme's base as {other}",
    )


def check_bands_of_the_dropped_tone(data: Mapping[str, Any], override: Any, findings: Findings) -> None:
    """A caller's theme of the other tone than the document's (`--theme dark` over a light
    document) drops the document's `background`, but not the backgrounds its boxes' styles write:
    say which boxes stay of the document's tone (`band_tones`)."""
    if override is None:
        return
    written = data.get("theme")
    if draws_dark(written) == draws_dark(chosen_theme(written, override)):
        return
    band = bands_of_the_documents_tone(data.get("elements"), "dark" if draws_dark(written) else "light")
    if band is not None:
        findings.warnings.append(band)


def _written_base(theme: Any) -> str | None:
    """The palette a theme names, `light` or `dark` (`theme: dark`, `{base: dark}`), or None when
    it names none (tokens without a base are drawn light, but no tone was chosen)."""
    if hasattr(theme, "model_dump"):
        theme = theme.model_dump(exclude_none=True)
    base = theme.get("base") if isinstance(theme, Mapping) else theme
    word = base.strip().lower() if isinstance(base, str) else None
    word = "light" if word == "wireframe" else word  # the light palette in greyscale
    return word if word in BASE_NAMES else None


def _background_tones(background: str) -> set[str]:
    """The tone of each colour a document `background` shows (a plain colour's, each of a
    gradient's stops') as the compiler's page palette judges a ground; empty when it cannot be
    judged (an image, a translucent colour)."""
    value = sanitize_value(background)
    ground = page_ground(background)
    shown = shown_colours({"background": value}) if value and ground else None
    if ground is None or not shown:
        return set()
    return {ground.tone} | {ground_of([colour[:3]]).tone for colour in shown}
