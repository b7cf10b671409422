"""Service benchmark: the real distributed service (or `dsl2png serve` embedded) driven over HTTP by N clients."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import copy
import itertools
import json
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as `python bench/bench_service.py`
    sys.path.insert(0, str(REPO))

from bench.bench_renderer import Workload, measure_pool, percentile, pool_defaults  # noqa: E402
from bench.process_cpu import CpuMeter  # noqa: E402

DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/test"
DEFAULT_NATS_URL = "nats://127.0.0.1:4222"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
WAIT_S = 30
COMPLEX_SHARE = 0.3

Document = dict[str, Any]
NextDocument = Callable[[], Document]


# -- documents ------------------------------------------------------------------------------


def load_example(name: str) -> Document:
    import yaml

    loaded = yaml.safe_load((REPO / "examples" / f"{name}.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict), f"examples/{name}.yaml is not a mapping"
    return loaded


def _first_text_holder(node: Any) -> dict[str, Any] | None:
    """The first element (depth first) with a string `text`, so a variant changes visible pixels."""
    children: list[Any]
    if isinstance(node, dict):
        if isinstance(node.get("text"), str):
            return node
        children = [*(node.get("elements") or []), *(node.get("children") or [])]
    elif isinstance(node, list):
        children = node
    else:
        return None
    for child in children:
        found = _first_text_holder(child)
        if found is not None:
            return found
    return None


def variant(base: Document, tag: str) -> Document:
    """`base` with `tag` appended to its title and first visible text: a new cache key each time."""
    doc = copy.deepcopy(base)
    doc["title"] = f"{doc.get('title', 'bench')} {tag}"
    holder = _first_text_holder(doc)
    if holder is not None:
        holder["text"] = f"{holder['text']} {tag}"
    return doc


@dataclass
class DocumentSource:
    """Unique documents on demand: simple (login) or a 70/30 simple/complex (dashboard) mix."""

    simple: Document
    complex: Document
    simple_name: str = "login"
    run_tag: str = field(default_factory=lambda: uuid.uuid4().hex[:6])
    counter: Iterator[int] = field(default_factory=itertools.count)
    rng: random.Random = field(default_factory=lambda: random.Random(7))

    def next_simple(self) -> Document:
        return variant(self.simple, f"#{self.run_tag}-{next(self.counter)}")

    def next_mixed(self) -> Document:
        base = self.complex if self.rng.random() < COMPLEX_SHARE else self.simple
        return variant(base, f"#{self.run_tag}-{next(self.counter)}")


def compiled_workload(label: str, documents: list[tuple[str, Document]]) -> Workload:
    """The documents compiled exactly as the service compiles them (default options)."""
    from kernel.dsl.options import RenderOptions
    from kernel.dsl.prepare import prepare_render

    pages = [(name, prepare_render(doc, RenderOptions()).html) for name, doc in documents]
    return Workload(label, pages)


# -- the bare renderer ----------------------------------------------------------------------


BARE_MAX_RPS = 80
"""More renders per second than the bare pool reaches here: how many unique variants to compile."""


async def measure_bare(
    docs: DocumentSource,
    browsers: int,
    pages: int,
    renders: int,
    seconds: float,
    keys: tuple[str, ...] = ("simple", "mixed"),
) -> dict[str, Any]:
    """ChromiumPool alone on the same kind of documents and pool size: latency and throughput.

    Like the service's clients, the bare pool renders a new variant each time (the counter in
    the title and first text), so both do the same work: cycling through four variants, as this
    did before, let Chromium redraw pages it had just drawn (within noise here: 36-39 against
    40-41 ms of CPU per render in alternating 10 s runs).
    """
    name = docs.simple_name
    warm = browsers * pages
    count = warm * warm + renders + int(seconds * BARE_MAX_RPS)
    workloads = {
        "simple": lambda: compiled_workload(
            f"{name} (unique variants)", [(f"{name}-{i}", docs.next_simple()) for i in range(count)]
        ),
        "mixed": lambda: compiled_workload(
            f"70% {name} / 30% dashboard (unique variants)",
            [(f"mixed-{i}", docs.next_mixed()) for i in range(count)],
        ),
    }
    result: dict[str, Any] = {"browsers": browsers, "pages_per_browser": pages}
    for key in keys:
        workload = workloads[key]()
        measured = await measure_pool(workload, renders, seconds, browsers, pages, warm_pages=warm)
        # The throughput phase alone, every process of the tree (Python, driver, Chromium): the
        # launch and warm-up once counted here made it read ~20% high (more than 2 cores' worth).
        measured["cpu_ms_per_role"] = measured["cpu_ms_per_render"]
        measured["cpu_ms_per_render"] = sum(measured["cpu_ms_per_role"].values())
        measured.pop("stats", None)
        result[key] = measured
    return result


# -- the service as processes ---------------------------------------------------------------


@dataclass
class RunningService:
    """Where the service answers, and which processes are its parts."""

    url: str
    pids: dict[str, int]
    log_dir: Path
    schema: str | None = None
    """The Postgres schema (distributed mode), where the read model tells the stages apart."""


def _ready(url: str) -> bool:
    import httpx

    try:
        return httpx.get(f"{url}/readyz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


async def _delete_stream(nats_url: str, name: str) -> None:
    import nats

    nc = await nats.connect(nats_url)
    try:
        with contextlib.suppress(Exception):
            await nc.jetstream().delete_stream(name)
    finally:
        await nc.close()


def worker_env(args: argparse.Namespace) -> dict[str, str]:
    """Pool size and jobs in flight per worker (default: one job per page), then `--service-env`."""
    env = {
        "DSL2PNG_BROWSERS": str(args.browsers),
        "DSL2PNG_PAGES_PER_BROWSER": str(args.pages),
        "DSL2PNG_CONCURRENCY": str(concurrency(args)),
    }
    return env | dict(args.service_env)


def concurrency(args: argparse.Namespace) -> int:
    return int(args.concurrency or args.browsers * args.pages)


@contextlib.contextmanager
def distributed_service(args: argparse.Namespace, scratch: Path) -> Iterator[RunningService]:
    """migrate, serve, relay, projector and N workers on a fresh schema and stream; all removed after."""
    import psycopg

    from tests.e2e.processes import ServiceProcesses, base_env, free_port, wait_until

    tag = uuid.uuid4().hex[:8]
    schema, stream = f"bench_{tag}", f"BENCH_{tag.upper()}"
    env = base_env(
        DATABASE_URL=args.database_url,
        NATS_URL=args.nats_url,
        DSL2PNG_DATABASE_SCHEMA=schema,
        DSL2PNG_NATS_STREAM=stream,
        DSL2PNG_NATS_SUBJECT=f"bench.{tag}.jobs",
        DSL2PNG_NATS_DURABLE=f"bench-workers-{tag}",
        DSL2PNG_DATA_DIR=str(scratch / "data"),
        DSL2PNG_AUTH="off",
        DSL2PNG_LOG_LEVEL="warning",
        **worker_env(args),
    )
    procs = ServiceProcesses(env=env, log_dir=scratch)
    with psycopg.connect(args.database_url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        subprocess.run(
            [sys.executable, "-m", "dsl2png", "migrate"],
            cwd=REPO,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        procs.start("api", "serve", "--port", str(port))
        procs.start("relay", "relay")
        procs.start("projector", "projector")
        for n in range(1, args.workers + 1):
            procs.start(f"worker-{n}", "worker", extra_env={"DSL2PNG_WORKER_ID": f"bench-worker-{n}"})
        wait_until(lambda: _ready(url), 90, "the API's /readyz")
        yield RunningService(url, {name: p.pid for name, p in procs.procs.items()}, scratch, schema)
        procs.assert_running()
    finally:
        procs.stop_all()
        with psycopg.connect(args.database_url, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        asyncio.run(_delete_stream(args.nats_url, stream))


@contextlib.contextmanager
def embedded_service(args: argparse.Namespace, scratch: Path) -> Iterator[RunningService]:
    """`dsl2png serve` with no DATABASE_URL/NATS_URL: SQLite, in-process queue, one worker."""
    from tests.e2e.processes import ServiceProcesses, base_env, free_port, wait_until

    env = base_env(
        DSL2PNG_DATA_DIR=str(scratch / "data"),
        DSL2PNG_LOG_LEVEL="warning",
        **worker_env(args),
    )
    procs = ServiceProcesses(env=env, log_dir=scratch)
    try:
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        procs.start("serve", "serve", "--port", str(port))
        wait_until(lambda: _ready(url), 90, "the embedded service's /readyz")
        yield RunningService(url, {name: p.pid for name, p in procs.procs.items()}, scratch)
        procs.assert_running()
    finally:
        procs.stop_all()


STAGES_SQL = """
SELECT count(*),
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM started_at - created_at) * 1000),
       percentile_cont(0.5) WITHIN GROUP (ORDER BY render_ms),
       percentile_cont(0.5) WITHIN GROUP (
           ORDER BY extract(epoch FROM finished_at - started_at) * 1000 - render_ms),
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - created_at) * 1000),
       avg(bytes)
