"""dsl2png's command line, settings, adapters and the embedded (single-process) composition; and
its Python API (`dsl2png.render`, `validate`, `Renderer`, `AsyncRenderer`, `RenderResult` and the
errors they raise: see dsl2png.api).

Importing the package does no I/O and loads nothing heavy: the API's names are looked up in
dsl2png.api on first use (module `__getattr__`), so the CLI and the services start as before."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dsl2png.api import (
        AsyncRenderer,
        Dsl2PngError,
        InvalidDocumentError,
        InvalidRenderOptionsError,
        Issue,
        Renderer,
        RenderError,
        RenderOptionsError,
        RenderResult,
        RenderTimeoutError,
        render,
        validate,
    )

__all__ = [
    "AsyncRenderer",
    "Dsl2PngError",
    "InvalidDocumentError",
    "InvalidRenderOptionsError",
    "Issue",
    "RenderError",
    "RenderOptionsError",
    "RenderResult",
    "RenderTimeoutError",
    "Renderer",
    "__version__",
    "render",
    "validate",
]

_API_NAMES = frozenset(__all__) - {"__version__"}


def __getattr__(name: str) -> Any:
    """The API's names, and `__version__` (the installed package's), loaded when first asked for."""
    if name in _API_NAMES:
        from dsl2png import api

        return getattr(api, name)
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("dsl2png")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0+unknown"
    raise AttributeError(f"module 'dsl2png' has no attribute {name!r}")
