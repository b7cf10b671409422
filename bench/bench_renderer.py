"""Renderer benchmark: the warm pool against a bare Playwright loop and launching Chromium per render."""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1280, 800

LOGIN_HTML = """<!doctype html><html><head><meta charset="utf-8"><style>
* { box-sizing: border-box; }
body { margin: 0; background: #f1f5f9; font: 15px/1.5 "Noto Sans", sans-serif; color: #0f172a; }
.wrap { min-height: 800px; display: flex; align-items: center; justify-content: center; }
.card { width: 400px; background: #fff; border-radius: 14px; padding: 36px;
        box-shadow: 0 10px 30px rgba(15, 23, 42, .12); display: flex; flex-direction: column; gap: 14px; }
h1 { margin: 0 0 4px; font-size: 26px; } p { margin: 0; color: #64748b; }
label { font-weight: 600; font-size: 13px; }
.input { height: 42px; border: 1px solid #cbd5e1; border-radius: 8px; padding: 0 12px;
         display: flex; align-items: center; color: #94a3b8; }
.btn { height: 44px; border-radius: 8px; background: #4f46e5; color: #fff; font-weight: 600;
       display: flex; align-items: center; justify-content: center; }
.row { display: flex; justify-content: space-between; font-size: 13px; } a { color: #4f46e5; }
</style></head><body><div class="wrap"><div class="card">
<h1>Welcome back</h1><p>Sign in to your workspace</p>
<label>Email</label><div class="input">you@example.com</div>
<label>Password</label><div class="input">••••••••</div>
<div class="row"><span>☐ Remember me</span><a>Forgot password?</a></div>
<div class="btn">Sign in</div><p style="text-align:center">No account? <a>Create one</a></p>
</div></div></body></html>"""


@dataclass(frozen=True)
class Workload:
    """The HTML pages rendered, and where they came from."""

    source: str
    pages: list[tuple[str, str]]