FROM {schema}.render_jobs
WHERE status = 'completed' AND NOT cache_hit AND created_at >= to_timestamp(%s) AND created_at < to_timestamp(%s)
"""


def add_stage_breakdown(database_url: str, schema: str, results: list[PhaseResult]) -> None:
    """Median time per stage of each phase's rendered jobs, from the projected read model:
    queued = RenderRequested -> RenderStarted (relay, NATS, fetch, start event), render = the pool's
    render_ms, store = RenderStarted -> RenderCompleted minus render (compile, PNG put, events)."""
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as conn:
        for result in results:
            row = conn.execute(
                STAGES_SQL.format(schema=f'"{schema}"'),
                result.window,  # type: ignore[arg-type]
            ).fetchone()
            if row is None or not row[0]:
                continue
            count, queued, render, store, job, png_bytes = row
            result.stages = {
                "jobs": int(count),
                "queued_ms": round(float(queued), 1),
                "render_ms": round(float(render), 1),
                "store_ms": round(float(store), 1),
                "requested_to_completed_ms": round(float(job), 1),
                "png_kb": round(float(png_bytes) / 1024, 1),
            }


def wait_for_projection(database_url: str, schema: str, expected: int, timeout_s: float = 30) -> None:
    """The projector trails the workers a little: wait until it has every finished job."""
    import psycopg

    from tests.e2e.processes import wait_until

    def caught_up() -> bool:
        with psycopg.connect(database_url, autocommit=True) as conn:
            row = conn.execute(
                f'SELECT count(*) FROM "{schema}".render_jobs WHERE finished_at IS NOT NULL'
            ).fetchone()
        return row is not None and int(row[0]) >= expected

    with contextlib.suppress(AssertionError):  # a breakdown of most jobs is still worth printing
        wait_until(caught_up, timeout_s, "the projector")


# -- load -----------------------------------------------------------------------------------


@dataclass
class PhaseResult:
    """One phase's figures, and its targets as (label, passed)."""

    name: str
    clients: int
    seconds: float
    renders: int
    errors: int
    latencies_ms: list[float]
    error_kinds: dict[str, int]
    cpu_s: dict[str, float]
    window: tuple[float, float] = (0.0, 0.0)
    """Wall-clock start and end (epoch seconds), to find the phase's jobs in the read model."""
    stages: dict[str, float] | None = None
    database: dict[str, float] | None = None
    """Postgres work per completed request (table scans, rows, WAL bytes), distributed mode."""
    bare_rps: float | None = None
    bare_p50_ms: float | None = None
    bracket: tuple[float, float] | None = None
    """The bare pool's renders/s right before and right after this phase (the service idle)."""
    targets: list[tuple[str, bool]] = field(default_factory=list)

    @property
    def per_minute(self) -> float:
        return self.renders / self.seconds * 60 if self.seconds else 0.0

    @property
    def per_second(self) -> float:
        return self.renders / self.seconds if self.seconds else 0.0

    def p(self, fraction: float) -> float:
        return percentile(self.latencies_ms, fraction) if self.latencies_ms else float("nan")

    @property
    def ratio(self) -> float | None:
        return self.per_second / self.bare_rps if self.bare_rps else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "phase": self.name,
            "clients": self.clients,
            "seconds": round(self.seconds, 2),
            "renders": self.renders,
            "renders_per_min": round(self.per_minute, 1),
            "p50_ms": round(self.p(0.5), 1),
            "p95_ms": round(self.p(0.95), 1),
            "p99_ms": round(self.p(0.99), 1),
            "errors": self.errors,
            "error_kinds": self.error_kinds,
            "bare_renders_per_s": None if self.bare_rps is None else round(self.bare_rps, 1),
            "bare_bracket_renders_per_s": None
            if self.bracket is None
            else [round(x, 1) for x in self.bracket],
            "pipeline_over_bare": None if self.ratio is None else round(self.ratio, 3),
            "cpu_s": {k: round(v, 1) for k, v in self.cpu_s.items()},
            "stages_p50_ms": self.stages,
            "postgres_per_request": self.database,
            "targets": {label: passed for label, passed in self.targets},
        }


