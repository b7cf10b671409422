"""The emoji face is added to a page only when its text holds an emoji, and the theme's stacks
name it first."""

from __future__ import annotations

from kernel.dsl.compiler.emoji_faces import EMOJI_FACE, EMOJI_FACE_CSS, emoji_face_css
from kernel.dsl.compiler.theme import FONT_STACK, MONO_STACK
from kernel.dsl.prepare import prepare_render


def test_the_face_comes_with_an_emoji_and_only_then() -> None:
    assert emoji_face_css("<p>Need help 🆘</p>") == EMOJI_FACE_CSS
    assert emoji_face_css("<p>Rated ⭐ 4.8</p>") == EMOJI_FACE_CSS
    assert emoji_face_css("<p>© 2025 Acme → ≠</p>") == ""


def test_the_face_covers_emoji_not_the_text_symbols_beside_them() -> None:
    """A range holding ©, ™ or ★ would draw "© 2025" as an emoji."""
    assert "U+1F000-1FAFF" in EMOJI_FACE_CSS and "U+200D" in EMOJI_FACE_CSS
    for text_symbol in ("U+A9", "U+2122", "U+2605", "U+2192"):
        assert text_symbol not in EMOJI_FACE_CSS


def test_every_stack_names_the_emoji_face_first() -> None:
    assert FONT_STACK.startswith(f'"{EMOJI_FACE}"') and MONO_STACK.startswith(f'"{EMOJI_FACE}"')
    html = prepare_render({"theme": {"font": "Georgia"}, "elements": [{"type": "text", "text": "🆘"}]}).html
    assert f'--font:"{EMOJI_FACE}", "dsl-math", "Georgia"' in html.replace(": ", ":")
    assert f'@font-face{{font-family:"{EMOJI_FACE}"' in html
