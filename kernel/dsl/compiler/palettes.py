"""The light and dark palettes: the colours a theme draws before an author's tokens change them."""

from __future__ import annotations

LIGHT: dict[str, str] = {
    "background": "#ffffff",
    "foreground": "#18181b",
    "surface": "#ffffff",
    "surface-elevated": "var(--surface)",
    "muted": "#f4f4f5",
    "muted-foreground": "#71717a",
    "placeholder": "#74747d",  # 4.6:1 on white (WCAG 1.4.3), lighter than a value, a hair lighter than a hint
    "border": "#e4e4e7",
    "input": "#d4d4d8",
    # 3.4:1 on white, 3.1:1 on the muted fill (WCAG 1.4.11): an empty box to tick, a radio and a
    # switch that is off are told by it (zinc-400's #a1a1aa read at 2.6:1). Text fields keep --input.
    "field-border": "#8b8b94",
    "primary": "#4f46e5",
    "primary-foreground": "#ffffff",
    "success": "#16a34a",
    "warning": "#d97706",
    "danger": "#dc2626",
    "info": "#2563eb",
    "overlay": "rgba(9, 9, 11, 0.45)",
    "shadow-sm": "0 1px 2px rgba(16, 24, 40, 0.05)",
    "shadow": "0 1px 3px rgba(16, 24, 40, 0.08), 0 1px 2px rgba(16, 24, 40, 0.04)",
    "shadow-lg": "0 12px 32px -4px rgba(16, 24, 40, 0.16), 0 4px 8px -2px rgba(16, 24, 40, 0.06)",
}

DARK: dict[str, str] = {
    "background": "#09090b",
    "foreground": "#fafafa",
    "surface": "#18181b",
    # A shadow hardly shows on a dark page: what floats above it is a step lighter instead.
    "surface-elevated": "color-mix(in srgb, var(--surface) 95%, #ffffff)",
    "muted": "#27272a",
    "muted-foreground": "#a1a1aa",
    "placeholder": "#85858e",  # 4.9:1 on the surface (#71717a read at 3.7:1), dimmer than a hint
    "border": "#27272a",
    "input": "#3f3f46",
    "field-border": "#6b6b73",  # 3.4:1 on the surface, 3.8:1 on the page (zinc-600's #52525b: 2.3:1)
    "primary": "#6366f1",
    "primary-foreground": "#ffffff",
    "success": "#22c55e",
    "warning": "#f59e0b",
    "danger": "#ef4444",
    "info": "#3b82f6",
    "overlay": "rgba(0, 0, 0, 0.6)",
    "shadow-sm": "0 1px 2px rgba(0, 0, 0, 0.4)",
    "shadow": "0 1px 3px rgba(0, 0, 0, 0.5), 0 1px 2px rgba(0, 0, 0, 0.3)",
    "shadow-lg": "0 16px 40px -4px rgba(0, 0, 0, 0.7), 0 4px 10px -2px rgba(0, 0, 0, 0.4)",
}

DARK_SURFACE_STEP = 5
"""How much of the text colour (in %) lifts a dark page's or island's surface (a card) off its
background: the dark palette's surface is that step above its background (#09090b -> #18181b)."""
