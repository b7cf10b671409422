"""Warnings for document `css` that silently does something else than meant, on `validate`."""

from __future__ import annotations

from kernel.dsl.validate import validate_document


def _warnings(document: dict[str, object]) -> list[tuple[str, str, str]]:
    result = validate_document(document)
    return [(issue.path, issue.code, issue.message) for issue in result.warnings]


def test_css_setting_the_themes_own_custom_properties_warns_with_their_names() -> None:
    css = ":root{--primary: 222.2 47.4% 11.2%; --gap: 2rem; --brand-x: red}"
    found = [w for w in _warnings({"css": css, "elements": []}) if w[1] == "theme_variable_in_css"]
    assert len(found) == 1 and found[0][0] == "/css"
    assert "--gap, --primary" in found[0][2] and "--brand-x" not in found[0][2]


def test_a_state_selector_in_css_gets_the_one_state_note() -> None:
    css = "#save:hover{background:#111} .a{color:red} .b:focus-within .c{outline:0}"
    found = [w for w in _warnings({"css": css, "elements": []}) if w[1] == "css_state_not_drawn"]
    assert len(found) == 1 and "'#save:hover', '.b:focus-within .c'" in found[0][2]


def test_a_plain_css_warns_of_nothing_of_these() -> None:
    css = ".a{color:#123456} @media (min-width:1px){.b{gap:4px}} @keyframes k{50%{opacity:0}}"
    codes = {w[1] for w in _warnings({"css": css, "elements": []})}
    assert not codes & {"theme_variable_in_css", "css_state_not_drawn", "invalid_css_selector"}


def test_an_id_starting_with_a_digit_in_a_selector_warns_but_not_escaped() -> None:
    found = [
        w for w in _warnings({"css": "#2fa-code .dsl-control{outline:0}"}) if w[1] == "invalid_css_selector"
    ]
    assert [w[0] for w in found] == ["/css"] and "'#2fa-code'" in found[0][2]
    escaped = _warnings({"css": "#\\32 fa-code{outline:0}"})
    assert "invalid_css_selector" not in {w[1] for w in escaped}


def test_a_repeated_id_warns_at_the_second_element_at_any_depth() -> None:
    elements = [
        {"type": "input", "id": "email", "label": "Work"},
        {"type": "card", "children": [{"type": "input", "id": "email", "label": "Home"}]},
    ]
    found = [w for w in _warnings({"elements": elements}) if w[1] == "duplicate_id"]
    assert [w[0] for w in found] == ["/elements/1/children/0/id"]


def test_a_css_warning_names_the_rule_it_is_in() -> None:
    found = _warnings({"css": ".a{color:red}\n.d{colr:green}\n.e{display:flexbox}", "elements": []})
    messages = [w[2] for w in found if w[1] in ("unknown_css_property", "invalid_style_value")]
    assert any("'colr' in css, rule '.d'" in m for m in messages), messages
    assert any("(in css, rule '.e')" in m for m in messages), messages
