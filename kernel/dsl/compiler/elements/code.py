"""The code element: inline code or a block, coloured by its `language`, under an optional title."""

from __future__ import annotations

from collections.abc import Iterator

from pygments import token
from pygments.lexers.diff import DiffLexer

from kernel.dsl.code_languages import lexer_for
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.html import box, esc
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.registry import renders
from kernel.dsl.model import Element

TOKEN_CLASSES: tuple[tuple[token._TokenType, str], ...] = (
    (token.Comment, "com"),
    (token.String, "str"),
    (token.Number, "num"),
    (token.Operator.Word, "kw"),
    (token.Keyword.Constant, "num"),
    (token.Keyword, "kw"),
    (token.Name.Tag, "tag"),
    (token.Name.Attribute, "attr"),
    (token.Name.Function, "fn"),
    (token.Name.Class, "fn"),
    (token.Name.Decorator, "fn"),
    (token.Name.Builtin, "fn"),
    (token.Name.Variable, "var"),
    (token.Name.Constant, "num"),
    (token.Generic.Deleted, "del"),
    (token.Generic.Inserted, "ins"),
    (token.Generic.Heading, "head"),
    (token.Generic.Subheading, "head"),
    (token.Generic.Prompt, "com"),
    (token.Generic.Output, "com"),
)
"""Pygments token types (and their subtypes) -> the few colours a code block uses, first match."""


def token_class(kind: token._TokenType) -> str:
    for family, name in TOKEN_CLASSES:
        if kind in family:
            return name
    return ""


def highlighted(text: str, language: str | None) -> str:
    """`text` as escaped HTML, its tokens in `<span class="tk-...">` when `language` is one
    Pygments knows; plain escaped text otherwise. Runs of one colour share a span."""
    lexer = lexer_for(language) if language else None
    if lexer is None:
        return esc(text)
    # Lexers match whole lines, newline included (a diff's last `+` line would stay plain
    # without one): lex with a final newline, then drop it again.
    ended = text.endswith("\n")
    tokens = list(lexer.get_tokens(text if ended else text + "\n"))
    if not ended and tokens and tokens[-1][1].endswith("\n"):
        kind, value = tokens[-1]
        tokens[-1] = (kind, value[:-1])
    return "".join(_spans(iter(tokens)))


def is_line_diff(language: str | None) -> bool:
    """True for a unified or context diff (`diff`, `udiff`), whose added and removed
    tokens are whole lines: the block tints those lines as rows across its full width."""
    return isinstance(lexer_for(language), DiffLexer) if language else False


def _spans(tokens: Iterator[tuple[token._TokenType, str]]) -> Iterator[str]:
    """Runs of one colour, each in one span. Spaces keep the run before them going, but never
    past the end of a line: the line break closes the run (a removed line's tint would reach
    the next line's indent otherwise)."""
    current, run = "", list[str]()
    for kind, value in tokens:
        if not value.strip() and "\n" in value:
            end, rest = value.rsplit("\n", 1)
            run.append(end + "\n")
            yield _span(current, "".join(run))
            current, run = "", [rest] if rest else []
            continue
        name = token_class(kind) if value.strip() else current  # spaces keep the run going
        if name != current and run:
            yield _span(current, "".join(run))
            run = []
        current = name
        run.append(value)
    if run:
        yield _span(current, "".join(run))


def _span(name: str, text: str) -> str:
    return f'<span class="tk-{name}">{esc(text)}</span>' if name else esc(text)


