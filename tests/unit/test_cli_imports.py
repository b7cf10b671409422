"""The command line imports what a command runs when it runs: `dsl2png --help` and `dsl2png validate`
load no browser driver, web framework, queue client, database library or MCP server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = {
    "playwright", "fastapi", "starlette", "uvicorn", "nats", "psycopg", "psycopg_pool", "sqlalchemy",
    "alembic", "mcp", "render_worker", "command_api", "query_api", "projector", "mcp_adapter",
}  # fmt: skip

# Runs the command as `python -m dsl2png` (runpy) or as the `dsl2png` console script (cli.main)
# does, then writes the exit code and every module loaded to the file given first.
_RUN = """
import json, runpy, sys
report, entry, *args = sys.argv[1:]
sys.argv = ["dsl2png", *args]
code = 0
try:
    if entry == "-m":
        runpy.run_module("dsl2png", run_name="__main__", alter_sys=True)
    else:
        from dsl2png.cli import main
        main()
except SystemExit as exc:
    code = exc.code
with open(report, "w") as out:
    json.dump({"code": code, "modules": sorted(sys.modules)}, out)
"""


def _run(tmp_path: Path, entry: str, *args: str) -> tuple[int, set[str], str]:
    """(exit code, the modules loaded, stdout and stderr) of `dsl2png ARGS` in a fresh interpreter."""
    report = tmp_path / "report.json"
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT), "COLUMNS": "100"}
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(report), entry, *args],
        capture_output=True, text=True, check=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip
    result = json.loads(report.read_text())
    return result["code"], set(result["modules"]), done.stdout + done.stderr


def _heavy(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules} & HEAVY


def test_help_loads_no_command_and_no_heavy_library(tmp_path: Path) -> None:
    code, modules, output = _run(tmp_path, "-m", "--help")
    assert code == 0 and "Usage:" in output and "validate" in output
    assert _heavy(modules) == set()
    assert {name for name in modules if name.startswith("dsl2png.commands")} == set()


@pytest.mark.parametrize("entry", ["-m", "script"])
def test_validate_loads_its_own_command_and_no_heavy_library(tmp_path: Path, entry: str) -> None:
    code, modules, output = _run(tmp_path, entry, "validate", "examples/login.yaml")
    assert code == 0 and "ok examples/login.yaml" in output
    assert "dsl2png.commands.validate" in modules  # the check sees what a command imports
    assert _heavy(modules) == set()
    assert {"dsl2png.commands.render", "dsl2png.commands.mcp_stdio", "dsl2png.commands.database"}.isdisjoint(
        modules
    )


# `dsl2png mcp` up to the moment it would serve: `run_stdio` replaced by a stand-in that builds the
# server the handshake is answered with, then writes the modules loaded so far and returns.
_MCP_UNTIL_HANDSHAKE = """
import asyncio, json, sys
import mcp_adapter.stdio
from mcp_adapter.starting_server import StartingServer

async def until_handshake(gateway_factory, *, examples_dir):
    server = StartingServer()
    server._lowlevel_server.create_initialization_options()
    with open(sys.argv[1], "w") as out:
        json.dump(sorted(sys.modules), out)

mcp_adapter.stdio.run_stdio = until_handshake
from dsl2png.commands.mcp_stdio import serve_mcp_stdio
sys.exit(serve_mcp_stdio())
"""


def test_mcp_answers_its_handshake_before_loading_the_dsl_or_the_renderer(tmp_path: Path) -> None:
    """What `dsl2png mcp` loads before it can answer `initialize`: the MCP SDK, its settings and
    start-up checks; not the DSL's models and compiler, the tools, Playwright or the store (seconds
    of imports on a loaded machine, loaded in the background after the handshake)."""
    report = tmp_path / "modules.json"
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "DSL2PNG_DATA_DIR": str(tmp_path / "data"),
    }
    subprocess.run(
        [sys.executable, "-c", _MCP_UNTIL_HANDSHAKE, str(report)],
        capture_output=True, text=True, check=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip
    modules = set(json.loads(report.read_text()))
    assert "mcp_adapter.starting_server" in modules and "mcp" in modules  # the check sees the server
    deferred = {
        "kernel.dsl.model", "kernel.dsl.compiler", "kernel.dsl.validate", "kernel.dsl.semantic",
        "mcp_adapter.server", "mcp_adapter.tools", "dsl2png.runtime", "playwright", "sqlalchemy",
    }  # fmt: skip
    assert deferred.isdisjoint(modules), sorted(deferred & modules)
