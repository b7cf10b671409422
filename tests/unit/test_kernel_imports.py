"""The kernel is pure: importing it, every module of it, loads no web framework, queue client,
browser driver or database driver (the house style's promise that a test checks)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ADAPTERS = ("fastapi", "starlette", "nats", "playwright", "psycopg", "psycopg_pool", "sqlalchemy")

_LOAD_EVERY_KERNEL_MODULE = """
import importlib, json, pkgutil, sys
import kernel
for module in pkgutil.walk_packages(kernel.__path__, "kernel."):
    importlib.import_module(module.name)
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_importing_the_kernel_loads_no_adapter_library() -> None:
    # A fresh interpreter: this test process has loaded everything already.
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT)}
    loaded = subprocess.run(
        [sys.executable, "-c", _LOAD_EVERY_KERNEL_MODULE],
        capture_output=True, text=True, check=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip
    top_level = set(json.loads(loaded.stdout))
    assert "kernel" in top_level
    assert top_level & set(ADAPTERS) == set()
