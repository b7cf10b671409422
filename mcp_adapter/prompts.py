"""The design_screen prompt: from a description of a screen to a rendered, checked mockup."""

from __future__ import annotations

import re
from typing import Annotated

from mcp.server.mcpserver import MCPServer
from mcp.shared.exceptions import MCPError
from mcp_types import INVALID_PARAMS
from pydantic import Field

from kernel.dsl.catalog import DEVICES
from kernel.dsl.hints.document import device_hint

GUIDE = """Design this screen as a dsl2png mockup and show it to me:

{description}

Target device: {device} ({width}x{height} CSS px at {scale:g}x{read_as}).

How to work:
1. Learn the language: call list_element_types (the document's fields, every type and the fields
   it draws), then list_element_types type="..." for the types you use (values, examples). For a
   head start, call get_example with no name and open the closest example (get_example name=...).
2. Write one document: {{"device": "{device}", "title": ..., "elements": [...]}}. Let layout flow:
   nest `row`, `column`, `grid` and `section`/`card` containers with `gap`, `align`, `justify`
   instead of x/y coordinates. Use realistic content (names, numbers, dates), not lorem ipsum.
   Prefer the built-in types (navbar, sidebar, table, chart, stat, form fields, ...) over
   hand-styled boxes; use `style` only for small touches.
3. Call validate_dsl on it. Fix every error at the JSON path given; follow the suggestions.
4. Call render_ui_mockup with the document and look at the returned image carefully: overflow,
   clipped or overlapping text, empty areas, misaligned columns, contrast, hierarchy.
5. Fix what looks wrong and render again. Repeat until the screen is clean (usually 2-3 rounds).
6. Finish with the final document (YAML) and a one-paragraph summary of the design choices. To
   present it, `"frame": "phone"`, `"tablet"`, `"browser"` or `"window"` (a desktop app's) draws
   the device around the screen; to point at parts of it, give those elements an `id` and add
   `"annotations": [{{"target": id, "text": note}}]` (numbered pins, the notes beside the screen).
"""


DEVICE_ARGUMENT = (
    "The device to design for: desktop (1440x900), laptop (1280x800, the default), tablet "
    "(768x1024) or mobile (390x844); a phone, an iPad, a MacBook... are read as the preset meant."
)


def target_device(written: str | None) -> tuple[str, str]:
    """The preset a prompt's `device` names, and a note when it was read from another word
    (`iPhone 15` -> mobile); raises MCPError (invalid params) when no preset is meant."""
    wanted = (written or "").strip()
    if not wanted:
        return "laptop", ""
    if wanted.lower() in DEVICES:
        return wanted.lower(), ""
    meant = re.match(r"use '(\w+)'", device_hint(wanted) or "")
    if meant and meant.group(1) in DEVICES:
        return meant.group(1), f"; '{wanted}' read as {meant.group(1)}"
    raise MCPError(
        INVALID_PARAMS,
        f"unknown device {wanted!r}: use desktop, laptop, tablet or mobile (or leave it out for laptop)",
    )


def register_prompts(server: MCPServer) -> None:
    """Add the design_screen prompt."""

    @server.prompt(
        name="design_screen",
        title="Design a screen",
        description="Guide from a description of a screen to a valid, rendered and reviewed mockup document.",
    )
    def design_screen(
        description: Annotated[
            str, Field(description="The screen to design, in words: what it shows and for whom.")
        ],
        device: Annotated[str, Field(description=DEVICE_ARGUMENT)] = "laptop",
    ) -> str:
        """Turn a description into a dsl2png document through the validate-render-look-fix loop."""
        preset, read_as = target_device(device)
        width, height, scale = DEVICES[preset]
        return GUIDE.format(
            description=description.strip(), device=preset, width=width, height=height, scale=scale,
            read_as=read_as,
        )  # fmt: skip
