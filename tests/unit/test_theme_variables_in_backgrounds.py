"""A background that names a theme colour (`var(--primary)`): read as that colour by its own
palette where the theme's value is known (the page's; inside a box of the other tone only the
colours such a box keeps), drawn in the colour it was judged by, and judged by the validator's
contrast checks as that colour (a text colour on it, a band no text reads on at 4.5:1)."""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.local_palette import ISLAND_VARIABLES, OwnPalette, own_palette, surroundings_inside
from kernel.dsl.compiler.theme_variables import Surroundings, with_variables
from kernel.dsl.model import Document
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_document

THEME = {"primary": "#f97316", "primary-solid": "var(--primary)", "surface": "#ffffff", "radius": "8px"}


def test_a_var_of_a_known_variable_is_its_value_and_so_on_down() -> None:
    assert with_variables("var(--primary)", THEME) == "#f97316"
    assert with_variables("var( --primary-solid )", THEME) == "#f97316"
    assert with_variables("var(--primary, rgb(0 0 0)) 0 0/100% 100%", THEME) == "#f97316 0 0/100% 100%"
    assert with_variables("linear-gradient(var(--primary), var(--surface))", THEME) == (
        "linear-gradient(#f97316, #ffffff)"
    )
    # A name the theme does not hold may be the author's own: it stays, a value not judged.
    assert with_variables("var(--brand, #fff)", THEME) == "var(--brand, #fff)"
    assert with_variables("var(--primary)", {}) == "var(--primary)"


def test_a_band_of_var_primary_gets_the_palette_of_the_colour_written_out() -> None:
    named = own_palette({"background": "var(--primary)"}, THEME)
    written = own_palette({"background": "#f97316"})
    assert named.classes == written.classes == ("has-light-bg", "has-mid-bg")
    assert named.variables == written.variables
    assert named.backgrounds == {"background": "#f97316"}  # drawn in the colour it was judged by
    assert own_palette({"background": "var(--primary)"}) == OwnPalette()  # no theme known: not judged


def test_a_box_of_the_other_tone_keeps_only_the_colours_such_a_box_keeps() -> None:
    page = Surroundings(
        MappingProxyType({"primary": "#4f46e5", "surface": "#ffffff", "radius": "8px"}), "light"
    )
    inside = surroundings_inside(OwnPalette(("has-dark-bg",)), page)
    assert inside.tone == "dark" and dict(inside.variables) == {"primary": "#4f46e5", "radius": "8px"}
    assert {"surface", "background", "foreground", "muted"} <= ISLAND_VARIABLES
    assert (
        surroundings_inside(OwnPalette(("has-light-bg", "has-mid-bg")), page) is page
    )  # no flip on a light page
    back = surroundings_inside(OwnPalette(("has-light-bg",)), inside)
    assert back.tone == "light" and "surface" not in back.variables  # an island's own surface is not known


def styles(html: str) -> dict[str, str]:
    """Each element's class list -> its style, for the elements with a data-path."""
    return dict(re.findall(r'class="([^"]*)" style="([^"]*)" data-path', html))


def test_a_page_draws_var_backgrounds_in_the_palette_of_their_colour() -> None:
    document = Document.model_validate(
        {
            "theme": {"primary": "#4f46e5"},
            "elements": [
                {"type": "column", "style": {"background": "var(--primary)"}, "children": [{"type": "text", "text": "a"}]},
                {"type": "column", "style": {"background": "var(--foreground)"},
                 "children": [{"type": "card", "style": {"background": "var(--surface)"}, "text": "b"}]},
                {"type": "container", "style": {"background": "var(--muted)"}, "children": [{"type": "text", "text": "c"}]},
            ],
        }
    )  # fmt: skip
    drawn = styles(compile_html(document, Viewport(800, 600, 1)))
    indigo = next(style for classes, style in drawn.items() if "dsl-column" in classes and "#4f46e5" in style)
    assert "background:#4f46e5" in indigo
    inverted = next(classes for classes, style in drawn.items() if "background:#18181b" in style)
    assert "has-dark-bg" in inverted
    card = next(classes for classes in drawn if "dsl-card" in classes)
    assert "has-" not in card  # var(--surface) in a dark band is the band's own surface: not judged
    muted = next(classes for classes, style in drawn.items() if "dsl-container" in classes)
    assert "has-muted-bg" in muted and "background:#f4f4f5" in drawn[muted]
    assert "has-dark-bg" in next(classes for classes, style in drawn.items() if style == indigo)


def band(primary: str, *children: dict[str, Any], background: str = "var(--primary)") -> dict[str, Any]:
    return {"theme": {"primary": primary},
            "elements": [{"type": "column", "style": {"background": background}, "children": list(children)}]}  # fmt: skip


def test_a_text_colour_on_a_band_of_var_primary_is_judged_on_that_colour() -> None:
    result = validate_document(
        band("#facc15", {"type": "paragraph", "text": "Hi", "style": {"color": "#ffffff"}})
    )
    (warning,) = result.warnings
    assert (warning.path, warning.code) == ("/elements/0/children/0/style/color", "low_contrast")
    assert "1.5:1 on a parent's background var(--primary) (#facc15)" in warning.message
    same = validate_document(
        band("#facc15", {"type": "text", "text": "Hi", "style": {"color": "var(--primary)"}})
    )
    assert [w.message[:55] for w in same.warnings] == [
        "the text colour var(--primary) (#facc15) has a contrast"
    ]


def test_a_band_on_which_no_text_colour_reads_at_4_5_to_1_warns() -> None:
    """Indigo-500 leaves white text at 4.3:1 and its paragraphs, translucent, under 4."""
    result = validate_document(band("#6366f1", {"type": "paragraph", "text": "Set up in 5 minutes."}))
    (warning,) = result.warnings
    assert (warning.path, warning.code) == ("/elements/0/style/background", "low_contrast")
    assert warning.message.startswith(
        "text on the background var(--primary) (#6366f1) reads at 4.3:1 at best"
    )
    written = validate_document(band("#000000", {"type": "text", "text": "Hi"}, background="#6366f1"))
    assert [w.path for w in written.warnings] == ["/elements/0/style/background"]


@pytest.mark.parametrize("primary", ["#f97316", "#4f46e5", "#facc15"])
def test_a_band_whose_text_reads_says_nothing(primary: str) -> None:
    result = validate_document(band(primary, {"type": "paragraph", "text": "Set up in 5 minutes."}))
    assert result.warnings == []


def test_inside_a_band_of_the_other_tone_its_own_surface_is_not_judged_as_the_pages() -> None:
    """In a dark band, `var(--surface)` is the band's dark surface: white text on it is fine."""
    inner = {"type": "column", "style": {"background": "var(--surface)"},
             "children": [{"type": "text", "text": "Hi", "style": {"color": "#ffffff"}}]}  # fmt: skip
    result = validate_document(band("#4f46e5", inner, background="var(--foreground)"))
    assert result.warnings == []


def test_a_theme_colour_the_documents_css_declares_itself_is_not_judged() -> None:
    """`:root{--primary: ...}` in css makes the colour the author's: it is left to Chromium, and
    the band is not pinned to the theme's value."""
    document = {**band("#6366f1", {"type": "text", "text": "Hi"}), "css": ":root{--primary:#111827}"}
    assert validate_document(document).warnings == []
    html = compile_html(Document.model_validate(document), Viewport(800, 600, 1))
    column = next(style for classes, style in styles(html).items() if "dsl-column" in classes)
    assert column.endswith(";background:var(--primary)") and "has-" not in next(
        c for c in styles(html) if "dsl-column" in c
    )
