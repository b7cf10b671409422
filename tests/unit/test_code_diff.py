"""A code block's diff: added and removed lines are rows of their own, and their colour ends with them."""

from __future__ import annotations

from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.code import CSS, highlighted, is_line_diff
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport

SAMPLE = " ctx first\n-old line\n ctx after minus\n+new line\n ctx after plus\n"


def render(**fields: Any) -> str:
    return RenderContext(viewport=Viewport(400, 200, 1.0)).render(Element.model_validate(fields))


def test_a_context_line_after_a_changed_line_is_not_coloured() -> None:
    block = render(type="code", language="diff", text=SAMPLE)
    # the line break closes the removed line's span; the next line's leading space is plain
    assert '<span class="tk-del">-old line\n</span> ctx after minus\n' in block
    assert '<span class="tk-ins">+new line\n</span> ctx after plus</pre>' in block
    assert block.count("<span") == 2


def test_a_line_break_closes_every_run_not_only_a_diffs() -> None:
    code = highlighted("x = 1  # note\n    y = 2", "python")
    assert '<span class="tk-com"># note\n</span>    y' in code


def test_spaces_inside_a_line_still_join_the_run_before_them() -> None:
    code = highlighted('def f(x):\n    return "<b>"  # done', "python")
    assert '<span class="tk-kw">def </span><span class="tk-fn">f</span>(x):' in code
    assert '<span class="tk-str">&quot;&lt;b&gt;&quot;  </span><span class="tk-com"># done</span>' in code


def test_blank_lines_and_a_last_line_without_a_newline_keep_their_rows() -> None:
    code = highlighted("-a\n\n+b", "diff")
    assert code == '<span class="tk-del">-a\n</span>\n<span class="tk-ins">+b</span>'


@pytest.mark.parametrize(
    ("language", "line_diff"),
    [("diff", True), ("udiff", True), ("DIFF", True), ("wdiff", False),
     ("python", False), ("text", False), (None, False), ("nonsense", False)],
)  # fmt: skip
def test_only_line_based_diffs_tint_rows(language: str | None, line_diff: bool) -> None:
    assert is_line_diff(language) is line_diff


def test_a_diff_block_is_marked_so_its_changed_lines_become_full_width_rows() -> None:
    block = render(type="code", language="diff", text=SAMPLE)
    assert block.startswith('<pre class="dsl-code is-block is-diff">')
    titled = render(type="code", language="diff", title="config.yaml", text=SAMPLE)
    assert titled.startswith('<div class="dsl-code is-block is-diff has-title">')
    assert (
        '<div class="dsl-code-title"><span>config.yaml</span><span class="dsl-code-lang">diff</span></div>'
        in titled
    )
    assert "<pre><span" not in titled and "<pre> ctx first\n" in titled


def test_a_word_diff_and_inline_code_stay_inline() -> None:
    assert "is-diff" not in render(type="code", language="wdiff", text="a [-b-] {+c+}\nd")
    inline = render(type="code", language="diff", text="-x")
    assert inline.startswith('<code class="dsl-code">') and "is-diff" not in inline


def test_the_row_tint_is_a_full_width_border_image_in_both_themes() -> None:
    rules = {rule.split("{", 1)[0].strip(): rule for rule in CSS.split("}") if "is-diff" in rule}
    assert "display:block;background:none" in rules[".is-diff :is(.tk-ins,.tk-del)"]
    for kind, light, dark in (
        ("ins", "#dafbe1", "rgba(46,160,67,.15)"),
        ("del", "#ffebe9", "rgba(248,81,73,.15)"),
    ):
        rule = rules[f".is-diff .tk-{kind}"]
        # the fill reaches 100vw past each side; the block's overflow:hidden cuts it at its edges
        assert f"light-dark({light},{dark})" in rule and "fill 0//0 100vw" in rule
