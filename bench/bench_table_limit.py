"""How long a table at the validator's limits (kernel.dsl.limits MAX_TABLE_ROWS, MAX_TABLE_CELLS)
takes to render, against the render deadline: what the limits are set by."""

from __future__ import annotations

import argparse
import time

import dsl2png
from kernel.dsl.limits import MAX_TABLE_CELLS, MAX_TABLE_ROWS
from render_worker.pool_settings import PoolSettings


def table(rows: int, columns: int) -> dict[str, object]:
    """A `height: auto` document of one table of `rows` x `columns` cells of mixed content."""
    cells = ["r{}", "{}", "-{}.5", "Active", "李小龙"]
    return {
        "height": "auto",
        "elements": [
            {
                "type": "table",
                "columns": [f"c{n}" for n in range(columns)],
                "rows": [[cells[n % len(cells)].format(i) for n in range(columns)] for i in range(rows)],
            }
        ],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=2, help="renders of each shape (default 2)")
    args = parser.parse_args(argv)
    deadline = PoolSettings().render_timeout_s
    shapes = [(MAX_TABLE_ROWS, MAX_TABLE_CELLS // MAX_TABLE_ROWS), (MAX_TABLE_CELLS // 20, 20)]
    with dsl2png.Renderer() as renderer:
        renderer.render({"elements": [{"type": "text", "text": "warm"}]})
        for rows, columns in shapes:
            for _ in range(args.repeat):
                start = time.perf_counter()
                renderer.render(table(rows, columns))
                took = time.perf_counter() - start
                print(
                    f"{rows} rows x {columns} columns: {took:.1f} s ({took / deadline:.0%} of the {deadline:g} s deadline)"
                )


if __name__ == "__main__":
    main()
