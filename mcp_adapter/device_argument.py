"""The `device` argument: a size preset's name, in any case, or a refusal that says what to write."""

from __future__ import annotations

from typing import Literal, cast

from mcp.server.mcpserver.exceptions import ToolError

from kernel.dsl.catalog import DEVICES
from kernel.dsl.hints.document import device_hint
from kernel.dsl.hints.suggest import did_you_mean

Device = Literal["desktop", "laptop", "tablet", "mobile"]
DEVICE_NAMES = "'desktop', 'laptop', 'tablet' or 'mobile'"


def unknown_device_message(device: str) -> str:
    """Why `device` is refused and what to write, worded as the validator words the document's
    `device`; for a phone's look, the frame too."""
    hint = did_you_mean(device.strip().lower(), DEVICES) or device_hint(device)
    hint = hint or f"use {DEVICE_NAMES}, or give width and height"
    if "phone" in device.lower():
        hint += "; to draw a phone around the screen, add frame: phone"
    return f"device {device!r} is not one of {DEVICE_NAMES} ({hint})"


def device_preset(device: str | None) -> Device | None:
    """The preset `device` names, in any case (`Mobile`); ToolError for anything else."""
    if device is None:
        return None
    preset = device.strip().lower()
    if preset not in DEVICES:
        raise ToolError(unknown_device_message(device))
    return cast(Device, preset)