def http_session(url: str, connections: int) -> Any:
    """The bench's HTTP client. aiohttp, not httpx: the clients share the machine's 2 cores with
    the service, and aiohttp spends ~0.5-0.7 ms of CPU on a POST that returns a 400 KB PNG where
    httpx spends ~1.5-1.8 ms, CPU the service would otherwise have."""
    import aiohttp

    return aiohttp.ClientSession(
        base_url=url,
        timeout=aiohttp.ClientTimeout(total=WAIT_S + 30),
        connector=aiohttp.TCPConnector(limit=connections),
    )


async def post_render(session: Any, doc: Document) -> tuple[float, str | None]:
    """POST /v1/renders?wait=30; (latency ms, None) for a PNG, else (latency ms, what went wrong)."""
    import aiohttp

    started = time.perf_counter()
    try:
        async with session.post("/v1/renders", params={"wait": WAIT_S}, json={"dsl": doc}) as response:
            body = await response.read()
    except (aiohttp.ClientError, TimeoutError) as exc:
        return (time.perf_counter() - started) * 1000, type(exc).__name__
    elapsed = (time.perf_counter() - started) * 1000
    if response.status != 200:
        return elapsed, f"HTTP {response.status}"
    if not body.startswith(PNG_SIGNATURE):
        return elapsed, "not a PNG"
    return elapsed, None


