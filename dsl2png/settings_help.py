"""The settings a command reads, listed for its --help from the settings classes themselves (so
the list cannot fall behind them); docs/settings.md says more about each."""

from __future__ import annotations

import importlib
from typing import Any

from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

SETTINGS_OF: dict[str, tuple[str, ...]] = {
    "worker": ("render_worker.settings:WorkerSettings", "render_worker.pool_settings:PoolSettings"),
}
"""Each command's settings classes, imported only when its help is shown (the CLI starts fast)."""


def variables(field_name: str, field: FieldInfo) -> list[str]:
    """The environment variables a field is read from (its aliases, or DSL2PNG_<NAME>)."""
    choices = getattr(field.validation_alias, "choices", None)
    return [str(c) for c in choices] if choices else [f"DSL2PNG_{field_name.upper()}"]


def default_shown(field: FieldInfo) -> str:
    if field.default_factory is not None:
        return "computed"
    if field.default is None or field.default is PydanticUndefined:
        return "unset"
    return str(field.default)


def settings_epilog(command: str) -> str:
    """`\\b` (click: keep these lines) and one line per setting: variable, default, what it does."""
    seen: set[str] = set()
    lines = ["\b", "Settings (environment variables; docs/settings.md has them all):"]
    for dotted in SETTINGS_OF[command]:
        module, _, name = dotted.partition(":")
        cls: Any = getattr(importlib.import_module(module), name)
        for field_name, field in cls.model_fields.items():
            names = variables(field_name, field)
            if names[0] in seen:
                continue
            seen.add(names[0])
            what = f": {field.description}" if field.description else ""
            lines.append(f"  {' or '.join(names)} ({default_shown(field)}){what}")
    return "\n".join(lines)
