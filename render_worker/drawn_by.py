"""What a worker records of the code that drew an image: dsl2png's, the renderer's and Chromium's
versions and its own id (kernel.render_job.DRAWN_BY_FIELDS), so an image can be traced to them."""

from __future__ import annotations

from kernel.dsl.options import RENDERER_VERSION


def package_version() -> str:
    """The installed dsl2png's version ('0+unknown' for a source tree never installed)."""
    import dsl2png

    return str(dsl2png.__version__)


def drawn_by(worker_id: str, chromium_version: str | None) -> dict[str, str | None]:
    """The fields RenderCompleted and RenderFailed record: `chromium_version` is the version of
    the browser that drew the image (None when none was reached)."""
    return {
        "dsl2png_version": package_version(),
        "renderer_version": RENDERER_VERSION,
        "chromium_version": chromium_version,
        "worker_id": worker_id,
    }