async def run_phase(
    url: str,
    name: str,
    clients: int,
    seconds: float,
    next_doc: NextDocument,
    meter: CpuMeter,
) -> PhaseResult:
    """`clients` loops, each posting a fresh document as soon as its last one came back."""
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    async with http_session(url, clients + 4) as session:
        deadline = time.perf_counter() + seconds

        async def loop() -> None:
            while time.perf_counter() < deadline:
                latency, error = await post_render(session, next_doc())
                if error is None:
                    latencies.append(latency)
                else:
                    errors[error] += 1

        async with meter.measuring():
            wall_start, started = time.time(), time.perf_counter()
            await asyncio.gather(*(loop() for _ in range(clients)))
            elapsed = time.perf_counter() - started
        cpu = meter.totals()
    return PhaseResult(
        name, clients, elapsed, len(latencies), sum(errors.values()), latencies, dict(errors), cpu,
        window=(wall_start, time.time()),
    )  # fmt: skip


async def run_cache_phase(url: str, seconds: float, doc: Document, meter: CpuMeter) -> PhaseResult:
    """One document rendered once, then posted again and again: each repeat completes from the cache."""
    async with http_session(url, 1) as session:
        _, error = await post_render(session, doc)
        if error is not None:
            raise RuntimeError(f"the first render of the cache phase failed: {error}")
    return await run_phase(url, "cache (repeat)", 1, seconds, lambda: doc, meter)


async def warm_up(url: str, docs: DocumentSource, renders: int) -> None:
    """Start every Chromium page and connection pool before measuring (not counted)."""
    async with http_session(url, renders) as session:
        await asyncio.gather(*(post_render(session, docs.next_mixed()) for _ in range(renders)))


ROLE_SEPARATOR = ": "
"""Between a worker's label and a role of its tree ("worker-1: chromium gpu"): those figures are
already counted in the worker's tree and are printed apart, to compare with the bare pool's."""

POSTGRES_COUNTERS_SQL = """
SELECT coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0),
       coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0),
       coalesce(sum(seq_tup_read + coalesce(idx_tup_fetch, 0)), 0),
       pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')
FROM pg_stat_user_tables WHERE schemaname = %s
"""


