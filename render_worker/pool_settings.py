"""Settings of the warm Chromium pool (DSL2PNG_* environment) and where to find Chromium.

Where: DSL2PNG_CHROMIUM_PATH when it is set (a path that is no executable is an error, never
passed over); else Debian's chromium-headless-shell, or a Chromium on PATH; else the browser
Playwright installs itself (`playwright install chromium-headless-shell`), which Playwright finds
on launch, so a pip install works without Debian's packages."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from dsl2png.env_names import check_environment
from kernel.errors import RenderError

DEFAULT_CHROMIUM = "/usr/lib/chromium/chromium-headless-shell"
FALLBACK_CHROMIUM_NAMES = ("chromium-headless-shell", "chromium", "chromium-browser")
FALLBACK_CHROMIUM_PATHS = (
    "/usr/lib/chromium/chromium-headless-shell",
    "/usr/bin/chromium-headless-shell",
    "/usr/lib/chromium/chromium",
    "/usr/bin/chromium",
)
PLAYWRIGHT_BROWSER = "Playwright's chromium-headless-shell"
"""What the pool launches when no Chromium was found on the machine: Playwright's own download."""
INSTALL_HINT = (
    "install Debian's (`apt-get install chromium-headless-shell`; in a checkout `make setup` does it) "
    "or Playwright's (`playwright install chromium-headless-shell`), "
    "or point DSL2PNG_CHROMIUM_PATH at a Chromium executable"
)
_PLAYWRIGHT_MISSING = "Executable doesn't exist"
"""How Playwright's launch says its own browser was never downloaded."""


class ChromiumNotFoundError(RenderError):
    """No Chromium executable exists where the pool looked; retrying will not help."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retryable=False, code="chromium_missing")


class PoolSettings(BaseSettings):
    """How many browsers and pages the pool keeps warm, and how long a render may take."""

    model_config = SettingsConfigDict(env_prefix="DSL2PNG_", extra="ignore")

    chromium_path: str = DEFAULT_CHROMIUM
    browsers: int = Field(
        default=3,
        ge=1,
        le=32,
        description="Chromium processes; each draws one frame at a time, so on 2 cores 3 keep both busy"
        " where 2 left ~10% idle (login: 56-57 against 52-53 renders/s, 2 pages each)",
    )
    pages_per_browser: int = Field(default=2, ge=1, le=64)
    recycle_after: int = Field(default=500, ge=1, description="renders per browser before it is replaced")
    render_timeout_s: float = Field(default=15.0, gt=0)
    launch_timeout_s: float = Field(default=30.0, gt=0)
    fast_png: bool = Field(
        default=True, description="encode PNG for speed (Chromium's optimizeForSpeed): faster, larger files"
    )
    chromium_sandbox: bool = Field(
        default=False,
        description="run Chromium in its own sandbox; needs a worker that is not root (the sandbox"
        " refuses root) and a host or container that allows it, see docs/runbook.md",
    )
    acquire_timeout_s: float = Field(
        default=120.0, gt=0, description="longest wait for a free page before a render gives up"
    )

    @model_validator(mode="before")
    @classmethod
    def _no_misspelt_variables(cls, data: Any) -> Any:
        """`dsl2png render` builds only these settings: a misspelt DSL2PNG_BROWSRES is refused too."""
        check_environment(os.environ)
        return data

    def resolve_chromium(self) -> str | None:
        """The Chromium to launch: the configured one (DSL2PNG_CHROMIUM_PATH, or `chromium_path`
        given in code), else the first in Debian's usual places or on PATH; None for Playwright's
        own browser, which its launch finds (or fails on: see `missing_browser`).

        Raises ChromiumNotFoundError for a configured path that is no executable: falling back
        would render with a browser nobody chose, and hide the typo."""
        if "chromium_path" in self.model_fields_set:
            if _is_executable(self.chromium_path):
                return self.chromium_path
            problem = "is not executable" if Path(self.chromium_path).is_file() else "does not exist"
            raise ChromiumNotFoundError(
                f"DSL2PNG_CHROMIUM_PATH is {self.chromium_path}, which {problem}: point it at a Chromium "
                "executable, or unset it to use Debian's chromium-headless-shell or Playwright's"
            )
        for candidate in FALLBACK_CHROMIUM_PATHS:
            if _is_executable(candidate):
                return candidate
        for name in FALLBACK_CHROMIUM_NAMES:
            found = shutil.which(name)
            if found:
                return found
        return None


def missing_browser(exc: BaseException, executable: str | None) -> ChromiumNotFoundError | None:
    """The error to raise when a launch of Playwright's own browser (`executable` None) failed
    because it was never downloaded: what was looked for and the ways to install one. None for
    any other failure, which is told as it is."""
    if executable is not None or _PLAYWRIGHT_MISSING not in str(exc):
        return None
    return ChromiumNotFoundError(
        f"Chromium was not found (looked at {', '.join(FALLBACK_CHROMIUM_PATHS)}, for "
        f"{', '.join(FALLBACK_CHROMIUM_NAMES)} on PATH and for {PLAYWRIGHT_BROWSER}): {INSTALL_HINT}"
    )


def _is_executable(path: str) -> bool:
    return Path(path).is_file() and os.access(path, os.X_OK)
