"""The upload field: a dashed drop zone, and the files already added with their progress."""

from __future__ import annotations

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.fields import field_label, field_messages, state_classes
from kernel.dsl.compiler.file_names import breakable_head, split_file_name
from kernel.dsl.compiler.html import box, esc, icon
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.items import entries, item_label
from kernel.dsl.compiler.numbers_local import local_percent
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.ui_strings import ui_string
from kernel.dsl.model import Element, Item
from kernel.dsl.no_icon import icon_or_default


def _percent(item: Item) -> float | None:
    """An item's upload progress 0-100 from a numeric `value`, or None when it is done or unknown."""
    value = item.value
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return max(0.0, min(100.0, float(value)))


def _file_row(item: Item, lang: str | None) -> str:
    """One file added: its icon, name and size (`description`), or its progress while it uploads
    (the percentage written the way `lang` writes one: 45 %, %45)."""
    percent = _percent(item)
    failed = item.variant in ("error", "danger", "failed")
    size = f'<span class="dsl-upload-size">{esc(item.description)}</span>' if item.description else ""
    bar = ""
    if percent is not None and percent < 100 and not failed:
        bar = (
            f'<span class="dsl-upload-bar"><span style="width:{percent:.0f}%"></span></span>'
            f'<span class="dsl-upload-size">{esc(local_percent(percent, lang))}</span>'
        )
    state = " is-failed" if failed else ""
    glyph = icon_svg(item.icon or ("circle-alert" if failed else "file"), 18)
    return (
        f'<li class="dsl-upload-file{state}"><span class="dsl-upload-file-icon">{glyph}</span>'
        f'<span class="dsl-upload-file-body">{_name_html(item_label(item))}'
        f'{size}{bar}</span><span class="dsl-upload-remove">{icon_svg("x", 16)}</span></li>'
    )


def _name_html(name: str) -> str:
    """A file's name, cut in its middle when too long for its row (`split_file_name`): the head
    ends in an ellipsis right before the tail ("…-v3.pdf"), which is always drawn whole. The head
    may break at any character (`breakable_head`); its first line alone is drawn. Its two parts
    are laid left to right (`dir=ltr`) on a right-to-left page too, at the row's start there."""
    parts = split_file_name(name)
    if parts is None:
        return f'<span class="dsl-upload-name">{esc(name)}</span>'
    head, tail = esc(breakable_head(parts[0])), esc(parts[1])
    return (
        f'<span class="dsl-upload-name is-split" dir="ltr"><span class="dsl-upload-name-head">{head}</span>'
        f'<span class="dsl-upload-name-tail">{tail}</span></span>'
    )


@renders("upload")
def render_upload(element: Element, ctx: RenderContext) -> str:
    """`label` above a drop zone with `icon`, `text` and `hint`, then `items`: the files added
    ({label: name, description: size, value: percent uploaded, variant: error}). Without a
    `text` the zone says "Drag files here or browse" in the document's language."""
    prompt = element.text or element.placeholder or ui_string("upload_prompt", ctx.lang)
    hint = f'<span class="dsl-upload-hint">{esc(element.hint)}</span>' if element.hint else ""
    zone = (
        f'<div class="dsl-upload-zone">{icon(icon_or_default(element.icon, "cloud-upload"), 28, classes="dsl-upload-icon")}'
        f'<span class="dsl-upload-text">{esc(prompt)}</span>{hint}</div>'
    )
    files = entries(element.items)
    listing = (
        f'<ul class="dsl-upload-files">{"".join(_file_row(f, ctx.lang) for f in files)}</ul>' if files else ""
    )
    unhinted = element.model_copy(update={"hint": None})  # the hint is drawn inside the zone
    body = field_label(element, lang=ctx.lang) + zone + listing + field_messages(unhinted)
    return box(element, body, classes=f"dsl-field {state_classes(element)}".strip())


CSS = """
/* Label, zone and error 6 px apart, as a text field's; the files 8 px apart, from the zone too. */
.dsl-upload{display:flex;flex-direction:column;gap:6px;min-width:0}
.dsl-upload-zone{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:6px;padding:calc(var(--pad) * 1.2) calc(var(--pad) * .8);text-align:center;border:1.5px dashed var(--input);border-radius:var(--radius);background:var(--surface)}
.dsl-upload-icon{display:inline-flex;align-items:center;justify-content:center;width:48px;height:48px;border-radius:50%;background:var(--primary-soft);color:var(--primary-text);margin-bottom:4px}
.dsl-upload-text{font-size:14px;font-weight:500;color:var(--foreground)}
.dsl-upload-hint{font-size:12px;color:var(--muted-foreground)}
.dsl-upload.is-disabled{opacity:var(--disabled-opacity)}
/* In error the zone's dashes are red, with the soft ring a text field has. */
.dsl-upload.is-invalid .dsl-upload-zone{border-color:var(--danger);box-shadow:0 0 0 3px var(--danger-soft)}
.dsl-upload-files{list-style:none;margin:2px 0 0;padding:0;display:flex;flex-direction:column;gap:8px}
.dsl-upload-file{display:flex;align-items:center;gap:12px;padding:calc(var(--control-h) / 2 - 8px) calc(var(--control-h) / 2 - 6px);border:1px solid var(--border);border-radius:var(--radius);background:var(--surface)}
.dsl-upload-file-icon{display:inline-flex;flex:none;color:var(--primary-text)}
.dsl-upload-file.is-failed{border-color:var(--danger);background:var(--danger-soft)}
.dsl-upload-file.is-failed .dsl-upload-file-icon,.dsl-upload-file.is-failed .dsl-upload-size{color:var(--danger)}
.dsl-upload-file-body{flex:1;min-width:0;display:grid;grid-template-columns:1fr auto;align-items:center;column-gap:10px;row-gap:6px}
.dsl-upload-name{font-size:14px;font-weight:500;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
/* A long name is cut in its middle (`file_names`): its head ends in an ellipsis, its tail (the
   extension and the end of the name) is whole, never narrower than itself; spaces at either side
   of the cut are kept. The head breaks only at the soft hyphens the compiler put between its
   characters, drawing the ellipsis there (hyphenate-character), and shows its first line, spread
   to its box's end (justified between characters), so the tail follows the ellipsis with no gap.
   The head is what a render finds cut (render_worker/measure.js, splitName); it quotes the whole
   name, and the head's drawn part with the tail after it. */
.dsl-upload-name.is-split{display:flex;min-width:min-content;text-overflow:clip}
[dir=rtl] .dsl-upload-name.is-split{justify-content:flex-end}
.dsl-upload-name-head{min-width:0;height:1lh;overflow:hidden;white-space:normal;overflow-wrap:normal;word-break:normal;hyphens:manual;hyphenate-character:"…";text-align:justify;text-justify:inter-character}
.dsl-upload-name-tail{flex:none;white-space:pre}
.dsl-upload-size{font-size:12px;color:var(--muted-foreground);font-variant-numeric:tabular-nums}
.dsl-upload-bar{grid-column:1;height:4px;border-radius:var(--radius-pill);background:var(--muted);overflow:hidden}
.dsl-upload-bar>span{display:block;height:100%;background:var(--primary)}
.dsl-upload-remove{display:inline-flex;flex:none;color:var(--muted-foreground)}
"""