def postgres_counters(database_url: str, schema: str) -> dict[str, float]:
    """Totals for the service's schema (table scans, rows written, rows read) and the server's WAL
    bytes (server-wide: other users count too). Deltas per phase show what one render costs."""
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as conn:
        row = conn.execute(POSTGRES_COUNTERS_SQL, (schema,)).fetchone()
    assert row is not None
    keys = ("table_scans", "rows_written", "rows_read", "wal_bytes")
    return {key: float(value) for key, value in zip(keys, row, strict=True)}


async def measured_phase(
    args: argparse.Namespace, service: RunningService, bare: dict[str, Any], phase: Any
) -> PhaseResult:
    """Run one phase coroutine and add this process's CPU, the database's work and the targets."""
    schema = service.schema
    before = await asyncio.to_thread(postgres_counters, args.database_url, schema) if schema else {}
    started = time.process_time()
    result: PhaseResult = await phase
    result.cpu_s["bench (this process)"] = time.process_time() - started
    if schema:
        await asyncio.sleep(1.5)  # backends report their statistics at most once a second
        after = await asyncio.to_thread(postgres_counters, args.database_url, schema)
        done = max(1, result.renders)
        result.database = {key: round((after[key] - before[key]) / done, 1) for key in after}
    judge(result, bare)
    print(f"  {summary_line(result)}", file=sys.stderr, flush=True)
    return result


async def drive(
    args: argparse.Namespace, service: RunningService, docs: DocumentSource, bare: dict[str, Any]
) -> list[PhaseResult]:
    workers = {label: pid for label, pid in service.pids.items() if label.startswith("worker")}
    meter = CpuMeter(
        service.pids, {"postgres": ("postgres",), "nats-server": ("nats-server",)}, by_role=workers
    )
    await warm_up(service.url, docs, max(8, 2 * args.workers * args.browsers * args.pages))
    results: list[PhaseResult] = []
    for clients in args.clients:
        if clients == 1:
            name, next_doc = f"1 client, {docs.simple_name}", docs.next_simple
        elif clients >= 100:
            name, next_doc = f"{clients} clients, 70/30 mix", docs.next_mixed
        else:
            name, next_doc = f"{clients} clients, {docs.simple_name}", docs.next_simple
        seconds = args.sustain if (clients == 20 and args.sustain) else args.seconds
        phase = run_phase(service.url, name, clients, seconds, next_doc, meter)
        if clients == 1 or not args.bracket:
            results.append(await measured_phase(args, service, bare, phase))
            continue
        key = "mixed" if clients >= 100 else "simple"
        before = await bare_now(args, docs, key)
        result = await measured_phase(args, service, bare, phase)
        result.bracket = (before, await bare_now(args, docs, key))
        judge(result, bare)
        results.append(result)
    if not args.no_cache:
        phase = run_cache_phase(service.url, min(args.seconds, 15), docs.next_simple(), meter)
        results.append(await measured_phase(args, service, bare, phase))
    return results


async def bare_now(args: argparse.Namespace, docs: DocumentSource, key: str) -> float:
    """The bare pool's renders/s on `key`'s documents now, the service idle meanwhile: this kind
    of machine can change speed by a quarter within minutes, so a loaded phase is judged against
    readings taken right next to it rather than minutes before and after."""
    print(f"  measuring the bare renderer ({key}) next to the phase...", file=sys.stderr, flush=True)
    measured = await measure_bare(
        docs, bare_browsers(args), args.pages, args.bare_renders, args.bare_seconds, keys=(key,)
    )
    return float(measured[key]["throughput_rps"])


def bare_browsers(args: argparse.Namespace) -> int:
    """Browsers of the bare pool: as many as the service's workers have in all."""
    return args.browsers * (1 if args.embedded else args.workers)


def cpu_label_order(label: str) -> tuple[int, str]:
    """Service processes in pipeline order, then the servers, then this process."""
    order = ("api", "serve", "relay", "worker", "projector", "postgres", "nats", "bench")
    return next((i for i, prefix in enumerate(order) if label.startswith(prefix)), len(order)), label


