"""Tool arguments the SDK refused (they did not match the input schema), told in a few words an
agent acts on instead of pydantic's dump with its documentation links."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from pydantic import AliasChoices, ValidationError
from pydantic_core import ErrorDetails

from kernel.dsl.hints.schema_shapes import number_text_hint
from kernel.dsl.hints.suggest import closest, did_you_mean
from kernel.dsl.limits import MAX_PIXELS, MAX_SIDE
from kernel.dsl.shown import shown_json
from kernel.json_kinds import kind_of
from mcp_adapter.render_tool_options import RenderToolOptions
from mcp_adapter.theme_argument import unknown_token_line

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_TYPE_TAGS = frozenset({"str", "int", "float", "bool", "dict", "list", "none", "literal"})
_KINDS = {
    "string_type": "a string",
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
    "list_type": "a list",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
}
_DOCUMENT_SHAPE = '{"elements": [{"type": "heading", "text": "Hello"}]}'

THEME_HINT = 'a theme is light, dark or wireframe, or design tokens: {"theme": {"primary": "#7c3aed"}}'
ARGUMENT_HINTS: dict[str, str] = {
    "theme": THEME_HINT,
    "options.theme": THEME_HINT,
    "width": f"a side is at most {MAX_SIDE} CSS px and the image at most {MAX_PIXELS // 1_000_000} megapixels",
    "height": f"a side is at most {MAX_SIDE} CSS px and the image at most {MAX_PIXELS // 1_000_000} megapixels",
    "options.device_scale_factor": "2 gives a retina image twice the CSS size",
    "options.max_dimension": "the attached image's longest side in px",
}
"""A hint per argument, added to whatever is wrong with it."""


def arguments_message(arguments: Mapping[str, Any], error: ValidationError) -> str:
    """One line per wrong argument: its name, what was given and what it takes."""
    grouped: dict[str, list[ErrorDetails]] = {}
    for detail in error.errors(include_url=False):
        grouped.setdefault(_name(detail["loc"]), []).append(detail)
    grouped = {
        name: details for name, details in grouped.items() if not _other_branch(name, details, grouped)
    }
    lines = [_line(name, details, arguments) for name, details in grouped.items()]
    return "invalid arguments:\n" + "\n".join(f"- {line}" for line in lines)


def _name(loc: tuple[int | str, ...]) -> str:
    """`options.format` from a location, leaving out the union branches pydantic names (`str`,
    `dict[str,any]`, `literal['light','dark']`, a model's `function-wrap[...]`): `theme.radius`."""
    parts = []
    for part in loc:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif _NAME.match(part) and part not in _TYPE_TAGS:
            parts.append(("." if parts else "") + part)
    return "".join(parts) or "arguments"


def _other_branch(name: str, details: list[ErrorDetails], grouped: Mapping[str, list[ErrorDetails]]) -> bool:
    """Whether `details` are only a union's branch the value did not take: `theme` is not one
    of the names, said of theme tokens whose own errors (`theme.radius`) are what is wrong."""
    deeper = any(other.startswith(name + ".") for other in grouped)
    return deeper and all(d["type"] in ("literal_error", "model_type") for d in details)


def _given(name: str, arguments: Mapping[str, Any]) -> Any:
    value: Any = arguments
    for part in re.findall(r"[A-Za-z_][A-Za-z0-9_]*|\[\d+\]", name):
        if part.startswith("[") and isinstance(value, list):
            index = int(part[1:-1])
            value = value[index] if index < len(value) else None
        elif isinstance(value, Mapping):
            value = value.get(part)
        else:
            return None
    return value


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, int | float) else str(value)


def _line(name: str, details: list[ErrorDetails], arguments: Mapping[str, Any]) -> str:
    value = _given(name, arguments)
    if name == "dsl_content":
        return _document_line(details, value)
    detail = details[0]
    kind, ctx = detail["type"], detail.get("ctx") or {}
    parent, _, field = name.rpartition(".")
    if kind == "extra_forbidden" and parent in ("theme", "options.theme"):
        return unknown_token_line(parent, field)
    if kind == "extra_forbidden" and name.startswith("options."):
        return unknown_option_line(name.removeprefix("options."))
    if kind == "missing":
        text = f"{name} is required"
    elif kind in ("less_than_equal", "less_than"):
        text = f"{name} {shown_json(value, limit=60)} is more than {_number(ctx.get('le', ctx.get('lt')))}, the largest allowed"
    elif kind in ("greater_than_equal", "greater_than"):
        text = f"{name} {shown_json(value, limit=60)} is less than {_number(ctx.get('ge', ctx.get('gt')))}, the smallest allowed"
    elif kind == "literal_error":
        text = f"{name} {shown_json(value, limit=60)} is not one of {ctx.get('expected', '')}"
    elif all(d["type"] in _KINDS for d in details):
        wanted = " or ".join(dict.fromkeys(_KINDS[d["type"]] for d in details))
        text = f"{name} must be {wanted}, not {kind_of(value)}"
        written = number_text_hint(value)  # width: "390px", device_scale_factor: "2x"
        if written is not None:
            return f"{text} ({written})"
    else:
        text = f"{name}: {detail['msg'][:1].lower()}{detail['msg'][1:]}"
    hint = ARGUMENT_HINTS.get(name)
    return f"{text} ({hint})" if hint else text


