"""Line and column in a source text of JSON paths: the text composed once, on the first look-up."""

from __future__ import annotations

from collections.abc import Iterable

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kernel.dsl import parse


class SourcePositions:
    """The places of JSON paths in one JSON or YAML text (see `locate`).

    Composing a megabyte's node tree costs as much as the rest of its validation, so it is done
    only when a path is first looked up (never for a document without issues), once for every
    look-up after it (errors, warnings, a render's own warnings); and each mapping on a path is
    indexed by its keys only when a path goes through it. `composed` counts the compositions."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.composed = 0
        self._root: Node | None = None
        self._entries: dict[int, dict[str, tuple[Node, Node]]] = {}

    def locate(self, paths: Iterable[str]) -> dict[str, tuple[int, int]]:
        """1-based (line, column) of each JSON pointer, or of its nearest existing ancestor: at the
        key, for a mapping's entry. Best effort: a text that cannot be composed gives none."""
        wanted = list(paths)
        if not wanted:
            return {}
        if not self.composed:
            self.composed += 1
            self._root = parse.compose_for_positions(self.text)
        root = self._root
        if root is None:
            return {}
        return {path: self._position(root, path) for path in wanted}

    def _position(self, root: Node, path: str) -> tuple[int, int]:
        """Each mapping's entries by key are made once (by its id) for all the paths located: a
        search through its entries for each path took a time of the issues times the keys
        (20,000 unknown style properties, 20,000 issues: minutes)."""
        node, mark = root, root.start_mark
        parts = [p.replace("~1", "/").replace("~0", "~") for p in path.split("/")[1:]] if path else []
        for part in parts:
            if isinstance(node, MappingNode):
                by_key = self._entries.get(id(node))
                if by_key is None:  # the last of a repeated key: its value is the one read
                    by_key = self._entries[id(node)] = {
                        k.value: (k, v) for k, v in node.value if isinstance(k, ScalarNode)
                    }
                entry = by_key.get(part)
                if entry is None:
                    break
                mark, node = entry[0].start_mark, entry[1]
            elif isinstance(node, SequenceNode) and part.isdigit() and int(part) < len(node.value):
                node = node.value[int(part)]
                mark = node.start_mark
            else:
                break
        return mark.line + 1, mark.column + 1


def locate_paths(text: str, paths: Iterable[str]) -> dict[str, tuple[int, int]]:
    """1-based (line, column) in `text` for each JSON pointer (see `SourcePositions.locate`)."""
    return SourcePositions(text).locate(paths)
