"""What a process loads at start-up stays what it needs: the worker, relay and projector serve no
HTTP (FastAPI cost each ~200 ms of CPU), the relay and projector compile no DSL (its model and
validator ~300 ms more), and `dsl2png validate` draws nothing (Playwright). The suite starts ~400
such processes, and a service restarts with them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Imports the entry modules in turn, writing what is loaded after each step.
_STEPS = """
import importlib, json, sys
loaded = {}
for step, modules in json.loads(sys.argv[1]):
    for name in modules:
        importlib.import_module(name)
    loaded[step] = sorted(sys.modules)
print(json.dumps(loaded))
"""
STEPS = [
    ("relay and projector", ["command_api.relay_main", "projector.main"]),
    ("validate", ["dsl2png.cli", "dsl2png.commands.validate"]),
    ("worker", ["render_worker.main"]),
]


def _top(modules: list[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_services_and_validate_load_only_what_they_run() -> None:
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _STEPS, json.dumps(STEPS)],
        capture_output=True, text=True, check=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip
    loaded = json.loads(done.stdout)
    relay_and_projector, validate, worker = (loaded[step] for step, _ in STEPS)
    assert {"command_api.relay_main", "projector.main"} <= set(relay_and_projector)  # the check sees them
    assert {"kernel.dsl.model", "kernel.dsl.compiler"}.isdisjoint(relay_and_projector)
    assert "dsl2png.commands.validate" in validate
    assert {"playwright", "render_worker"}.isdisjoint(_top(validate))
    assert "render_worker.main" in worker
    assert {"fastapi", "starlette"}.isdisjoint(_top(worker))  # nor the relay's or projector's before it