def load_workload(example: str | None, *, inline: bool = False) -> Workload:
    """The repo's examples compiled at 1280x800 when the compiler is importable, else inline HTML."""
    if inline:
        return Workload("inline login HTML (--inline)", [("login-inline", LOGIN_HTML)])
    try:
        from kernel.dsl.options import RenderOptions
        from kernel.dsl.prepare import prepare_render
    except ImportError as exc:
        return Workload(f"inline login HTML (compiler not importable: {exc})", [("login-inline", LOGIN_HTML)])
    pattern = f"{example}.yaml" if example else "*.yaml"
    options = RenderOptions(width=WIDTH, height=HEIGHT, scale=1)
    pages: list[tuple[str, str]] = []
    for path in sorted((REPO / "examples").glob(pattern)):
        try:
            pages.append((path.stem, prepare_render(path.read_text(encoding="utf-8"), options).html))
        except Exception as exc:  # a broken example should not stop the benchmark
            print(f"skipping {path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
    if not pages:
        return Workload("inline login HTML (no example compiled)", [("login-inline", LOGIN_HTML)])
    return Workload(f"examples/{pattern} ({len(pages)} pages)", pages)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


async def measure_pool(
    workload: Workload,
    renders: int,
    seconds: float,
    browsers: int,
    pages: int,
    *,
    warm_pages: int | None = None,
) -> dict[str, Any]:
    """Sequential latency through the pool, then concurrent throughput for `seconds`.

    Every render takes the next page of the workload in turn (one sequence shared by the warm-up,
    the sequential and the concurrent renders, wrapping around), so a workload of unique variants
    renders each page once when it holds enough of them. The warm-up renders the first
    `warm_pages` pages (default: all) once per pool page.
    """
    from bench.process_cpu import RoleCpuMeter
    from kernel.dsl.options import Viewport
    from render_worker.pool import ChromiumPool
    from render_worker.pool_settings import PoolSettings

    viewport = Viewport(WIDTH, HEIGHT, 1.0)
    htmls = [html for _, html in workload.pages]
    sequence = itertools.cycle(htmls)
    warm_count = len(htmls) if warm_pages is None else min(warm_pages, len(htmls))
    async with ChromiumPool(PoolSettings(browsers=browsers, pages_per_browser=pages)) as pool:
        for _ in range(browsers * pages):
            await asyncio.gather(*(pool.render(next(sequence), viewport) for _ in range(warm_count)))
        latencies: list[float] = []
        for _ in range(renders):
            started = time.perf_counter()
            await pool.render(next(sequence), viewport)
            latencies.append((time.perf_counter() - started) * 1000)

        done = 0
        image_bytes = 0
        deadline = time.perf_counter() + seconds

        async def client() -> None:
            nonlocal done, image_bytes
            while time.perf_counter() < deadline:
                image = await pool.render(next(sequence), viewport)
                done += 1
                image_bytes += len(image.data)

        started = time.perf_counter()
        async with RoleCpuMeter(os.getpid()).measuring() as meter:
            await asyncio.gather(*(client() for _ in range(browsers * pages * 2)))
        elapsed = time.perf_counter() - started
        stats = pool.stats()
    cpu_s = meter.totals()
    cpu_ms = {role: cpu_s[role] * 1000 / max(done, 1) for role in sorted(cpu_s, key=lambda r: -cpu_s[r])}
    return {
        "p50_ms": percentile(latencies, 0.5),
        "p95_ms": percentile(latencies, 0.95),
        "throughput_rps": done / elapsed,
        "throughput_renders": done,
        "image_kb": image_bytes / max(done, 1) / 1000,
        "cpu_ms_per_render": cpu_ms,
        "cores_busy": sum(cpu_ms.values()) * done / 1000 / elapsed,
        "stats": stats,
    }


async def measure_bare(workload: Workload, renders: int, executable: str) -> dict[str, Any]:
    """The least a renderer can do: one warm page, set_content + screenshot, in a loop."""
    from playwright.async_api import async_playwright

    htmls = [html for _, html in workload.pages]
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=executable)
        page = await browser.new_page(viewport={"width": WIDTH, "height": HEIGHT}, java_script_enabled=False)
        for html in htmls:
            await page.set_content(html)
            await page.screenshot()
        latencies: list[float] = []
        for i in range(renders):
            started = time.perf_counter()
            await page.set_content(htmls[i % len(htmls)])
            await page.screenshot()
            latencies.append((time.perf_counter() - started) * 1000)
        await browser.close()
    return {"p50_ms": percentile(latencies, 0.5), "p95_ms": percentile(latencies, 0.95)}


async def measure_launch_per_render(workload: Workload, launches: int, executable: str) -> dict[str, Any]:
    """What a naive service does: start Chromium, render one page, quit."""
    from playwright.async_api import async_playwright

    htmls = [html for _, html in workload.pages]
    latencies: list[float] = []
    async with async_playwright() as playwright:
        for i in range(launches):
            started = time.perf_counter()
            browser = await playwright.chromium.launch(executable_path=executable)
            page = await browser.new_page(
                viewport={"width": WIDTH, "height": HEIGHT}, java_script_enabled=False
            )
            await page.set_content(htmls[i % len(htmls)])
            await page.screenshot()
            await browser.close()
            latencies.append((time.perf_counter() - started) * 1000)
    return {"mean_ms": statistics.fmean(latencies), "p50_ms": percentile(latencies, 0.5)}


def cpu_breakdown(cpu_ms: dict[str, float]) -> str:
    """'chromium browser 14.8 + ... = 40.6 ms': where a render's CPU goes, largest first."""
    parts = " + ".join(f"{role} {ms:.1f}" for role, ms in cpu_ms.items() if ms >= 0.05)
    return f"{parts} = {sum(cpu_ms.values()):.1f} ms"


