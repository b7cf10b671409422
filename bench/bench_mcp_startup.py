"""How soon `dsl2png mcp` serves a new stdio session: seconds from spawning it to its `initialize`
answer, to its tools/list answer and to a first render asked at once, through the SDK's client
(the embedded renderer, a fresh data folder per run). Prints each run, the medians and the load."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

ROOT = Path(__file__).resolve().parents[1]


async def one_session(data_dir: Path) -> tuple[float, float, float]:
    """(initialize, tools/list, first render) in seconds from the spawn."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DSL2PNG_DATA_DIR": str(data_dir),
        "DSL2PNG_LOG_LEVEL": "warning",
    }
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "dsl2png", "mcp"], env=env, cwd=str(ROOT)
    )
    document = {"elements": [{"type": "button", "label": "Save"}]}
    started = time.perf_counter()
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        initialized = time.perf_counter() - started
        await session.list_tools()
        listed = time.perf_counter() - started
        rendered = await session.call_tool("render_ui_mockup", {"dsl_content": document})
        if rendered.is_error:
            raise RuntimeError(f"the render failed: {rendered.content}")
        return initialized, listed, time.perf_counter() - started


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    runs: list[tuple[float, float, float]] = []
    loads: list[float] = []
    for run in range(args.runs):
        loads.append(os.getloadavg()[0])
        with tempfile.TemporaryDirectory() as data_dir:
            runs.append(await one_session(Path(data_dir)))
        init, listed, rendered = runs[-1]
        print(
            f"run {run + 1}: initialize {init:.2f} s, tools/list {listed:.2f} s, first render {rendered:.2f} s"
        )
    medians = [statistics.median(run[index] for run in runs) for index in range(3)]
    print(
        f"median of {len(runs)}: initialize {medians[0]:.2f} s, tools/list {medians[1]:.2f} s, "
        f"first render {medians[2]:.2f} s (load {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores)"
    )
    keys = ("initialize_s", "tools_list_s", "first_render_s")
    print(json.dumps({**dict(zip(keys, medians, strict=True)), "runs": len(runs), "load": loads}))


if __name__ == "__main__":
    asyncio.run(main())
