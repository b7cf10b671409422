"""prepare_render / plan_render: the cache key that decides whether a document renders again."""

from __future__ import annotations

import pytest

from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.compiler.registry import RENDERERS
from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import plan_render, prepare_render, warm_up
from kernel.errors import CompileError, InvalidDocumentError

DOCUMENT = {"width": 400, "height": 300, "elements": [{"type": "button", "text": "Go"}]}


def test_same_document_and_options_give_the_same_key() -> None:
    yaml_source = "width: 400\nheight: 300\nelements:\n  - type: button\n    text: Go\n"
    assert plan_render(DOCUMENT).cache_key == plan_render(yaml_source).cache_key


def test_a_different_text_option_or_scale_gives_another_key() -> None:
    base = plan_render(DOCUMENT).cache_key
    other_text = {**DOCUMENT, "elements": [{"type": "button", "text": "Stop"}]}
    assert plan_render(other_text).cache_key != base
    assert plan_render(DOCUMENT, RenderOptions(format="jpeg")).cache_key != base
    assert plan_render(DOCUMENT, RenderOptions(scale=2)).cache_key != base


def test_a_key_already_computed_is_kept_and_changes_nothing_else() -> None:
    computed = prepare_render(DOCUMENT)
    given = prepare_render(DOCUMENT, cache_key=computed.cache_key)
    assert given.cache_key == computed.cache_key
    assert given.html == computed.html and given.viewport == computed.viewport
    assert prepare_render(DOCUMENT, cache_key="from-the-event").cache_key == "from-the-event"


def test_an_accepted_document_compiles_the_same_without_the_semantic_pass() -> None:
    # Low-contrast text is a semantic warning: the requester heard it when the request was recorded.
    document = {
        "width": 400,
        "height": 300,
        "elements": [{"type": "text", "text": "Faint", "style": {"color": "#fafafa"}}],
    }
    full = prepare_render(document)
    accepted = prepare_render(document, cache_key=full.cache_key, accepted=True)
    assert [warning.code for warning in full.warnings] == ["low_contrast"]
    assert accepted.warnings == []
    assert accepted.html == full.html and accepted.viewport == full.viewport


@pytest.mark.parametrize(
    "broken",
    [{"elements": [{"type": "buton"}]}, {"width": 8000, "height": 8000, "elements": []}],
    ids=["unknown type", "canvas past the pixel limit"],
)
def test_an_accepted_document_still_needs_a_model_and_the_canvas_limits(broken: dict) -> None:
    with pytest.raises(InvalidDocumentError) as raised:
        prepare_render(broken, accepted=True)
    assert raised.value.issues


def test_the_warm_up_compiles_one_element_of_every_type() -> None:
    # A type that came to need a field would make it compile nothing, and every service's
    # first render slow again: this says so first.
    assert warm_up() == len(ELEMENT_TYPES)


def test_a_crash_while_compiling_is_a_compile_error_that_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected exception on the way (a calendar's renderer raised KeyError: 31 on an
    impossible date) is a CompileError, the one kind every caller tells apart from an invalid
    document and from a fault worth retrying; its message names the exception and where it came
    from. The renderer is broken on purpose: no document crashes the compiler once that is fixed."""

    def render_calendar(element: object, ctx: object) -> str:
        raise KeyError(31)

    monkeypatch.setitem(RENDERERS, "calendar", render_calendar)
    with pytest.raises(CompileError) as raised:
        prepare_render({"elements": [{"type": "calendar"}]})
    assert raised.value.code == "compile_error" and isinstance(raised.value.__cause__, KeyError)
    assert str(raised.value).startswith(
        "compiling the document failed inside dsl2png (KeyError: 31 in render_calendar)"
    )
    with pytest.raises(InvalidDocumentError):  # what the document itself gets wrong stays that
        prepare_render({"elements": [{"type": "calendar", "month": "2025-09", "value": "2025-09-31"}]})
