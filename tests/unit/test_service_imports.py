"""The services import the kernel and dsl2png's shared adapters, never one another, and each has a
`__main__.py` that starts it; the MCP adapter imports no composition (`dsl2png.commands`), which
imports it, except from its own `__main__.py`: no import loop."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ("command_api", "query_api", "render_worker", "projector", "mcp_adapter")


def _imported(path: Path) -> set[str]:
    """Every module `path` imports, at any depth of its code (lazy imports included)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("service", SERVICES)
def test_a_service_imports_no_other_service(service: str) -> None:
    others = set(SERVICES) - {service}
    crossing = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / service).rglob("*.py")
        for name in _imported(path)
        if name.split(".")[0] in others
    }
    assert crossing == set()


@pytest.mark.parametrize("service", SERVICES)
def test_each_service_has_a_main_module(service: str) -> None:
    assert (ROOT / service / "__main__.py").is_file()


def test_the_mcp_adapter_does_not_import_the_commands_that_compose_it() -> None:
    looping = {
        str(path.relative_to(ROOT))
        for path in (ROOT / "mcp_adapter").rglob("*.py")
        if path.name != "__main__.py" and any(name.startswith("dsl2png.commands") for name in _imported(path))
    }
    assert looping == set()