@renders("code")
def render_code(element: Element, ctx: RenderContext) -> str:
    """Inline monospace code, or a code block when the text spans several lines (or `variant:
    block`, or `copyable`); a `title` (a file name) heads the block in a bar, with the language on
    its right. `copyable` draws a copy button in the block's top-right corner (in the bar, when
    there is one); the text is cut short of it, in a body of its own (the block's padding box but
    for the button's end)."""
    raw = str(element.text or element.value or "")
    language = element.language
    copyable = bool(element.copyable)
    if "\n" not in raw and element.variant != "block" and not element.title and not copyable:
        return box(element, highlighted(raw, language), tag="code")
    body = highlighted(raw.rstrip("\n"), language)
    block = "is-block is-diff" if is_line_diff(language) else "is-block"
    if not element.title:
        if copyable:
            body = f'<span class="dsl-code-body">{body}</span>'
            return box(element, COPY_BUTTON + body, tag="pre", classes=f"{block} has-copy")
        return box(element, body, tag="pre", classes=block)
    tag = f'<span class="dsl-code-lang">{esc(language)}</span>' if language else ""
    if copyable:
        tag = f'<span class="dsl-code-tools">{tag}{COPY_BUTTON}</span>'
    bar = f'<div class="dsl-code-title"><span>{esc(element.title)}</span>{tag}</div>'
    return box(element, f"{bar}<pre>{body}</pre>", classes=f"{block} has-title")


COPY_BUTTON = f'<span class="dsl-code-copy" aria-hidden="true">{icon_svg("copy", 14)}</span>'
"""A code block's copy button: the icon on a small square in the block's own colours."""


CSS = """
.dsl-code.has-title{padding:0;white-space:normal}
.dsl-code.has-title>pre{padding:12px 16px 14px;white-space:pre;overflow:hidden}
.dsl-code-title{display:flex;align-items:center;justify-content:space-between;gap:12px;padding:8px 16px;border-bottom:1px solid var(--border);font-size:12px;line-height:18px;color:var(--muted-foreground-on-muted)}
.dsl-code-title>span:first-child{color:var(--foreground);font-weight:500;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.dsl-code-lang{text-transform:lowercase}
.dsl-code.has-copy{position:relative;padding-inline-end:48px}
.dsl-code-body{display:block;overflow:hidden;margin-block:-14px;margin-inline-start:-16px;padding-block:14px;padding-inline-start:16px}
.dsl-code-copy{position:absolute;top:.825em;inset-inline-end:10px;display:inline-flex;align-items:center;justify-content:center;width:28px;height:28px;box-sizing:border-box;border:1px solid var(--border);border-radius:min(6px,var(--radius));background:var(--surface);color:var(--muted-foreground);white-space:normal}
.dsl-code-tools{display:inline-flex;align-items:center;gap:10px}
.dsl-code-tools>.dsl-code-copy{position:static;width:26px;height:26px;margin-block:-4px}
.tk-kw{color:light-dark(#cf222e,#ff7b72)}
.tk-str{color:light-dark(#0a3069,#a5d6ff)}
.tk-com{color:light-dark(#68717b,#8b949e)}
.tk-num,.tk-attr{color:light-dark(#0550ae,#79c0ff)}
.tk-fn{color:light-dark(#8250df,#d2a8ff)}
.tk-tag{color:light-dark(#116329,#7ee787)}
.tk-var{color:light-dark(#953800,#ffa657)}
.tk-head{color:light-dark(#0550ae,#79c0ff);font-weight:600}
.tk-ins{color:light-dark(#116329,#aff5b4);background:light-dark(#dafbe1,rgba(46,160,67,.15))}
.tk-del{color:light-dark(#82071e,#ffdcd7);background:light-dark(#ffebe9,rgba(248,81,73,.15))}
.is-diff :is(.tk-ins,.tk-del){display:block;background:none}
.is-diff .tk-ins{border-image:linear-gradient(light-dark(#dafbe1,rgba(46,160,67,.15)) 0 0) fill 0//0 100vw}
.is-diff .tk-del{border-image:linear-gradient(light-dark(#ffebe9,rgba(248,81,73,.15)) 0 0) fill 0//0 100vw}
"""
"""Tokens take GitHub's colours, its light comment grey a step darker (#6e7781 to #68717b) to read
at 4.5:1 on the block's muted fill (4.14:1); the title bar's language label is muted text on that
fill, a touch towards the text colour (4.40:1 to 5.0:1)."""
