"""Starting Playwright so that a cancel (Ctrl+C, SIGTERM) mid-start still stops its driver."""

from __future__ import annotations

import asyncio

from playwright.async_api import Playwright, async_playwright


async def start_playwright() -> Playwright:
    """`async_playwright().start()`, but a cancel while the driver starts lets the start finish
    (well under a second) and stops the driver before going on: cancelled half-way, the driver's
    process was left to the garbage collector after the event loop closed, which printed
    "Loop ... is closed" and a traceback from BaseSubprocessTransport.__del__."""
    starting = asyncio.ensure_future(async_playwright().start())
    try:
        return await asyncio.shield(starting)
    except asyncio.CancelledError:
        try:
            playwright = await starting
        except Exception:
            raise asyncio.CancelledError from None  # it failed anyway: nothing to stop
        await playwright.stop()
        raise
