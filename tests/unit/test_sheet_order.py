"""The registered stylesheets go in the order `SHEET_ORDER` lists, whatever order the modules
that register them were imported in."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.registry import STYLESHEETS, UnplacedSheetError, element_stylesheets, register_css
from kernel.dsl.compiler.sheet_order import SHEET_ORDER
from kernel.dsl.model import Document
from kernel.dsl.options import Viewport

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ("kitchen-sink.yaml", "settings.yaml", "chat.yaml")
"""Pages that draw with most of the sheets: fields, flows with a filling child, cards, tables."""

# Imports `ENTRY` first, then compiles the examples and prints one hash of their pages.
_COMPILE = """
import hashlib, importlib, sys
from pathlib import Path
importlib.import_module(sys.argv[1])
import yaml
from kernel.dsl.compiler import compile_html
from kernel.dsl.model import Document
from kernel.dsl.options import Viewport
pages = hashlib.sha256()
for name in sys.argv[2:]:
    document = Document.model_validate(yaml.safe_load(Path("examples", name).read_text()))
    pages.update(compile_html(document, Viewport(width=1280, height=800, scale=1.0)).encode())
print(pages.hexdigest())
"""


def _pages_hash() -> str:
    pages = hashlib.sha256()
    for name in EXAMPLES:
        document = Document.model_validate(yaml.safe_load((ROOT / "examples" / name).read_text()))
        pages.update(compile_html(document, Viewport(width=1280, height=800, scale=1.0)).encode())
    return pages.hexdigest()


def test_every_registered_sheet_has_one_place_and_every_place_a_sheet() -> None:
    assert len(set(SHEET_ORDER)) == len(SHEET_ORDER)
    assert set(STYLESHEETS) == set(SHEET_ORDER)
    assert element_stylesheets() == [STYLESHEETS[name] for name in SHEET_ORDER]


def test_a_sheet_with_no_place_in_the_order_is_refused() -> None:
    before = dict(STYLESHEETS)
    with pytest.raises(UnplacedSheetError, match=r"'elements\.unplaced' has no place in SHEET_ORDER"):
        register_css("elements.unplaced", ".x-unplaced{color:red}")
    assert dict(STYLESHEETS) == before


def test_the_sheets_go_in_the_listed_order_whatever_order_they_were_registered_in() -> None:
    expected = _pages_hash()
    registered = dict(STYLESHEETS)
    try:
        STYLESHEETS.clear()
        for name in reversed(registered):
            register_css(name, registered[name])
        assert list(STYLESHEETS) == list(reversed(registered))
        assert _pages_hash() == expected
    finally:
        STYLESHEETS.clear()
        STYLESHEETS.update(registered)


@pytest.mark.parametrize(
    "entry",
    [
        "dsl2png.api",
        "kernel.dsl.model",
        "kernel.dsl.compiler.elements.card",
        "kernel.dsl.compiler.elements.column_fill",
    ],
)
def test_importing_the_compiler_through_any_module_first_gives_the_same_pages(entry: str) -> None:
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _COMPILE, entry, *EXAMPLES],
        capture_output=True, text=True, check=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip
    assert done.stdout.strip() == _pages_hash()
