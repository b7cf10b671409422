"""The bundled example documents (dsl2png/examples: *.yaml|yml|json), looked up by name for tools
and resources."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources.abc import Traversable

import yaml

from dsl2png.bundled import example_files, example_stem

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


@dataclass(frozen=True, slots=True)
class Example:
    """One example document: its name (file stem), header fields and source text."""

    name: str
    title: str | None
    description: str | None
    source: str


class ExampleLibrary:
    """Reads examples from a folder on demand, so examples added while serving show up. Each
    method raises BundledFilesMissingError when the folder holds none (a broken install): an
    agent is told so instead of being handed an empty list."""

    def __init__(self, folder: Traversable) -> None:
        self.folder = folder

    def _files(self) -> dict[str, Traversable]:
        found: dict[str, Traversable] = {}
        for entry in example_files(self.folder):
            found.setdefault(example_stem(entry), entry)
        return found

    def names(self) -> list[str]:
        return sorted(self._files())

    def get(self, name: str) -> Example | None:
        """The named example, or None (names are file stems; anything path-like is not one)."""
        if not _NAME.match(name):
            return None
        path = self._files().get(name)
        if path is None:
            return None
        source = path.read_text(encoding="utf-8")
        title, description = _header(source)
        return Example(name, title, description, source)

    def all(self) -> list[Example]:
        return [example for name in self.names() if (example := self.get(name)) is not None]


def _header(source: str) -> tuple[str | None, str | None]:
    """`title` and `description` of a document, without failing on a broken one."""
    try:
        data = yaml.safe_load(source)
    except yaml.YAMLError:
        return None, None
    if not isinstance(data, dict):
        return None, None
    title, description = data.get("title"), data.get("description")
    return (str(title) if title else None, str(description) if description else None)
