"""CPU seconds used by process trees (a service process and its Chromium children), read from /proc."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")
TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass(frozen=True)
class ProcessSample:
    """One process: its parent, its command name and the CPU it has used itself so far (seconds)."""

    pid: int
    ppid: int
    name: str
    cpu_s: float


def read_processes() -> dict[int, ProcessSample]:
    """Every process visible in /proc (vanished ones are skipped); empty where /proc is absent."""
    samples: dict[int, ProcessSample] = {}
    if not PROC.is_dir():
        return samples
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            raw = (entry / "stat").read_text()
        except OSError:
            continue
        # The name is in parentheses and may itself hold spaces or parentheses.
        name = raw[raw.index("(") + 1 : raw.rindex(")")]
        fields = raw[raw.rindex(")") + 2 :].split()
        ticks = int(fields[11]) + int(fields[12])  # utime + stime
        samples[int(entry.name)] = ProcessSample(
            int(entry.name), int(fields[1]), name, ticks / TICKS_PER_SECOND
        )
    return samples


def descendants(samples: Mapping[int, ProcessSample], root: int) -> set[int]:
    """`root` and every live process below it (Chromium runs under a worker's Playwright driver)."""
    children: dict[int, list[int]] = {}
    for sample in samples.values():
        children.setdefault(sample.ppid, []).append(sample.pid)
    found, stack = set(), [root]
    while stack:
        pid = stack.pop()
        if pid in samples and pid not in found:
            found.add(pid)
            stack.extend(children.get(pid, []))
    return found


CHROMIUM_ROLES = {
    "--type=gpu-process": "chromium gpu",
    "--type=renderer": "chromium renderer",
    "--type=utility": "chromium utility",
    "--type=zygote": "chromium utility",
}


def process_role(pid: int, root: int) -> str:
    """What a process of a renderer's tree is: the Python process itself, Playwright's driver,
    or which Chromium process (Chromium rewrites its argv into one string, hence the search)."""
    if pid == root:
        return "python"
    try:
        cmdline = (PROC / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "other"
    for flag, role in CHROMIUM_ROLES.items():
        if flag in cmdline:
            return role
    if "chrom" in cmdline:
        return "chromium browser"
    if "node" in cmdline:
        return "playwright driver"
    return "other"


class CpuMeter:
    """CPU used per labelled process tree, and per server name (e.g. every `postgres` process).

    Sampled every `interval_s` while measuring, so a process that starts or ends meanwhile (a
    Chromium relaunched, a Postgres backend) still counts, up to one interval of its last work."""

    def __init__(
        self,
        roots: Mapping[str, int],
        servers: Mapping[str, tuple[str, ...]],
        interval_s: float = 0.5,
        *,
        by_role: Mapping[str, int] | None = None,
    ) -> None:
        self.roots = dict(roots)
        self.servers = dict(servers)
        self.by_role = dict(by_role or {})
        """Trees also broken down by process role (`process_role`), as labels "<label>: <role>"
        (e.g. a worker's Python, its Playwright driver, each kind of Chromium process); these
        overlap `roots`."""
        self.interval_s = interval_s
        self._base: dict[tuple[str, int], float] = {}
        self._last: dict[tuple[str, int], float] = {}
        self._roles: dict[int, str] = {}

    def _members(self, samples: Mapping[int, ProcessSample]) -> dict[str, set[int]]:
        members = {label: descendants(samples, pid) for label, pid in self.roots.items()}
        for label, names in self.servers.items():
            members[label] = {s.pid for s in samples.values() if s.name.startswith(names)}
        for label, root in self.by_role.items():
            for pid in descendants(samples, root):
                role = self._roles.setdefault(pid, process_role(pid, root))
                members.setdefault(f"{label}: {role}", set()).add(pid)
        return members

    def _sample(self, *, first: bool) -> None:
        samples = read_processes()
        for label, pids in self._members(samples).items():
            for pid in pids:
                key = (label, pid)
                if key not in self._base:  # present at the start, or new since: it counts from 0
                    self._base[key] = samples[pid].cpu_s if first else 0.0
                self._last[key] = samples[pid].cpu_s

    def totals(self) -> dict[str, float]:
        """CPU seconds per label since the measurement began."""
        totals = dict.fromkeys([*self.roots, *self.servers], 0.0)
        for (label, pid), last in self._last.items():
            totals[label] = totals.get(label, 0.0) + max(0.0, last - self._base[(label, pid)])
        return totals

    @contextlib.asynccontextmanager
    async def measuring(self) -> AsyncIterator[CpuMeter]:
        """Sample in the background while the block runs; read `totals()` afterwards."""
        self._base, self._last = {}, {}
        self._sample(first=True)

        async def keep_sampling() -> None:
            while True:
                await asyncio.sleep(self.interval_s)
                self._sample(first=False)

        sampler = asyncio.create_task(keep_sampling())
        try:
            yield self
        finally:
            sampler.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sampler
            self._sample(first=False)


class RoleCpuMeter(CpuMeter):
    """CPU per role of one process tree (Python, Playwright driver, each kind of Chromium
    process), sampled like CpuMeter so that browsers relaunched or recycled meanwhile count."""

    PREFIX = "tree"

    def __init__(self, root: int, interval_s: float = 0.5) -> None:
        super().__init__({}, {}, interval_s, by_role={self.PREFIX: root})

    def totals(self) -> dict[str, float]:
        """CPU seconds per role ("python", "chromium gpu", ...)."""
        cut = len(self.PREFIX) + 2
        return {label[cut:]: seconds for label, seconds in super().totals().items()}