def judge(result: PhaseResult, bare: dict[str, Any]) -> None:
    """Attach the bare renderer's figures and the issue's targets that apply to this phase."""
    no_errors = ("no errors", result.errors == 0)
    if result.name.startswith("cache"):
        result.targets = [("p50 < 20 ms", result.p(0.5) < 20), no_errors]
        return
    figures = bare["mixed"] if "mix" in result.name else bare["simple"]
    result.bare_rps, result.bare_p50_ms = figures["throughput_rps"], figures["p50_ms"]
    if result.bracket is not None:
        result.bare_rps = sum(result.bracket) / 2
    if result.clients == 1:
        result.targets = [("p50 < 150 ms", result.p(0.5) < 150), no_errors]
    elif result.clients == 20:
        result.targets = [
            (">= 1,800 renders/min", result.per_minute >= 1800),
            no_errors,
            ("pipeline >= 60% of bare", (result.ratio or 0) >= 0.6),
        ]
    else:
        result.targets = [no_errors, ("pipeline >= 60% of bare", (result.ratio or 0) >= 0.6)]


# -- report ---------------------------------------------------------------------------------


def summary_line(r: PhaseResult) -> str:
    return (
        f"{r.name}: {r.renders} renders in {r.seconds:.1f} s = {r.per_minute:.0f}/min, "
        f"p50 {r.p(0.5):.0f} ms, p95 {r.p(0.95):.0f} ms, p99 {r.p(0.99):.0f} ms, errors {r.errors}"
    )


