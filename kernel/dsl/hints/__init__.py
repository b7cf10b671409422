"""Suggestions for what to write instead of what the DSL does not have: the names callers use."""

# Agents and people bring habits from HTML, React and other mockup tools: `url` for `src`, `content`
# for `text`, `width` on the element instead of in `layout`, `dropdown` for `select`, `h1` for a heading.
# Spelling distance cannot connect those (it offered 'divider' for `div` and 'paragraph' for `graph`),
# so an unknown name gets one of these hints first, and only then a did-you-mean.

from kernel.dsl.hints.charts import (
    chart_data_field_hint,
    chart_data_shape_hint,
    series_field_hint,
    series_fields_hint,
    undrawn_chart_hint,
)
from kernel.dsl.hints.colours import color_hint, color_value_hint
from kernel.dsl.hints.component_props import ADDON_TYPES
from kernel.dsl.hints.document import (
    CONTENT_HEIGHT_HINT,
    device_hint,
    document_field_hint,
    layout_field_hint,
    responsive_hint,
    theme_field_hint,
    theme_name_hint,
)
from kernel.dsl.hints.element_fields import (
    CALENDAR_VIEW_WORDS,
    CALENDAR_VIEWS,
    CODE_ACTIONS,
    FIELD_FOCUS_RING_CSS,
    FOCUS_RING_STYLE,
    element_field_hint,
)
from kernel.dsl.hints.entries import (
    ENTRY_END_WORDS,
    action_field_hint,
    children_of,
    entry_field_hint,
    entry_fields_hint,
    item_field_hint,
    item_type_hint,
    option_field_hint,
)
from kernel.dsl.hints.html_inputs import (
    HTML_INPUT_TYPES,
    ignored_attribute,
    input_type_hint,
    plain_input_hint,
)
from kernel.dsl.hints.languages import LANGUAGE_TAGS, is_language, language_tag_hint
from kernel.dsl.hints.markup import markup_in_text
from kernel.dsl.hints.syntax import (
    COMMA_CUT_HINT,
    comma_cells_hint,
    comma_cut,
    comma_cut_hint,
    comma_split_hint,
    repeated_key_hint,
    yaml_quoted,
)
from kernel.dsl.hints.tables import (
    EXTRA_CELLS,
    TABLE_DATA,
    TABLE_DATA_AND_ROWS,
    cell_type_hint,
    column_field_hint,
    extra_cells_message,
    table_cell_hint,
    table_data_hint,
    words_cell_hint,
)
from kernel.dsl.hints.type_names import TYPE_RENAMES, element_type_hint, group_type_hint, on_off_group_hint
from kernel.dsl.hints.undrawn import (
    own_field_hint,
    shadowed_hint,
    size_ignored_hint,
    status_hint,
    value_field_hint,
    value_shape_hint,
)
from kernel.dsl.hints.utility_classes import utility_class_hint, utility_classes
from kernel.dsl.hints.variants import (
    STEPPER_AS_BAR,
    STEPPER_BAR_WORDS,
    heading_size_hint,
    no_variant_hint,
    variant_synonym,
)
from kernel.dsl.hints.wording import counted, filled

__all__ = [
    "ADDON_TYPES", "CALENDAR_VIEWS", "CALENDAR_VIEW_WORDS", "CODE_ACTIONS", "COMMA_CUT_HINT",
    "CONTENT_HEIGHT_HINT", "ENTRY_END_WORDS", "EXTRA_CELLS", "FIELD_FOCUS_RING_CSS", "FOCUS_RING_STYLE",
    "HTML_INPUT_TYPES", "LANGUAGE_TAGS", "STEPPER_AS_BAR", "STEPPER_BAR_WORDS", "TABLE_DATA",
    "TABLE_DATA_AND_ROWS", "TYPE_RENAMES", "action_field_hint", "cell_type_hint",
    "chart_data_field_hint", "chart_data_shape_hint", "children_of", "color_hint", "color_value_hint",
    "column_field_hint", "comma_cells_hint", "comma_cut", "comma_cut_hint", "comma_split_hint",
    "counted", "device_hint", "document_field_hint", "element_field_hint", "element_type_hint",
    "entry_field_hint", "entry_fields_hint", "extra_cells_message", "filled", "group_type_hint",
    "heading_size_hint", "ignored_attribute", "input_type_hint", "is_language", "item_field_hint",
    "item_type_hint", "language_tag_hint", "layout_field_hint", "markup_in_text", "no_variant_hint",
    "on_off_group_hint", "option_field_hint", "own_field_hint", "plain_input_hint", "repeated_key_hint",
    "responsive_hint", "series_field_hint", "series_fields_hint", "shadowed_hint", "size_ignored_hint",
    "status_hint", "table_cell_hint", "table_data_hint", "theme_field_hint", "theme_name_hint",
    "undrawn_chart_hint", "utility_class_hint", "utility_classes", "value_field_hint",
    "value_shape_hint", "variant_synonym", "words_cell_hint", "yaml_quoted",
]  # fmt: skip