OPTION_HINTS: dict[str, str] = {
    "png_quality": "a PNG is lossless; quality is for JPEG and WebP: options: {format: jpeg, quality: 80}",
    "background_color": 'the page\'s colour is the document\'s own: {"background": "#f8fafc", "elements": [...]}',
    "timeout": "a render waits as long as the server allows; with async_mode: true, poll get_render_status",
    "user_agent": "renders run no script and fetch nothing, so no user agent is ever sent",
    "block_resources": "renders never fetch anything, so there is nothing to block: leave it out",
}
"""What to do instead of the earlier project's options that mean nothing here."""


ARGUMENTS_ELSEWHERE = {"dsl": "dsl_content", "document": "dsl_content"}
"""An argument by the name the HTTP API gives it (`{"dsl": ...}`) or by what it holds: the
argument meant. The names follow the earlier public project's tools, so they stay."""


def option_fields() -> dict[str, str]:
    """Each name `options` takes (its fields and their aliases, `scale`) and the field it sets
    (`device_scale_factor`)."""
    fields: dict[str, str] = {}
    for field_name, info in RenderToolOptions.model_fields.items():
        fields[field_name] = field_name
        alias = info.validation_alias
        if isinstance(alias, AliasChoices):
            fields |= {choice: field_name for choice in alias.choices if isinstance(choice, str)}
    return fields


def option_names() -> list[str]:
    """Every name `options` takes (its fields, then their aliases)."""
    names: list[str] = []
    for field_name, info in RenderToolOptions.model_fields.items():
        names.append(field_name)
        alias = info.validation_alias
        if isinstance(alias, AliasChoices):
            names += [choice for choice in alias.choices if isinstance(choice, str) and choice != field_name]
    return names


def _closest_option(option: str) -> str | None:
    """A did-you-mean naming the option's own field (`full_page` for `fullpage`), not the alias
    spelt closest to it (`fullPage`), which would teach a name the tool's schema does not show."""
    by_name = option_fields()
    found = closest(option, by_name)
    if not found:
        squeezed = option.replace("_", "").replace("-", "").lower()
        found = [name for name in by_name if name.replace("_", "").lower() == squeezed]
    return f"did you mean '{by_name[found[0]]}'?" if found else None


def unknown_option_line(option: str) -> str:
    """`options.<option>` that render_ui_mockup has not: what to write instead, or the closest
    option's name, and the options it takes."""
    fields = ", ".join(RenderToolOptions.model_fields)
    hint = OPTION_HINTS.get(option) or _closest_option(option)
    said = f" ({hint})" if hint else ""
    return f"options.{option} is not an option{said}; options takes: {fields}"


def unknown_arguments_message(tool: str, arguments: Mapping[str, Any], known: list[str]) -> str:
    """The `arguments` a tool has not (the SDK drops them without a word): each one's closest
    name, or `options` for a render option written beside them (`format`), and the arguments
    the tool takes. Empty when every argument is known."""
    unknown = [name for name in arguments if name not in known]
    if not unknown:
        return ""
    lines = []
    options = option_fields() if tool == "render_ui_mockup" else {}
    for name in unknown:
        if name in options:
            # under the option's own name (`device_scale_factor`), not an alias (`scale`)
            moved = json.dumps({"options": {options[name]: arguments[name]}}, ensure_ascii=False)
            lines.append(f"{name} is a render option: write it in options: {moved}")
            continue
        meant = ARGUMENTS_ELSEWHERE.get(name)
        hint = f"did you mean '{meant}'?" if meant in known else did_you_mean(name, known)
        lines.append(f"unknown argument '{name}'" + (f" ({hint})" if hint else ""))
    lines.append(f"{tool} takes: {', '.join(known)}")
    return "invalid arguments:\n" + "\n".join(f"- {line}" for line in lines)


def _document_line(details: list[ErrorDetails], value: Any) -> str:
    if any(d["type"] == "missing" for d in details):
        return f"dsl_content is required: the mockup document, e.g. {_DOCUMENT_SHAPE}"
    if isinstance(value, list):
        return (
            "dsl_content is a list; a document is an object holding the list as its elements: "
            'wrap it: {"elements": [...]}'
        )
    return (
        f"dsl_content must be the document as an object or as JSON/YAML text, not {kind_of(value)}; "
        f"e.g. {_DOCUMENT_SHAPE}"
    )
