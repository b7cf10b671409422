"""Slips testers acting as AI agents made with component libraries' words (MUI, Chakra, shadcn/ui,
Ant Design, Bootstrap, Tailwind, React Native): a radio's `checked: B`, `align: space-between`,
Chart.js's `doughnut` and `radar`, a bare data: URI in a style, a stepper's dots, and about sixty
props (`elevation`, `colorScheme`, `closable`, `px`, `sx`, `className` of utility classes...),
each told what the DSL has instead, or accepted where it is a plain synonym."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.charts import draw
from kernel.dsl.hints.utility_classes import utility_class_hint, utility_classes
from kernel.dsl.model import Column
from kernel.dsl.semantic.variants import CHART_VARIANT_ALIASES, CHART_VARIANTS
from kernel.dsl.style_rules import style_problems
from kernel.dsl.validate import validate_document
from kernel.errors import Issue


def _issues(element: dict[str, Any], **document: Any) -> list[Issue]:
    result = validate_document({"elements": [element], **document})
    return [*result.errors, *result.warnings]


def _only(issues: list[Issue], path: str) -> Issue:
    (issue,) = [issue for issue in issues if issue.path == path]
    return issue


def _clean(element: dict[str, Any], **document: Any) -> None:
    result = validate_document({"elements": [element], **document})
    assert (result.errors, result.warnings) == ([], []), (result.errors, result.warnings)


# 1. a radio's chosen option written as `checked`


@pytest.mark.parametrize(
    ("element", "suggestion"),
    [
        ({"type": "radio", "options": ["A", "B"], "checked": "B"},
         "a radio's chosen option is its 'value': value: \"B\"; 'checked' is a checkbox's on/off"),
        ({"type": "select", "options": ["Monthly", "Yearly"], "checked": "Yearly"},
         "a select's chosen option is its 'value': value: \"Yearly\"; 'checked' is a checkbox's on/off"),
    ],
)  # fmt: skip
def test_a_chosen_option_written_as_checked_says_value(element: dict[str, Any], suggestion: str) -> None:
    issue = _only(_issues(element), "/elements/0/checked")
    assert (issue.code, issue.message) == ("invalid_type", f"expected a boolean, got '{element['checked']}'")
    assert issue.suggestion == suggestion


def test_checked_on_a_radio_group_warns_that_value_chooses() -> None:
    issue = _only(_issues({"type": "radio", "options": ["A", "B"], "checked": True}), "/elements/0/checked")
    assert (issue.code, issue.message) == ("field_ignored", "a radio group does not draw 'checked'")
    assert issue.suggestion == (
        "its chosen option is its 'value': value: \"A\"; 'checked' is a lone radio's or a checkbox's"
    )
    chosen = _issues({"type": "radio", "options": ["A", "B"], "value": "B", "checked": True})
    assert _only(chosen, "/elements/0/checked").suggestion == "its chosen option is its 'value': remove it"


def test_a_lone_radio_draws_checked() -> None:
    _clean({"type": "radio", "label": "Remember me", "checked": True})


# 2. CSS's justify-content words given to `align`


@pytest.mark.parametrize(
    ("align", "justify"),
    [
        ("space-between", "between"),
        ("space-around", "around"),
        ("space-evenly", "evenly"),
        ("between", "between"),
    ],
)
def test_a_spreading_align_points_to_justify(align: str, justify: str) -> None:
    issue = _only(_issues({"type": "row", "align": align}), "/elements/0/align")
    assert issue.code == "invalid_value"
    assert issue.suggestion == (
        f"spacing the children out is 'justify': justify: {justify}; 'align' places them across: "
        "start, center, end, stretch or baseline"
    )


def test_justify_takes_the_css_word_itself() -> None:
    _clean({"type": "row", "justify": "space-between", "align": "flex-start"})


# 3. chart kinds: Chart.js's own words for a drawn chart are read; the others say what to draw


@pytest.mark.parametrize(
    "variant", ["doughnut", "ring", "column", "bars", "spline", "Doughnut", "Bar", "LINE"]
)
def test_other_words_for_a_drawn_chart_are_accepted(variant: str) -> None:
    _clean({"type": "chart", "variant": variant, "data": {"labels": ["a", "b"], "values": [1, 2]}})


def test_a_doughnut_draws_its_label_in_its_hole() -> None:
    _clean(
        {"type": "chart", "variant": "doughnut", "label": "Total", "data": {"labels": ["a"], "values": [1]}}
    )


def test_the_chart_aliases_are_the_compilers() -> None:
    assert CHART_VARIANT_ALIASES == draw._ALIASES
    assert CHART_VARIANTS == draw.CHART_VARIANTS


@pytest.mark.parametrize(
    ("variant", "suggestion"),
    [
        ("polarArea", "use variant: pie (slices by share) or bar"),
        ("radar", "use variant: bar (one bar per axis) or line"),
        ("scatter", "use variant: line (the points joined, the x values as labels)"),
        ("bubble", "use variant: line (the points joined, the x values as labels)"),
        ("horizontalBar", "use variant: bar with orientation: horizontal"),
        ("stackedBar", "use variant: bar with stacked: true"),
        ("stacked-bar-100", "use variant: bar with stacked: percent"),
        ("groupedBar", "use variant: bar with several series (drawn side by side)"),
        ("gauge", "use type: progress with variant: circle"),
        ("heatmap", "use variant: bar, line, area, pie or donut"),
        ("radar-chart", "use variant: bar (one bar per axis) or line"),
    ],
)  # fmt: skip
def test_a_chart_kind_that_is_not_drawn_says_what_is(variant: str, suggestion: str) -> None:
    element = {"type": "chart", "variant": variant, "data": {"labels": ["a"], "values": [1]}}
    issue = _only(validate_document({"elements": [element]}).errors, "/elements/0/variant")
    assert (issue.code, issue.message) == ("invalid_value", f"chart variant '{variant}' is not drawn")
    assert issue.suggestion == suggestion


def test_a_misspelt_chart_variant_still_gets_the_closest() -> None:
    element = {"type": "chart", "variant": "pi", "data": {"labels": ["a"], "values": [1]}}
    issue = _only(validate_document({"elements": [element]}).errors, "/elements/0/variant")
    assert (issue.message, issue.suggestion) == ("unknown chart variant 'pi'", "did you mean 'pie'?")


@pytest.mark.parametrize(
    ("kind", "suggestion"),
    [
        ("radar", "use type: chart: bar, line, area, pie and donut are drawn (a radar is not)"),
        ("scatterPlot", "use type: chart with variant: line (points joined; a scatter plot is not drawn)"),
        ("doughnutChart", "use type: chart with variant: donut"),
    ],
)
def test_a_chart_kind_as_a_type_says_what_to_write(kind: str, suggestion: str) -> None:
    issue = _only(validate_document({"elements": [{"type": kind}]}).errors, "/elements/0/type")
    assert issue.suggestion == suggestion


# 4. a bare data: URI in a style


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("background", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB"),
        ("backgroundImage", "data:image/svg+xml,%3Csvg%3E"),
    ],
)
def test_a_bare_data_uri_in_a_style_is_told_to_wrap_it_in_url(name: str, value: str) -> None:
    issue = _only(_issues({"type": "container", "style": {name: value}}), f"/elements/0/style/{name}")
    assert (issue.code, issue.message) == (
        "invalid_style_value",
        f"{name}: a data: URI on its own is not a CSS value, so it is not drawn",
    )
    shown = value if len(value) <= 30 else value[:30] + "..."
    assert issue.suggestion == f'wrap it in url(): "url({shown})"'


def test_a_data_uri_in_url_is_fine() -> None:
    assert (
        style_problems(
            "background",
            "url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC)",
        )
        == []
    )


def test_a_data_uri_written_on_the_element_is_wrapped_in_the_hint() -> None:
    element = {
        "type": "container",
        "backgroundImage": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC",
    }
    issue = _only(_issues(element), "/elements/0/backgroundImage")
    assert (
        issue.suggestion
        == 'CSS goes in style: {backgroundImage: "url(data:...)"}, the data: URI wrapped in url()'
    )


# 5. a stepper's (or a pagination's) dots


@pytest.mark.parametrize(
    "element",
    [
        {"type": "stepper", "items": ["A", "B", "C"], "variant": "dots"},
        {"type": "pagination", "total": 4, "current": 1, "variant": "dots"},
        {"type": "stepper", "items": ["A", "B"], "variant": "indicator"},
    ],
)
def test_dots_are_a_page_indicator_the_validator_knows(element: dict[str, Any]) -> None:
    assert [issue for issue in _issues(element) if issue.path == "/elements/0/variant"] == []


def test_the_dots_recipe_validates() -> None:
    dot = {"type": "container", "layout": {"width": 8, "height": 8}}
    _clean({"type": "row", "gap": 6, "children": [
        {**dot, "style": {"background": "var(--primary)", "borderRadius": 4}},
        {**dot, "style": {"background": "var(--border)", "borderRadius": 4}},
    ]})  # fmt: skip


@pytest.mark.parametrize(
    ("element", "suggestion"),
    [
        ({"type": "stepper", "items": ["A"], "variant": "progress"},
         'steps are drawn numbered; a bar is {type: progress, value: 50, label: "Step 2 of 4"}'),
        ({"type": "stepper", "items": ["A"], "variant": "vertical"}, "did you mean direction: vertical?"),
        ({"type": "divider", "variant": "vertical"}, "did you mean direction: vertical?"),
        ({"type": "radio", "options": ["A"], "variant": "horizontal"}, "did you mean direction: horizontal?"),
    ],
)  # fmt: skip
def test_other_variants_of_layout_say_what_to_write(element: dict[str, Any], suggestion: str) -> None:
    assert _only(_issues(element), "/elements/0/variant").suggestion == suggestion


# 6. component libraries' props


@pytest.mark.parametrize(
    ("element", "field", "suggestion"),
    [
        # variants and sizes written as switches (<Button danger>, <Card outlined>, <Button small>)
        ({"type": "button", "label": "Delete", "danger": True}, "danger", "did you mean variant: danger?"),
        ({"type": "card", "title": "T", "outlined": True}, "outlined", "did you mean variant: outline?"),
        ({"type": "button", "label": "Go", "small": True}, "small", "did you mean size: sm?"),
        ({"type": "input", "label": "Name", "small": True}, "small", "did you mean size: sm?"),
        ({"type": "slider", "label": "Volume", "small": True}, "small", "'slider' draws no size: remove it"),
        ({"type": "heading", "text": "Hi", "large": True}, "large",
         "a heading's size is its 'level': level: 2 (1 is the largest, 6 the smallest)"),
        # colour schemes (Chakra's colorScheme, MUI's severity)
        ({"type": "button", "label": "Go", "colorScheme": "blue"}, "colorScheme", "did you mean variant: primary?"),
        ({"type": "badge", "text": "New", "colorScheme": "green"}, "colorScheme", "did you mean variant: success?"),
        ({"type": "alert", "text": "x", "severity": "error"}, "severity", "did you mean variant: danger?"),
        ({"type": "icon", "name": "zap", "colorScheme": "teal"}, "colorScheme", "did you mean 'color'? color: \"teal\""),
        ({"type": "button", "label": "Go", "colorScheme": "purple"}, "colorScheme",
         "a button's colour is its variant: danger, ghost, link, outline, primary, secondary, success; "
         "the accent colour of every element is the theme's: theme: {primary: \"purple\"}"),
        # shadows, corners and borders (MUI's elevation, Tailwind's rounded, Ant Design's bordered)
        ({"type": "card", "title": "T", "elevation": 3}, "elevation", "did you mean variant: elevated?"),
        ({"type": "card", "title": "T", "elevation": 0}, "elevation", "did you mean variant: flat?"),
        ({"type": "card", "title": "T", "shadow": "md"}, "shadow", "did you mean variant: elevated?"),
        ({"type": "image", "shadow": "xl"}, "shadow", 'CSS goes in style: {boxShadow: "0 4px 12px rgb(0 0 0 / 0.12)"}'),
        ({"type": "card", "title": "T", "rounded": True}, "rounded", "CSS goes in style: {borderRadius: 8}"),
        ({"type": "image", "rounded": "full"}, "rounded", "CSS goes in style: {borderRadius: 9999}"),
        ({"type": "card", "title": "T", "bordered": True}, "bordered", "did you mean variant: outline?"),
        ({"type": "container", "bordered": True}, "bordered", 'CSS goes in style: {border: "1px solid var(--border)"}'),
        ({"type": "card", "title": "T", "hoverable": True}, "hoverable", "a picture shows no hover, press or drag: remove it"),
        # close crosses (dismissible, closable)
        ({"type": "alert", "text": "Saved", "dismissible": True}, "dismissible",
         "did you mean 'removable'? removable: true draws the close ×"),
        ({"type": "chip", "text": "x", "closable": True}, "closable", "did you mean 'removable'? removable: true draws the close ×"),
        ({"type": "toast", "text": "Saved", "closable": True}, "closable", "a toast always draws its close ×: remove it"),
        ({"type": "modal", "title": "T", "closable": False}, "closable", "a titled modal always draws its close ×: remove it"),
        ({"type": "card", "title": "T", "closable": True}, "closable", "only alerts and chips draw a close ×, with removable: true"),
        # spacing (MUI's spacing, Ant Design's gutter, Chakra's px and mt)
        ({"type": "row", "spacing": 2}, "spacing", "did you mean 'gap'? It is in px: gap: 16"),
        ({"type": "grid", "gutter": [24, 16]}, "gutter", "did you mean 'gap'? It is in px: gap: 24"),
        ({"type": "container", "p": 4}, "p", "did you mean 'padding'? It is in px: padding: 16"),
        ({"type": "container", "px": 4}, "px", "did you mean 'padding'? It is in px, or CSS's shorthand: padding: \"0 16px\""),
        ({"type": "text", "text": "x", "mt": 2}, "mt", "CSS goes in style: {marginTop: 8}"),
        ({"type": "container", "mx": "auto"}, "mx", 'CSS goes in style: {marginInline: "auto"}'),
        ({"type": "heading", "text": "x", "gutterBottom": True}, "gutterBottom", "CSS goes in style: {marginBottom: 8}"),
        ({"type": "container", "w": "100%"}, "w", 'sizes and positions go in layout: {width: "100%"}'),
        ({"type": "container", "maxW": "container.xl"}, "maxW", "sizes and positions go in layout: {maxWidth: 1200}"),
        ({"type": "container", "bg": "white"}, "bg", 'CSS goes in style: {background: "white"}'),
        ({"type": "container", "bg": "gray.50"}, "bg",
         'CSS goes in style: {background: "#f8fafc"}, a CSS colour (gray.50 is a design token)'),
        ({"type": "container", "sx": {"p": 2, "bgcolor": "primary.main", "borderRadius": 2}}, "sx",
         'CSS goes in style, with CSS\'s names: style: {padding: 16, backgroundColor: "var(--primary)", borderRadius: 8}'),
        # grids per breakpoint (MUI's xs/md, Ant Design's span)
        ({"type": "card", "title": "T", "span": 2}, "span", 'CSS goes in style: {gridColumn: "span 2"}'),
        ({"type": "card", "title": "T", "md": 6}, "md",
         "one screen width is drawn, so there are no breakpoints: the grid's 'columns' sets the count; "
         'a child wider than one column takes style: {gridColumn: "span 2"}'),
        # field states and adornments
        ({"type": "input", "label": "Email", "isInvalid": True}, "isInvalid",
         'a field is drawn invalid by its message, in red under it: error: "Enter a valid value"'),
        ({"type": "input", "label": "Price", "addonBefore": "$"}, "addonBefore", 'did you mean \'prefix\'? prefix: "$"'),
        ({"type": "input", "label": "Price", "addonAfter": "USD"}, "addonAfter", 'did you mean \'suffix\'? suffix: "USD"'),
        ({"type": "textarea", "label": "Note", "startAdornment": "$"}, "startAdornment",
         'only an input or a search draws add-ons: {type: input, prefix: "$"}'),
        ({"type": "stat", "label": "Revenue", "value": "12,400", "currency": "$"}, "currency",
         'write it in the value: value: "$12,400"'),
        ({"type": "input", "label": "Name", "readOnly": True}, "readOnly",
         "did you mean 'readonly'? readonly: true draws the field read-only"),
        ({"type": "rating", "value": 4, "isReadOnly": True}, "isReadOnly", "a picture is read-only anyway: remove it"),
        ({"type": "checkbox", "label": "All", "isIndeterminate": True}, "isIndeterminate",
         "did you mean indeterminate: true? It draws a dash in the box"),
        ({"type": "input", "label": "Name", "defaultValue": "Ada"}, "defaultValue", "did you mean 'value'? value: \"Ada\""),
        # text (React Native's numberOfLines, Chakra's noOfLines, MUI's noWrap and component)
        ({"type": "text", "text": "x", "numberOfLines": 2}, "numberOfLines",
         "CSS goes in style: {display: -webkit-box, WebkitLineClamp: 2, WebkitBoxOrient: vertical, overflow: hidden}"),
        ({"type": "text", "text": "x", "truncate": True}, "truncate",
         "CSS goes in style: {whiteSpace: nowrap, overflow: hidden, textOverflow: ellipsis}"),
        ({"type": "text", "text": "x", "muted": True}, "muted", 'a muted text takes style: {color: "var(--muted-foreground)"}'),
        ({"type": "paragraph", "text": "x", "lead": True}, "lead", "a lead paragraph is larger text: size: lg"),
        ({"type": "heading", "text": "x", "as": "h1"}, "as", "did you mean level: 1?"),
        ({"type": "text", "text": "x", "component": "span"}, "component", "the element's 'type' says what is drawn: remove it"),
        ({"type": "text", "text": "x", "centered": True}, "centered", "did you mean align: center?"),
        ({"type": "row", "centered": True}, "centered", "to centre the children: align: center, justify: center"),
        # links and buttons
        ({"type": "link", "text": "Docs", "isExternal": True}, "isExternal",
         "a picture follows no link: remove it; icon: external-link, iconPosition: end draws the arrow"),
        ({"type": "button", "label": "Send", "htmlType": "submit"}, "htmlType",
         "a picture submits nothing: remove it; a button's look is its variant"),
        ({"type": "modal", "title": "Delete?", "okText": "Delete"}, "okText",
         "the buttons are 'actions': actions: [Cancel, \"Delete\"]"),
        # pictures
        ({"type": "avatar", "name": "Ada", "avatarUrl": "data:image/png;base64,AA"}, "avatarUrl", "did you mean 'src'?"),
        ({"type": "card", "title": "T", "thumbnail": "data:image/png;base64,AA"}, "thumbnail", "did you mean 'src'?"),
        ({"type": "image", "src": "data:image/png;base64,AA", "resizeMode": "contain"}, "resizeMode",
         "did you mean 'fit'? fit: \"contain\" (cover, contain, fill or none)"),
        ({"type": "video", "objectFit": "cover"}, "objectFit", 'CSS goes in style: {objectFit: "cover"}'),
        ({"type": "avatar", "name": "Ada", "fallback": "AL"}, "fallback",
         "the initials come from 'name': name: \"Ada Lovelace\" draws AL"),
        # type-specific words
        ({"type": "tabs", "items": ["A", "B"], "defaultValue": "B"}, "defaultValue", "did you mean 'active'? active: \"B\""),
        ({"type": "tabs", "items": ["A", "B"], "selectedIndex": 1}, "selectedIndex", "did you mean 'active'? active: 1"),
        ({"type": "progress", "percent": 40}, "percent", "did you mean 'value'? value: 40 (of max, 100 by default)"),
        ({"type": "select", "options": ["A"], "isMulti": True}, "isMulti",
         "did you mean multiple: true? With value: [A, B] the chosen options are chips in the field"),
        ({"type": "tooltip", "text": "Hi", "placement": "bottom"}, "placement",
         "did you mean 'variant'? variant: \"bottom\" (top, bottom, left or right)"),
        ({"type": "alert", "text": "x", "showIcon": True}, "showIcon",
         "the tone's icon is drawn by itself: remove it (icon: ... picks another)"),
        ({"type": "table", "columns": ["A"], "dataSource": [{"A": 1}]}, "dataSource",
         "did you mean 'rows'? Each row an object keyed by column key, or a list of cells in column order"),
        ({"type": "table", "columns": ["A"], "rows": [[1]], "pagination": True}, "pagination",
         "a pagination is an element of its own below it: {type: pagination, current: 1, total: 10}"),
        ({"type": "table", "columns": ["A"], "rows": [[1]], "rowKey": "id"}, "rowKey", "rows are drawn in the order given: remove it"),
        ({"type": "table", "columns": ["A"], "rows": [[1]], "caption": "Orders"}, "caption", "did you mean 'title'?"),
        ({"type": "stat", "label": "MRR", "value": "$1", "helpText": "vs last month"}, "helpText",
         "did you mean 'description'? It is the line drawn under the figure"),
        ({"type": "rating", "value": 4.5, "allowHalf": True}, "allowHalf", "a fractional value fills part of a star: value: 4.5"),
        ({"type": "card", "title": "T", "extra": "More"}, "extra",
         "did you mean 'badge'? A card draws it as a pill beside its title; buttons go in 'actions'"),
    ],
)  # fmt: skip
def test_component_library_props_say_what_the_dsl_has(
    element: dict[str, Any], field: str, suggestion: str
) -> None:
    issue = _only(validate_document({"elements": [element]}).errors, f"/elements/0/{field}")
    assert (issue.code, issue.message) == ("unknown_field", f"unknown field '{field}'")
    assert issue.suggestion == suggestion


@pytest.mark.parametrize(
    ("variant", "kind", "meant"),
    [("contained", "button", "primary"), ("text", "button", "ghost"), ("dashed", "button", "outline"),
     ("tonal", "button", "secondary"), ("unstyled", "button", "ghost"), ("raised", "card", "elevated")],
)  # fmt: skip
def test_other_libraries_variants_name_ours(variant: str, kind: str, meant: str) -> None:
    issue = _only(_issues({"type": kind, "label": "Go", "variant": variant}), "/elements/0/variant")
    assert (issue.message, issue.suggestion) == (
        f"'{variant}' is not a variant of '{kind}'",
        f"did you mean '{meant}'?",
    )


@pytest.mark.parametrize(
    ("variant", "suggestion"),
    [
        ("body2", "did you mean size: sm?"),
        ("subtitle1", "did you mean size: lg?"),
        ("caption", 'a caption is small muted text: size: xs, style: {color: "var(--muted-foreground)"}'),
        ("overline", 'an overline is size: xs, style: {textTransform: uppercase, letterSpacing: "0.08em"}'),
    ],
)
def test_typography_variants_are_text_sizes(variant: str, suggestion: str) -> None:
    issue = _only(_issues({"type": "text", "text": "x", "variant": variant}), "/elements/0/variant")
    assert issue.suggestion == suggestion


def test_a_tone_as_colour_suggests_its_variable_not_the_word() -> None:
    issue = _only(_issues({"type": "button", "label": "Go", "color": "secondary"}), "/elements/0/color")
    assert (
        issue.suggestion
        == 'use variant: secondary (or style: {color: "var(--muted-foreground)"} for the text colour alone)'
    )


@pytest.mark.parametrize(
    ("element", "field", "suggestion"),
    [
        ({"type": "input", "label": "Email", "error": True}, "error",
         'the error is the message drawn in red under the field: error: "Enter a valid email"'),
        ({"type": "input", "label": "Email", "error": False}, "error", "no error is drawn without one: remove it"),
        ({"type": "button", "label": "Go", "disabled": "disabled"}, "disabled", "write disabled: true"),
        ({"type": "checkbox", "label": "A", "checked": "checked"}, "checked", "write checked: true"),
        ({"type": "radio", "label": "A", "checked": "checked"}, "checked", "write checked: true"),
        ({"type": "button", "label": "Go", "icon": {"name": "arrow-right"}}, "icon", "an icon is named by text: icon: arrow-right"),
        ({"type": "form", "layout": "vertical"}, "layout",
         "did you mean direction: vertical? 'layout' places and sizes it: layout: {width: 320}"),
        ({"type": "grid", "columns": {"xs": 1, "md": 3}}, "columns",
         "one screen width is drawn, so there are no breakpoints: give the count for it, columns: 3"),
    ],
)  # fmt: skip
def test_values_of_another_shape_say_how_to_write_them(
    element: dict[str, Any], field: str, suggestion: str
) -> None:
    issue = _only(validate_document({"elements": [element]}).errors, f"/elements/0/{field}")
    assert issue.code == "invalid_type"
    assert issue.suggestion == suggestion


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [("bgcolor", "backgroundColor"), ("px", "paddingInline"), ("rounded", "borderRadius"), ("shadow", "boxShadow"),
     ("paddingHorizontal", "paddingInline"), ("textColor", "color")],
)  # fmt: skip
def test_style_system_keys_in_a_style_name_the_css_property(name: str, suggestion: str) -> None:
    issue = _only(_issues({"type": "container", "style": {name: 8}}), f"/elements/0/style/{name}")
    assert issue.code == "unknown_style_property"
    assert issue.suggestion == f"did you mean '{suggestion}'? A style takes CSS's own names"


# entries, options and columns


@pytest.mark.parametrize(
    ("element", "path", "suggestion"),
    [
        ({"type": "tabs", "items": [{"label": "Overview", "content": "Hello"}]}, "/elements/0/items/0/content",
         "a tab entry draws its label (icon, badge); the selected tab's panel is the tabs' 'children': "
         "children: [{type: text, text: ...}]"),
        ({"type": "tabs", "items": [{"label": "A", "children": []}]}, "/elements/0/items/0/children",
         "a tab entry draws its label (icon, badge); the selected tab's panel is the tabs' 'children': "
         "children: [{type: text, text: ...}]"),
        ({"type": "accordion", "items": [{"label": "Q", "description": "B", "content": "A"}]}, "/elements/0/items/0/content",
         "did you mean 'description'? It is the open section's text; elements go in the accordion's "
         "'children', drawn in the first open section"),
        ({"type": "list", "items": [{"label": "A", "onPress": "open"}]}, "/elements/0/items/0/onPress",
         "mockups run no code: remove it; an entry that is a link takes href"),
        ({"type": "list", "items": [{"primary": "Inbox"}]}, "/elements/0/items/0/primary", "did you mean 'label'?"),
        ({"type": "select", "options": [{"label": "France", "id": "fr"}]}, "/elements/0/options/0/id",
         "did you mean 'value'? value: \"fr\""),
        ({"type": "table", "columns": [{"key": "a", "accessorFn": "row => row.a"}]}, "/elements/0/columns/0/accessorFn",
         "no function is run: a cell shows the row's value as written (status words become badges); give each "
         "row the text to show under the column's 'key'"),
        ({"type": "table", "columns": [{"key": "a", "render": "x"}]}, "/elements/0/columns/0/render",
         "no function is run: a cell shows the row's value as written (status words become badges); give each "
         "row the text to show under the column's 'key'"),
        ({"type": "table", "columns": [{"key": "a", "sortable": True}]}, "/elements/0/columns/0/sortable",
         'a picture sorts nothing: remove it; a sort arrow goes in the label: label: "Name ↓"'),
        ({"type": "table", "columns": [{"key": "a", "type": "number"}]}, "/elements/0/columns/0/type",
         "did you mean align: right? Numbers line up on the right"),
        ({"type": "table", "columns": [{"key": "a", "minWidth": 120}]}, "/elements/0/columns/0/minWidth",
         "did you mean 'width'? width: 120"),
    ],
)  # fmt: skip
def test_entries_options_and_columns_say_what_they_have(
    element: dict[str, Any], path: str, suggestion: str
) -> None:
    issue = _only(validate_document({"elements": [element]}).errors, path)
    assert issue.code == "unknown_field"
    assert issue.suggestion == suggestion


@pytest.mark.parametrize(
    ("column", "key", "label"),
    [
        ({"dataKey": "email", "label": "Email"}, "email", "Email"),
        ({"dataField": "email", "text": "Email"}, "email", "Email"),
        ({"accessor": "email", "Header": "Email"}, "email", "Email"),
    ],
)
def test_columns_of_recharts_react_table_and_bootstrap_table_read_the_same(
    column: dict[str, str], key: str, label: str
) -> None:
    parsed = Column.model_validate(column)
    assert (parsed.key, parsed.label) == (key, label)
    _clean({"type": "table", "columns": [column], "rows": [{key: "ada@example.com"}]})


# fields the model accepts that a type does not draw


@pytest.mark.parametrize(
    ("element", "suggestion"),
    [
        ({"type": "input", "label": "Email", "status": "error"},
         'a field is drawn invalid by its message, in red under it: error: "Enter a valid value"'),
        ({"type": "input", "label": "Email", "status": "warning"},
         'a field draws only an error (error: "...") or a note under it (hint: "...")'),
        ({"type": "badge", "text": "Paid", "status": "success"}, "did you mean variant: success?"),
        ({"type": "table", "columns": ["A"], "status": "active"}, 'a status is a badge next to it: {type: badge, text: "active"}'),
    ],
)  # fmt: skip
def test_status_off_an_avatar_warns(element: dict[str, Any], suggestion: str) -> None:
    issue = _only(_issues(element), "/elements/0/status")
    assert (issue.code, issue.message) == ("field_ignored", f"'{element['type']}' does not draw 'status'")
    assert issue.suggestion == suggestion


def test_an_avatar_draws_its_status() -> None:
    _clean({"type": "avatar", "name": "Ada Lovelace", "status": "online"})


def test_href_on_a_text_says_a_link_is_an_element() -> None:
    issue = _only(_issues({"type": "text", "text": "Docs", "href": "/docs"}), "/elements/0/href")
    assert (issue.code, issue.message) == ("field_ignored", "'text' does not draw 'href'")
    assert issue.suggestion == 'a link is an element of its own: {type: link, text: "Docs", href: "/docs"}'
    _clean({"type": "link", "text": "Docs", "href": "/docs"})


# className of Tailwind's or Bootstrap's classes


def test_utility_classes_warn_with_the_style_they_mean() -> None:
    element = {"type": "card", "title": "T", "className": "p-4 shadow-lg rounded-xl bg-blue-500 md:flex"}
    issue = _only(_issues(element), "/elements/0/className")
    assert (issue.code, issue.message) == (
        "field_ignored",
        "no CSS defines the classes p-4 shadow-lg rounded-xl bg-blue-500 ...: Tailwind and Bootstrap are not loaded",
    )
    assert issue.suggestion == (
        'write the look in style: {padding: 16, boxShadow: "0 4px 12px rgb(0 0 0 / 0.12)", borderRadius: 12}, '
        'and colours as CSS colours ("#2563eb")'
    )


def test_bootstraps_button_classes_are_its_variant() -> None:
    issue = _only(
        _issues({"type": "button", "label": "Go", "className": "btn btn-danger"}), "/elements/0/className"
    )
    assert issue.suggestion == "a button's look is its variant: variant: danger"


@pytest.mark.parametrize(
    ("class_name", "css"),
    [
        ("hero-title", None),  # an author's own name, for the document's css
        ("p-4 font-bold", ".p-4 { padding: 1rem } .font-bold { font-weight: 700 }"),
        ("md:flex", r".md\:flex { display: flex }"),
    ],
)
def test_own_or_defined_classes_do_not_warn(class_name: str, css: str | None) -> None:
    document = {"css": css} if css else {}
    _clean({"type": "text", "text": "x", "className": class_name}, **document)


def test_utility_classes_are_told_from_own_names() -> None:
    written = "card-header hero p-2 text-sm flex items-center hover:bg-gray-100 sidebar-item"
    assert utility_classes(written) == ["p-2", "text-sm", "flex", "items-center", "hover:bg-gray-100"]
    own = "top-bar left-panel order-summary list-item select-box content-wrapper text-muted-custom"
    assert utility_classes(own) == []
    bootstrap = (
        "d-flex justify-content-between fw-bold mb-3 btn btn-outline-secondary col-md-6 container-fluid"
    )
    assert utility_classes(bootstrap) == bootstrap.split()
    assert utility_class_hint(["flex", "items-center", "font-semibold", "text-sm"]) == (
        "write the look in style: {display: flex, alignItems: center, fontWeight: 600, fontSize: 14}"
    )
    assert utility_class_hint(["bg-slate-900"]) == (
        "write the look in style, in CSS's camelCase names (backgroundColor, padding, borderRadius...), "
        'and colours as CSS colours ("#2563eb"), or define the classes in the document\'s css'
    )


def test_the_suggested_styles_validate() -> None:
    """The CSS the hints write (a clamp, a truncation, a shadow, a grid span) is itself valid."""
    _clean({"type": "grid", "columns": 3, "children": [
        {"type": "text", "text": "x", "style": {"display": "-webkit-box", "WebkitLineClamp": 2,
                                                "WebkitBoxOrient": "vertical", "overflow": "hidden"}},
        {"type": "text", "text": "x", "style": {"whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis"}},
        {"type": "card", "title": "T", "style": {"gridColumn": "span 2", "boxShadow": "0 4px 12px rgb(0 0 0 / 0.12)",
                                                 "borderRadius": 12, "marginInline": "auto"}},
        {"type": "text", "text": "x", "size": "xs", "style": {"textTransform": "uppercase", "letterSpacing": "0.08em"}},
    ]})  # fmt: skip


@pytest.mark.parametrize(
    "name",
    [
        "bg-white/80",
        "text-white/70",
        "backdrop-blur",
        "backdrop-blur-md",
        "border-b",
        "border-b-4",
        "rounded-t-lg",
    ],
)
def test_tailwind_opacity_backdrop_and_side_classes_are_named_as_not_loaded(name: str) -> None:
    """They were left out of the warning, as if a stylesheet drew them."""
    issue = _only(
        _issues({"type": "card", "title": "T", "className": f"{name} hero-title"}), "/elements/0/className"
    )
    assert issue.message == f"no CSS defines the classes {name}: Tailwind and Bootstrap are not loaded"
