"""Numbers meant as words keep the text written: YAML's and JSON's `1.10` is not drawn as 1.1,
`2.0` not as 2, a ZIP code `02134` not as 2134, in a text and in table cells; as numbers they
are the same values as before."""

from __future__ import annotations

import json

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.options import Viewport
from kernel.dsl.parse import load_text
from kernel.dsl.validate import validate_document

YAML = """\
elements:
  - {type: text, text: 1.10}
  - type: table
    columns: [Package, Version, ZIP]
    rows:
      - [dsl2png, 1.10, 02134]
      - [kernel, 2.0, 00501]
      - {Package: x, Version: 0x1F, ZIP: 12}
  - {type: badge, text: 3.0}
"""


def _html(source: str, filename: str) -> str:
    result = validate_document(source, filename=filename)
    assert result.ok and result.document is not None, result.errors
    return compile_html(result.document, Viewport(800, 600, 1.0))


def test_yaml_numbers_in_words_are_drawn_as_written() -> None:
    html = _html(YAML, "doc.yaml")
    for written in (">1.10<", ">02134<", ">2.0<", ">00501<", ">3.0<", ">0x1F<", ">12<"):
        assert written in html, written


def test_json_floats_in_words_are_drawn_as_written() -> None:
    document = {
        "elements": [{"type": "text", "text": 1.10}, {"type": "table", "columns": ["v"], "rows": [[2.50]]}]
    }
    text = json.dumps(document).replace("1.1", "1.10").replace("2.5", "2.50")
    html = _html(text, "doc.json")
    assert ">1.10<" in html and ">2.50<" in html


@pytest.mark.parametrize(
    ("text", "value"), [("a: 1.10", 1.1), ("a: 02134", 2134), ("a: 2.0", 2.0), ("a: 0o17", 15)]
)
def test_they_stay_the_numbers_they_are(text: str, value: float) -> None:
    loaded = load_text(text, filename="a.yaml")["a"]
    assert loaded == value and type(loaded) is not bool
    assert json.dumps(loaded) == json.dumps(value)


def test_numbers_written_as_python_writes_them_stay_plain() -> None:
    loaded = load_text("a: [1.5, 42]", filename="a.yaml")["a"]
    assert [type(value) for value in loaded] == [float, int]


def test_an_alias_bomb_is_still_refused() -> None:
    bomb = "a: &a [1.10, 1.10]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(20)
    )
    result = validate_document(bomb, filename="bomb.yaml")
    assert not result.ok
