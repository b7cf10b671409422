"""The design_screen prompt: from a description of a screen to a rendered, checked mockup."""

from __future__ import annotations

from mcp.server.mcpserver import MCPServer

from kernel.dsl.catalog import DEVICES

GUIDE = """Design this screen as a dsl2png mockup and show it to me:

{description}

Target device: {device} ({width}x{height} CSS px at {scale:g}x).

How to work:
1. Learn the language: call list_element_types (or read dsl://docs/elements). For a head start,
   call get_example with no name and open the closest example (get_example name=...).
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
   present it, `"frame": "phone"` or `"frame": "browser"` draws the device around the screen; to
   point at parts of it, give those elements an `id` and add `"annotations": [{{"target": id,
   "text": note}}]` (numbered pins, the notes beside the screen).
"""


def register_prompts(server: MCPServer) -> None:
    """Add the design_screen prompt."""

    @server.prompt(
        name="design_screen",
        title="Design a screen",
        description="Guide from a description of a screen to a valid, rendered and reviewed mockup document.",
    )
    def design_screen(description: str, device: str = "laptop") -> str:
        """Turn a description into a dsl2png document through the validate-render-look-fix loop."""
        preset = device if device in DEVICES else "laptop"
        width, height, scale = DEVICES[preset]
        return GUIDE.format(
            description=description.strip(), device=preset, width=width, height=height, scale=scale
        )