def mark(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


def print_role_breakdown(results: list[PhaseResult], bare: dict[str, Any], role_labels: list[str]) -> None:
    """Each worker's tree by process (its Python, Playwright's driver, each kind of Chromium
    process) next to the bare pool's: where the worker spends more than the renderer alone."""
    if not role_labels:
        return
    print()
    print("Worker trees by process, CPU ms per completed request (the bare pool's for comparison):")
    for r in results:
        parts = [
            (label, r.cpu_s[label] * 1000 / max(1, r.renders)) for label in role_labels if label in r.cpu_s
        ]
        shown = " + ".join(
            f"{label} {ms:.1f}" for label, ms in sorted(parts, key=lambda p: -p[1]) if ms >= 0.05
        )
        print(f"  {r.name}: {shown}")
    for key in ("simple", "mixed"):
        by_role = bare[key].get("cpu_ms_per_role") or {}
        shown = " + ".join(f"{role} {ms:.1f}" for role, ms in by_role.items() if ms >= 0.05)
        print(f"  bare pool, {key}: {shown}")


def print_report(args: argparse.Namespace, bare: dict[str, Any], results: list[PhaseResult]) -> None:
    mode = (
        "embedded (`dsl2png serve`, SQLite)"
        if args.embedded
        else (f"distributed: api + relay + projector + {args.workers} worker(s), Postgres + NATS JetStream")
    )
    per_worker = f"{args.browsers} browsers x {args.pages} pages"
    print(f"service: {mode}; each worker {per_worker}, {concurrency(args)} jobs in flight")
    if args.service_env:
        print("service environment: " + " ".join(f"{k}={v}" for k, v in args.service_env))
    readings = bare.get("readings", {})
    for key, label in (("simple", args.example), ("mixed", "70/30 mix")):
        b = bare[key]
        each = " / ".join(f"{r[key]['throughput_rps']:.1f}" for r in readings.values())
        print(
            f"bare ChromiumPool ({bare['browsers']}x{bare['pages_per_browser']}), {label}: "
            f"{b['throughput_rps']:.1f} renders/s ({b['throughput_rps'] * 60:.0f}/min"
            + (f"; mean of {each} before / after the service" if each else "")
            + f"), sequential p50 {b['p50_ms']:.1f} ms"
        )
    for r in results:
        if r.bracket is not None:
            print(
                f"  {r.name}: bare pool {r.bracket[0]:.1f} / {r.bracket[1]:.1f} renders/s right before / after "
                "the phase (its 'vs bare' is against their mean)"
            )
    print()
    header = (
        f"{'phase':<26} {'renders':>7} {'/min':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
        f"{'errors':>6} {'vs bare':>8}  targets"
    )
    print(header)
    print("-" * len(header) + "-" * 30)
    for r in results:
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
        if r.clients == 1 and r.bare_p50_ms:
            ratio = f"{r.p(0.5) / r.bare_p50_ms:.1f}x p50"
        targets = ", ".join(f"{label} {mark(ok)}" for label, ok in r.targets)
        print(
            f"{r.name:<26} {r.renders:>7} {r.per_minute:>7.0f} {r.p(0.5):>8.1f} {r.p(0.95):>8.1f} "
            f"{r.p(0.99):>8.1f} {r.errors:>6} {ratio:>8}  {targets}"
        )
        if r.error_kinds:
            print(f"{'':<26} errors: {r.error_kinds}")
    print()
    print("CPU ms per completed request (process trees: a worker includes its Chromium; postgres and")
    print("nats-server count every process of that name on the machine, other users included):")
    every = {label for r in results for label in r.cpu_s}
    labels = sorted((label for label in every if ROLE_SEPARATOR not in label), key=cpu_label_order)
    print(f"{'phase':<26} " + " ".join(f"{label[:11]:>11}" for label in labels) + "       total   cores")
    for r in results:
        per_render = [r.cpu_s.get(label, 0.0) * 1000 / max(1, r.renders) for label in labels]
        cells = " ".join(f"{value:>11.1f}" for value in per_render)
        busy = sum(r.cpu_s.get(label, 0.0) for label in labels) / r.seconds
        print(f"{r.name:<26} {cells} {sum(per_render):>11.1f} {busy:>7.2f}")
    for key, label in (("simple", args.example), ("mixed", "70/30 mix")):
        print(
            f"{'bare pool, ' + label:<26} {bare[key]['cpu_ms_per_render']:>11.1f} (whole bench process tree, "
            f"{bare[key]['cores_busy']:.2f} cores)"
        )
    print_role_breakdown(results, bare, sorted(every - set(labels)))
    with_db = [r for r in results if r.database]
    if with_db:
        print()
        print("Postgres work per completed request (the service's schema; WAL is server-wide):")
        print(f"{'phase':<26} {'table scans':>12} {'rows written':>12} {'rows read':>10} {'WAL KB':>8}")
        for r in with_db:
            db = r.database or {}
            print(
                f"{r.name:<26} {db['table_scans']:>12.1f} {db['rows_written']:>12.1f} "
                f"{db['rows_read']:>10.1f} {db['wal_bytes'] / 1024:>8.1f}"
            )
    staged = [r for r in results if r.stages]
    if staged:
        print()
        print("Where a rendered job's time goes (medians from the read model; client = POST to PNG):")
        print(
            f"{'phase':<26} {'queued':>8} {'render':>8} {'store':>8} {'req->done':>10} {'client':>8} "
            f"{'PNG KB':>7}"
        )
        for r in staged:
            st = r.stages or {}
            print(
                f"{r.name:<26} {st['queued_ms']:>8.1f} {st['render_ms']:>8.1f} {st['store_ms']:>8.1f} "
                f"{st['requested_to_completed_ms']:>10.1f} {r.p(0.5):>8.1f} {st['png_kb']:>7.0f}"
            )
        print("(queued: RenderRequested -> RenderStarted; store: RenderStarted -> RenderCompleted - render)")
    passed = all(ok for r in results for _, ok in r.targets)
    print(f"\nall targets: {mark(passed)}")
    print(
        json.dumps(
            {
                "bench": "service",
                "mode": "embedded" if args.embedded else "distributed",
                "workers": 1 if args.embedded else args.workers,
                "browsers": args.browsers,
                "pages_per_browser": args.pages,
                "concurrency": concurrency(args),
                "bare": bare,
                "phases": [r.as_dict() for r in results],
                "all_targets_pass": passed,
            },
            separators=(",", ":"),
        )
    )


# -- entry point ----------------------------------------------------------------------------


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # SIGTERM cleans up like Ctrl-C does


def run(args: argparse.Namespace) -> int:
    docs = DocumentSource(load_example(args.example), load_example("dashboard"), args.example)
    print("measuring the bare renderer (ChromiumPool, no service)...", file=sys.stderr, flush=True)
    total_browsers = bare_browsers(args)
    bare = asyncio.run(measure_bare(docs, total_browsers, args.pages, args.bare_renders, args.bare_seconds))
    scratch = Path(tempfile.mkdtemp(prefix="dsl2png-bench-"))
    starter = embedded_service if args.embedded else distributed_service
    try:
        print("starting the service...", file=sys.stderr, flush=True)
        with starter(args, scratch) as service:
            print(f"service up at {service.url}; logs in {scratch}", file=sys.stderr, flush=True)
            results = asyncio.run(drive(args, service, docs, bare))
            if service.schema is not None:
                finished = sum(r.renders + r.errors for r in results)
                wait_for_projection(args.database_url, service.schema, finished)
                add_stage_breakdown(args.database_url, service.schema, results)
    finally:
        shutil.rmtree(scratch / "data", ignore_errors=True)
        if not args.keep_logs:
            shutil.rmtree(scratch, ignore_errors=True)
    # This kind of machine drifts by 10-20% within minutes: the bare pool measured once, before
    # the service, can make the ratio look better or worse than it is. Measure it again after
    # and judge the phases against the mean of both readings.
    print("measuring the bare renderer again...", file=sys.stderr, flush=True)
    after = asyncio.run(measure_bare(docs, total_browsers, args.pages, args.bare_renders, args.bare_seconds))
    bare = mean_bare(bare, after)
    for result in results:
        judge(result, bare)
    print_report(args, bare, results)
    return 0 if all(ok for r in results for _, ok in r.targets) else 1


def mean_bare(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The bare pool's figures as the mean of the readings before and after the service ran;
    both readings are kept under `readings`."""
    combined: dict[str, Any] = {k: v for k, v in before.items() if k not in ("simple", "mixed")}
    for key in ("simple", "mixed"):
        combined[key] = {name: _mean(value, after[key].get(name)) for name, value in before[key].items()}
    combined["readings"] = {"before": before, "after": after}
    return combined


def _mean(before: Any, after: Any) -> Any:
    """The mean of two readings: numbers, or mappings of numbers (key by key); else the first."""
    if isinstance(before, int | float) and isinstance(after, int | float):
        return (before + after) / 2
    if isinstance(before, dict) and isinstance(after, dict):
        return {k: _mean(v, after.get(k, v)) for k, v in before.items()}
    return before


def parse_env(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError("--service-env takes NAME=VALUE")
    return name, value


def parse_clients(text: str) -> list[int]:
    values = [int(part) for part in text.split(",") if part.strip()]
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError("--clients takes positive integers, e.g. 1,20,100")
    return values


def main(argv: list[str] | None = None) -> None:
    defaults = pool_defaults()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=parse_clients, default=[1, 20, 100], help="phases, e.g. 1,20,100")
    parser.add_argument("--seconds", type=float, default=30.0, help="length of each phase")
    parser.add_argument("--sustain", type=float, help="length of the 20-client phase (the issue: 120)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (distributed mode)")
    parser.add_argument("--browsers", type=int, default=defaults["browsers"], help="browsers per worker")
    parser.add_argument("--pages", type=int, default=defaults["pages"], help="pages per browser")
    parser.add_argument("--concurrency", type=int, help="jobs in flight per worker (default: its pages)")
    parser.add_argument("--embedded", action="store_true", help="bench `dsl2png serve` with no servers")
    parser.add_argument(
        "--example", default="login", help="the simple document (examples/NAME.yaml); the issue's is login"
    )
    parser.add_argument("--no-cache", action="store_true", help="skip the repeated-document phase")
    parser.add_argument("--bare-renders", type=int, default=40, help="sequential bare renders (latency)")
    parser.add_argument("--bare-seconds", type=float, default=8.0, help="bare throughput run per mix")
    parser.add_argument(
        "--no-bracket",
        dest="bracket",
        action="store_false",
        help="judge loaded phases against the bare readings before and after the whole run only, "
        "not against readings right before and after each phase",
    )
    parser.add_argument(
        "--service-env",
        type=parse_env,
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra environment for the service processes (repeatable), e.g. DSL2PNG_FAST_PNG=false",
    )
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--nats-url", default=DEFAULT_NATS_URL)
    parser.add_argument("--keep-logs", action="store_true", help="keep the service's logs (path printed)")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        sys.exit(run(args))
    except KeyboardInterrupt:
        print("interrupted; the service was stopped and its schema and stream removed", file=sys.stderr)
        sys.exit(130)


if __name__ == "__main__":
    main()
