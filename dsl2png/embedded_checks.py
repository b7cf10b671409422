"""What the embedded mode (`dsl2png serve` and `dsl2png mcp` without DATABASE_URL) checks before
it starts: a data folder it can write to, the pool's settings and a Chromium where one is named.
Each failure is a StartupError (or the settings' ValidationError) that the command tells in one
line with exit 1, instead of a traceback from deep in the store or a renderer that fails later."""

from __future__ import annotations

import tempfile
from pathlib import Path

from dsl2png.startup_checks import StartupError
from kernel.errors import RenderError


def usable_data_dir(data_dir: Path) -> None:
    """Create DSL2PNG_DATA_DIR if missing and check that this process can write there; raises
    StartupError naming the setting (not SQLite's or the OS's error from deep in the store)."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=data_dir):
            pass
    except OSError as exc:
        raise StartupError(
            f"DSL2PNG_DATA_DIR {data_dir} cannot be used: {exc.strerror or exc}; "
            "set it to a folder this process can create and write to"
        ) from None


def check_embedded_start(data_dir: Path) -> None:
    """The checks that take no time, made before anything is served: the data folder, the pool's
    DSL2PNG_* settings (their ValidationError goes up as it is, for the settings message) and a
    DSL2PNG_CHROMIUM_PATH that names no executable. Whether Chromium launches is known only by
    launching it: `serve` does before it serves; `mcp` answers its client meanwhile and tells
    a launch that failed on each render."""
    from render_worker.pool_settings import PoolSettings

    usable_data_dir(data_dir)
    try:
        PoolSettings().resolve_chromium()
    except RenderError as exc:
        raise StartupError(str(exc)) from None