def verdict(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


def print_table(workload: Workload, result: dict[str, Any]) -> None:
    pool, bare, launch = result["pool"], result["bare"], result["launch_per_render"]
    rows = [
        ("workload", workload.source),
        (
            "pool config",
            f"{result['browsers']} browsers x {result['pages_per_browser']} pages, {WIDTH}x{HEIGHT} PNG",
        ),
        ("pool warm latency p50 / p95", f"{pool['p50_ms']:.1f} / {pool['p95_ms']:.1f} ms (sequential)"),
        (
            "pool throughput",
            f"{pool['throughput_rps']:.1f} renders/s ({pool['throughput_renders']} renders, concurrent)",
        ),
        ("bare Playwright loop p50 / p95", f"{bare['p50_ms']:.1f} / {bare['p95_ms']:.1f} ms (one warm page)"),
        ("pool p50 / bare p50", f"{result['pool_over_bare_p50']:.2f}x"),
        ("launch Chromium per render", f"{launch['mean_ms']:.0f} ms mean ({result['launches']} launches)"),
        ("pool throughput / launch-per-render", f"{result['speedup_over_launch_per_render']:.0f}x"),
        ("PNG size (mean)", f"{pool['image_kb']:.0f} KB"),
        ("CPU per render (throughput run)", cpu_breakdown(pool["cpu_ms_per_render"])),
        ("cores busy (throughput run)", f"{pool['cores_busy']:.2f} of {os.cpu_count()}"),
        ("pool counters", json.dumps(pool["stats"])),
        ("target: warm p50 <= 1.2x bare", verdict(result["pool_over_bare_p50"] <= 1.2)),
        ("target: >= 60 renders/s (issue: login example)", verdict(pool["throughput_rps"] >= 60)),
        ("target: >= 20x launch-per-render", verdict(result["speedup_over_launch_per_render"] >= 20)),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"{'metric':<{width}}  value")
    print(f"{'-' * width}  {'-' * 40}")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


async def run(args: argparse.Namespace) -> dict[str, Any]:
    from render_worker.pool_settings import PoolSettings

    executable = PoolSettings().resolve_chromium()
    workload = load_workload(args.example, inline=args.inline)
    pool = await measure_pool(workload, args.renders, args.seconds, args.browsers, args.pages)
    bare = await measure_bare(workload, args.renders, executable)
    launch = await measure_launch_per_render(workload, args.launches, executable)
    launch_rps = 1000 / launch["mean_ms"]
    result: dict[str, Any] = {
        "bench": "renderer",
        "workload": workload.source,
        "pages": [name for name, _ in workload.pages],
        "browsers": args.browsers,
        "pages_per_browser": args.pages,
        "launches": args.launches,
        "pool": pool,
        "bare": bare,
        "launch_per_render": launch,
        "pool_over_bare_p50": pool["p50_ms"] / bare["p50_ms"],
        "speedup_over_launch_per_render": pool["throughput_rps"] / launch_rps,
    }
    print_table(workload, result)
    print(json.dumps(result, separators=(",", ":")))
    return result


def pool_defaults() -> dict[str, int]:
    """The pool size the renderer uses unless told otherwise (PoolSettings' defaults)."""
    from render_worker.pool_settings import PoolSettings

    fields = PoolSettings.model_fields
    return {"browsers": fields["browsers"].default, "pages": fields["pages_per_browser"].default}


def main(argv: list[str] | None = None) -> None:
    if str(REPO) not in sys.path:  # run as `python bench/bench_renderer.py`
        sys.path.insert(0, str(REPO))
    defaults = pool_defaults()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--renders", type=int, default=200, help="sequential renders for the latency figures")
    parser.add_argument("--seconds", type=float, default=10.0, help="duration of the throughput run")
    parser.add_argument("--launches", type=int, default=5, help="iterations of launch-per-render")
    parser.add_argument("--browsers", type=int, default=defaults["browsers"])
    parser.add_argument("--pages", type=int, default=defaults["pages"], help="pages per browser")
    parser.add_argument("--example", help="render only examples/NAME.yaml (for instance: login)")
    parser.add_argument(
        "--inline", action="store_true", help="render the inline login page, not the examples"
    )
    args = parser.parse_args(argv)
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
