"""The Chromium the pool launches is given only what it needs of the worker's environment: no
database URL, no DSL2PNG_* setting, whatever the worker itself was started with."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from render_worker.pool import ChromiumPool
from render_worker.pool_settings import PoolSettings

pytestmark = pytest.mark.integration

SECRETS = {
    "DATABASE_URL": "postgresql://user:db-secret@db/dsl2png",
    "DSL2PNG_DATABASE_URL": "postgresql://user:dsl2png-secret@db/dsl2png",
    "DSL2PNG_NATS_URL": "nats://user:nats-secret@nats:4222",
}


def _descendants(root: int) -> Iterator[int]:
    """The ids of every process below `root` (the Playwright driver, the browsers it starts)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:  # gone meanwhile
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    below = {root}
    for _ in range(len(parents)):
        grown = below | {pid for pid, parent in parents.items() if parent in below}
        if grown == below:
            break
        below = grown
    yield from below - {root}


def _browsers(executable: str) -> dict[int, dict[str, str]]:
    """Each Chromium process below this one and its environment, as /proc shows them."""
    found: dict[int, dict[str, str]] = {}
    for pid in _descendants(os.getpid()):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0].decode()
            environ = Path(f"/proc/{pid}/environ").read_bytes()
        except OSError:
            continue
        if os.path.realpath(command) == os.path.realpath(executable):
            pairs = (item.decode().partition("=") for item in environ.split(b"\0") if item)
            found[pid] = {name: value for name, _, value in pairs}
    return found


async def test_the_browser_process_holds_none_of_the_workers_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    settings = PoolSettings(browsers=1, pages_per_browser=1)
    executable = settings.resolve_chromium()
    before = set(_browsers(executable))
    async with ChromiumPool(settings) as pool:
        launched = {pid: env for pid, env in _browsers(executable).items() if pid not in before}
        assert launched, "no Chromium process of the pool was found under this one"
        for env in launched.values():
            assert "FONTCONFIG_FILE" in env and "HOME" in env  # its own environment, read whole
            assert not set(SECRETS) & set(env), sorted(set(SECRETS) & set(env))
            assert not [name for name in env if name.startswith("DSL2PNG_")]
            assert not [value for value in env.values() if "secret" in value]
        assert pool.healthy
