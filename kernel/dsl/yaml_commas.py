"""Finds values that YAML's flow forms `{...}` and `[...]` cut at a comma, as the source writes them.

Inside `{...}` and `[...]` a comma ends a value, and YAML never complains:
`{label: Approve payouts over $10,000}` is the label "Approve payouts over $10" and a key `000`
(the number 0) without a value; `items: [UTM verified, Budget approved ($1,250,000)]` is four
items, "Budget approved ($1", "250" and "000)" among them; a table row `[Heparin, 5,000 units,
Pending]` is four cells. The parsed data has lost what was written (`000` is 0, `250.00` is
250.0), so the text to quote is taken from the source.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kernel.dsl.hints.syntax import comma_cells_hint, comma_split_hint, yaml_quoted
from kernel.dsl.hints.wording import counted
from kernel.dsl.parse import compose_yaml, scalar_as_loaded

_SEPARATOR = re.compile(r"\s*,\s*")
"""What stands between two values of a flow form: a comma, and spaces or line breaks."""
_LINE_BREAK = re.compile(r"[ \t]*\r?\n\s*")
"""A line break inside a plain scalar, which YAML folds into one space."""


def _nodes(root: Node | None) -> Iterator[tuple[str, Node]]:
    """(JSON path, node) of every node under `root`, each node once (an alias is not followed
    again: its text is written at its anchor). Keys are named as the loaded data names them."""
    seen: set[int] = set()
    pending: list[tuple[str, Node]] = [("", root)] if root is not None else []
    while pending:
        path, node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield path, node
        if isinstance(node, MappingNode):
            pending.extend(
                (f"{path}/{_escaped(scalar_as_loaded(key))}", value)
                for key, value in node.value
                if isinstance(key, ScalarNode)
            )
        elif isinstance(node, SequenceNode):
            pending.extend((f"{path}/{index}", entry) for index, entry in enumerate(node.value))


def _escaped(key: object) -> str:
    """A key as one part of a JSON pointer (RFC 6901)."""
    return str(key).replace("~", "~0").replace("/", "~1")


def _written(text: str, start: int, end: int) -> str:
    """The source between two offsets, line breaks folded as YAML folds them in a plain scalar."""
    return _LINE_BREAK.sub(" ", text[start:end])


def _is_plain(node: Node) -> bool:
    """A scalar written without quotes, so a comma in it ended it."""
    return isinstance(node, ScalarNode) and not node.style


def _separated_by_a_comma(text: str, before: Node, after: Node) -> bool:
    return _SEPARATOR.fullmatch(text, before.end_mark.index, after.start_mark.index) is not None


# --- {...}: a text cut into a value and keys without one --------------------------------------


@dataclass(frozen=True, slots=True)
class CutValue:
    """A value of a `{...}` object that YAML cut at its commas: the `field` it was written for,
    the whole text as `written` in the source (`Approve payouts over $10,000`), and where the key
    its rest became starts (1-based): `locate_paths` cannot find a key `000` by the path `/0`."""

    field: str
    written: str
    line: int
    column: int


def cut_values(text: str) -> dict[str, CutValue]:
    """JSON path of each key that the rest of a value cut at a comma became in a `{...}` object
    (`/elements/0/0` for the `000` of `{label: Approve payouts over $10,000}`) -> that value as
    written. A value is cut when it is plain text or a number followed, after a comma, by keys
    with no value; whether that is a cut or a flag (`{type: divider, vertical}`) the caller
    judges. Empty for text that cannot be composed."""
    found: dict[str, CutValue] = {}
    for path, node in _nodes(compose_yaml(text)):
        if isinstance(node, MappingNode) and node.flow_style:
            found.update(_cuts_in_mapping(text, path, node))
    return found


def _cuts_in_mapping(text: str, path: str, mapping: MappingNode) -> dict[str, CutValue]:
    """See `cut_values`, for one `{...}` object at `path`. The pieces of a key cut at its commas
    (`_key_cuts_in`) are no value's rest."""
    found: dict[str, CutValue] = {}
    pairs = mapping.value
    claimed = {id(piece) for _, pieces, _ in _key_cuts_in(text, mapping) for piece in pieces}
    index = 0
    while index < len(pairs):
        key, value = pairs[index]
        rest = _bare_keys_after(text, pairs, index, claimed)
        if rest and isinstance(key, ScalarNode) and _is_text_or_number(value):
            written = _written(text, value.start_mark.index, rest[-1].end_mark.index)
            for part in rest:
                where = part.start_mark
                cut = CutValue(str(key.value), written, where.line + 1, where.column + 1)
                found[f"{path}/{_escaped(scalar_as_loaded(part))}"] = cut
        index += 1 + len(rest)
    return found


def _bare_keys_after(
    text: str, pairs: list[tuple[Node, Node]], index: int, claimed: frozenset[int] | set[int] = frozenset()
) -> list[ScalarNode]:
    """The plain keys without a value that follow the pair at `index`, each after a comma (but
    those `claimed`, by node id)."""
    keys: list[ScalarNode] = []
    before = pairs[index][1]
    for key, value in pairs[index + 1 :]:
        if id(key) in claimed or not (
            _is_plain(key) and _is_missing(value) and _separated_by_a_comma(text, before, key)
        ):
            break
        assert isinstance(key, ScalarNode)
        keys.append(key)
        before = key
    return keys


def _is_missing(node: Node) -> bool:
    """The value YAML gives a key written without one: an empty plain null."""
    return _is_plain(node) and node.value == "" and node.start_mark.index == node.end_mark.index


def _is_text_or_number(node: Node) -> bool:
    return _is_plain(node) and node.value != "" and not node.tag.endswith((":bool", ":null"))


# --- {...}: a key cut into keys without a value ------------------------------------------------


@dataclass(frozen=True, slots=True)
class CutKey:
    """A key of a `{...}` object that YAML cut at its commas: `{Job boards (StepStone, Indeed):
    14}` is a key `Job boards (StepStone` without a value and a key `Indeed)` of 14. `path` is
    the object's, `pieces` the keys it became (as the loaded data names them), `written` the whole
    key and `value` its value as the source writes them, and where the key starts (1-based)."""

    path: str
    pieces: tuple[object, ...]
    written: str
    value: str
    line: int
    column: int

    def message(self) -> str:
        """`a comma cut the key 'Job boards (StepStone, Indeed)' into 'Job boards (StepStone' and 'Indeed)'`."""
        shown = [f"'{piece}'" for piece in self.pieces]
        return f"a comma cut the key '{self.written}' into {', '.join(shown[:-1])} and {shown[-1]}"

    def hint(self) -> str:
        """Quote the key, given back with its value."""
        return (
            "inside {...} a comma ends a key, so quote a key that holds one: "
            f"{yaml_quoted(self.written)}: {self.value}"
        )


def cut_keys(text: str) -> list[CutKey]:
    """Every key of a `{...}` object in `text` that YAML plainly cut at its commas: keys without a
    value, each after a comma, then a key with one, the first opening a parenthesis that only the
    whole closes (`{Job boards (StepStone, Indeed): 14}`). A flag before a field (`{vertical,
    label: Or}`) is no cut: nothing joins them. Empty for text that cannot be composed."""
    if not _may_hold_a_cut_key(text):
        return []
    found: list[CutKey] = []
    for path, node in _nodes(compose_yaml(text)):
        if isinstance(node, MappingNode) and node.flow_style:
            for written, pieces, value in _key_cuts_in(text, node):
                where = pieces[0].start_mark
                value_written = text[value.start_mark.index : value.end_mark.index].strip()
                loaded = tuple(scalar_as_loaded(piece) for piece in pieces)
                found.append(CutKey(path, loaded, written, value_written, where.line + 1, where.column + 1))
    return sorted(found, key=lambda cut: (cut.line, cut.column))


def keys_mended(data: object, cuts: list[CutKey]) -> object:
    """`data` with each cut key whole again, in place of its pieces and with its value (the
    object's other keys in their order), so that what holds it is checked as meant (a chart's
    `{label: number}` data, one piece of it without a number, read as no labels at all). Changed
    in place; a cut whose object is not found, or whose whole key is already there, is left."""
    for cut in cuts:
        holder = _at_path(data, cut.path)
        if not isinstance(holder, dict) or cut.written in holder or not all(p in holder for p in cut.pieces):
            continue
        value = holder[cut.pieces[-1]]
        entries = list(holder.items())
        first = next(index for index, (key, _) in enumerate(entries) if key == cut.pieces[0])
        kept = [(key, held) for key, held in entries if key not in cut.pieces]
        kept.insert(min(first, len(kept)), (cut.written, value))
        holder.clear()
        holder.update(kept)
    return data


def cut_key_path(cut: CutKey) -> str:
    """The JSON path of a cut key made whole."""
    return f"{cut.path}/{_escaped(cut.written)}"


def _at_path(data: object, path: str) -> object:
    """The value at a JSON path as `_nodes` names it (keys by their loaded value's text), or None."""
    current = data
    for part in path.split("/")[1:]:
        if isinstance(current, dict):
            current = next((held for key, held in current.items() if _escaped(key) == part), None)
        elif isinstance(current, list) and part.isdigit() and int(part) < len(current):
            current = current[int(part)]
        else:
            return None
    return current


_BROKEN_PARENTHESIS = re.compile(r"\([^()\n]*,")
"""A parenthesis a comma comes before it closes: `(StepStone, Indeed)`."""


def _may_hold_a_cut_key(text: str) -> bool:
    """Whether a line of `text` opens a `{...}` object and, outside its quoted values, a
    parenthesis with a comma in it: most documents have none, and are not composed again."""
    for line in text.splitlines():
        if "{" in line and _BROKEN_PARENTHESIS.search(_QUOTED_ENTRY.sub(r"\1", line)):
            return True
    return False


def _key_cuts_in(text: str, mapping: MappingNode) -> list[tuple[str, list[ScalarNode], Node]]:
    """See `cut_keys`, for one `{...}` object: each cut key as written, its pieces (the keys it
    became, in order) and its value's node."""
    found: list[tuple[str, list[ScalarNode], Node]] = []
    pairs = mapping.value
    index = 0
    while index < len(pairs):
        run: list[ScalarNode] = []
        while index < len(pairs):
            key, value = pairs[index]
            if not (isinstance(key, ScalarNode) and _is_plain(key) and _is_missing(value)):
                break
            if run and not _separated_by_a_comma(text, run[-1], key):
                break
            run.append(key)
            index += 1
        if run and index < len(pairs):
            last, value = pairs[index]
            if (
                isinstance(last, ScalarNode)
                and _is_plain(last)
                and not _is_missing(value)
                and _separated_by_a_comma(text, run[-1], last)
            ):
                cut = _closed_by(text, run, last)
                if cut is not None:
                    found.append((*cut, value))
        index += 1 if not run else 0
    return found


def _closed_by(text: str, run: list[ScalarNode], last: ScalarNode) -> tuple[str, list[ScalarNode]] | None:
    """The key the end of `run` (keys without a value) and `last` were written as, with its
    pieces, when a parenthesis opened in `run` is still open before `last` and `last` closes it
    (`Job boards (StepStone` + `Indeed)`); else None."""
    for start, piece in enumerate(run):
        if not _opens(piece.value):
            continue
        before = _written(text, piece.start_mark.index, run[-1].end_mark.index)
        written = _written(text, piece.start_mark.index, last.end_mark.index)
        if _opens(before) and not _opens(written):
            return written, [*run[start:], last]
    return None


def _opens(text: str) -> bool:
    """Whether `text` leaves a parenthesis open."""
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
    return depth > 0


# --- [...]: a text cut into several entries ------------------------------------------------------

_ENDS_IN_DIGITS = re.compile(r"(?:^|\D)\d{1,3}$")
_DIGIT_GROUP = re.compile(r"\d{3}(?!\d)")
"""A thousands group after a comma: `250` of `$1,250.00`, `000)` of `($1,250,000)`."""
_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
_ENTRY_NOUNS = {
    "items": "item",
    "actions": "action",
    "options": "option",
    "columns": "column",
    "labels": "label",
    "values": "value",
}
"""What an entry of a list is called, by the list's field; any other list's are entries."""
_TEXT_LISTS = frozenset({"items", "actions", "options", "columns", "labels"})
"""The lists whose numbers are drawn as text (`labels: [2024, 2025]`)."""


@dataclass(frozen=True, slots=True)
class ListSplit:
    """A `[...]` list in which YAML cut texts at their commas: its `path` and `field`, each cut
    text as written with the entries it became (`cuts`), the list written again with those texts
    quoted (`rewritten`: only the quoted texts when the list is long), whether its entries are
    numbers to write without commas (values; a list of labels is quoted), how many entries it has
    and was meant to have, and where the first cut starts (1-based)."""

    path: str
    field: str | None
    cuts: tuple[tuple[str, tuple[str, ...]], ...]
    rewritten: str
    numbers: bool
    read: int
    meant: int
    line: int
    column: int

    def message(self) -> str:
        """`"Budget approved ($1,250,000)" is drawn as 3 items: "Budget approved ($1", "250" and
        "000)"`, and how many more texts were cut."""
        written, parts = self.cuts[0]
        shown = [part if self.numbers else yaml_quoted(part) for part in parts]
        whole = written if self.numbers else yaml_quoted(written)
        verb = "read" if self.numbers else "drawn"
        told = f"{whole} is {verb} as {len(parts)} {self._noun()}s: {', '.join(shown[:-1])} and {shown[-1]}"
        more = len(self.cuts) - 1
        if not more:
            return told
        what = f"{more} more {'number' if self.numbers else 'text'}{'s' * (more > 1)}"
        return f"{told}; {what} {'are' if more > 1 else 'is'} cut the same way"

    def hint(self) -> str:
        """Quote the texts (write the numbers without their commas), the list given back."""
        noun = self._noun()
        ends = f"inside [...] a comma ends {'an' if noun[0] in 'aeiou' else 'a'} {noun}, so "
        fix = "write numbers without thousands commas" if self.numbers else "quote text that holds one"
        return f"{ends}{fix}: {self.rewritten}"

    def _noun(self) -> str:
        return _ENTRY_NOUNS.get(self.field or "", "entry")


def list_splits(text: str, skip: re.Pattern[str] | None = None) -> list[ListSplit]:
    """Every `[...]` list in `text` (but those whose path `skip` matches) in which a text was
    plainly cut at its commas: an entry that starts with a thousands group after a comma with no
    space, after one that ends in a digit (`$1,250` read as "$1" and 250); or entries that open a
    parenthesis or a quote the next ones close (`Red (light, dark)`). In a list of numbers only
    a group written with a leading zero counts (`[10,000, 25,000]`: `[1,250, 3]` may well be
    three numbers). Empty for text that cannot be composed."""
    if not _may_hold_a_split(text):
        return []
    found: list[ListSplit] = []
    for path, node in _nodes(compose_yaml(text)):
        if isinstance(node, SequenceNode) and node.flow_style and not (skip and skip.search(path)):
            split = _split_in(text, path, node)
            if split is not None:
                found.append(split)
    return sorted(found, key=lambda split: (split.line, split.column))


_FLOW_LINE = re.compile(r"\[[^\n]*")
"""A line's text from its first `[` on."""
_SPLIT_SIGN = re.compile(r'\d,\d{3}(?!\d)|\([^()\n]*,|["“]')
"""What a text cut in a list shows: a thousands group, a comma in a parenthesis, a quote."""
_QUOTED_ENTRY = re.compile(r"""((?:^|[\[{,:])[ \t]*)(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*')""")
"""A quoted value and what opens it, whose commas and quotes cut nothing."""


def _may_hold_a_split(text: str) -> bool:
    """Whether a line of `text` has a `[...]` list (or opens one it closes on a later line) with a
    sign of a cut text outside its quoted values: most documents have none, and are not composed
    again."""
    for found in _FLOW_LINE.finditer(text):
        line = found.group()
        if line.count("[") > line.count("]"):
            return True
        if _SPLIT_SIGN.search(line) and _SPLIT_SIGN.search(_QUOTED_ENTRY.sub(r"\1", line)):
            return True
    return False


def _split_in(text: str, path: str, sequence: SequenceNode) -> ListSplit | None:
    """See `list_splits`, for one `[...]` list at `path`."""
    entries = sequence.value
    numbers = bool(entries) and all(isinstance(e, ScalarNode) and e.tag in _NUMBER_TAGS for e in entries)
    runs = _runs(text, entries, numbers)
    cut = [run for run in runs if len(run) > 1]
    if not cut:
        return None
    field = path.rsplit("/", 1)[-1]
    numbers = numbers and field not in _TEXT_LISTS  # `labels: [1,000, 2,000]` are texts to quote
    mended = [_mended(text, [entries[i] for i in run], numbers) for run in runs]
    whole = ", ".join(mended)
    single_line = "\n" not in text[sequence.start_mark.index : sequence.end_mark.index]
    if single_line and len(whole) <= 100:
        rewritten = f"[{whole}]"
        rewritten = f"{field}: {rewritten}" if not field.isdigit() else rewritten
    else:
        rewritten = ", ".join(fix for run, fix in zip(runs, mended, strict=True) if len(run) > 1)
    first = entries[cut[0][0]].start_mark
    return ListSplit(
        path=path,
        field=None if field.isdigit() else field,
        cuts=tuple(
            (
                _written(text, entries[run[0]].start_mark.index, entries[run[-1]].end_mark.index),
                tuple(_as_read(entries[i]) for i in run),
            )
            for run in cut
        ),
        rewritten=rewritten,
        numbers=numbers,
        read=len(entries),
        meant=len(runs),
        line=first.line + 1,
        column=first.column + 1,
    )


def _as_read(entry: Node) -> str:
    """An entry as YAML read it: `000` is 0."""
    return str(scalar_as_loaded(entry)) if isinstance(entry, ScalarNode) else ""


def _runs(text: str, entries: list[Node], numbers: bool) -> list[list[int]]:
    """The entries of a list grouped by the text each was written in: one entry alone, or the
    entries a text was cut into."""
    runs: list[list[int]] = []
    start = 0
    while start < len(entries):
        end = _text_end(text, entries, start, numbers)
        runs.append(list(range(start, end + 1)))
        start = end + 1
    return runs


def _text_end(text: str, entries: list[Node], start: int, numbers: bool) -> int:
    """The index of the last entry that the text written from entry `start` on became: entries
    after a comma go with it while it has a parenthesis or a quote still open, or while they
    continue a number; a parenthesis never closed only keeps the number's groups."""

    def joinable(index: int) -> bool:
        return (
            index + 1 < len(entries)
            and _is_plain(entries[index])
            and _is_plain(entries[index + 1])
            and _separated_by_a_comma(text, entries[index], entries[index + 1])
        )

    def continues_number(index: int) -> bool:
        return _continues_number(text, entries[index], entries[index + 1], numbers)

    end, marks = start, _Marks().after(_source(text, entries[start]))
    while joinable(end) and (marks.open() or continues_number(end)):
        end += 1
        marks = marks.after(_source(text, entries[end]))
    if end > start and marks.open():
        end = start
        while joinable(end) and continues_number(end):
            end += 1
    return end


def _source(text: str, node: Node) -> str:
    return text[node.start_mark.index : node.end_mark.index]


_STRAIGHT_QUOTE = re.compile(r'(?:(?<=\s)|^)"(?=\S)|(?<=\S)"')
"""A straight double quote that opens (after a space, before a word) or closes (after a word)."""


@dataclass(frozen=True, slots=True)
class _Marks:
    """The parentheses, curly quotes and straight quotes a text has opened and not closed, read
    entry by entry (`Budget approved ($1` opens one; the inch marks of `13"` open nothing)."""

    parentheses: int = 0
    curly_quotes: int = 0
    quoted: bool = False

    def after(self, written: str) -> _Marks:
        """The marks still open after `written`, which follows what was read so far."""
        quoted = self.quoted
        for quote in _STRAIGHT_QUOTE.finditer(written):
            opens = quote.start() == 0 or written[quote.start() - 1].isspace()
            quoted = opens and not quoted
        return _Marks(
            self.parentheses + written.count("(") - written.count(")"),
            self.curly_quotes + written.count("“") - written.count("”"),
            quoted,
        )

    def open(self) -> bool:
        return self.parentheses > 0 or self.curly_quotes > 0 or self.quoted


def _continues_number(text: str, before: Node, after: Node, numbers: bool) -> bool:
    """Whether `after` is the next thousands group of a number `before` ends with: a comma and no
    space between them, `before` ending in 1-3 digits, `after` starting with three (with a
    leading zero in a list of numbers: `000`)."""
    if text[before.end_mark.index : after.start_mark.index] != ",":
        return False
    after_text = text[after.start_mark.index : after.end_mark.index]
    before_text = text[before.start_mark.index : before.end_mark.index]
    return (
        _ENDS_IN_DIGITS.search(before_text) is not None
        and _DIGIT_GROUP.match(after_text) is not None
        and (not numbers or after_text.startswith("0"))
    )


def _mended(text: str, run: list[Node], numbers: bool) -> str:
    """An entry as it should be written: a text cut at its commas quoted whole (a number
    without its commas), any other as it is written."""
    written = _written(text, run[0].start_mark.index, run[-1].end_mark.index)
    if len(run) == 1:
        return written
    return written.replace(",", "") if numbers else yaml_quoted(written)


# --- table rows: more cells than columns -------------------------------------------------------

_THOUSANDS = re.compile(r"[-+]?[$€£¥]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s|%|$)")


def comma_splits(text: str, rows: Mapping[str, int]) -> dict[str, str]:
    """What to write for each table row (JSON path -> its number of columns) that `text` writes
    as a `[...]` list with more cells than columns: inside `[...]` a comma ends a cell, so
    `[Heparin, 5,000 units, Pending]` is four cells, "5" and "000 units" among them. A comma with
    no space after it between two plain cells is such a cut; when the cuts account for every
    extra cell, the row is given back with those cells quoted, else the cells as YAML read them.
    Rows written otherwise (a block list, JSON) get nothing."""
    found: dict[str, str] = {}
    for path, node in _nodes(compose_yaml(text) if rows else None):
        if path in rows and isinstance(node, SequenceNode) and node.flow_style:
            cells = [cell for cell in node.value if isinstance(cell, ScalarNode)]
            if len(cells) == len(node.value):
                hint = _cut_cells_hint(text, cells, rows[path])
                if hint is not None:
                    found[path] = hint
    return found


def _cut_cells_hint(text: str, cells: list[ScalarNode], columns: int) -> str | None:
    """See `comma_splits`: `cells` are the row's scalar nodes."""
    if len(cells) <= columns:
        return None
    runs: list[list[int]] = [[0]]
    for index in range(1, len(cells)):
        before, cell = cells[index - 1], cells[index]
        between = text[before.end_mark.index : cell.start_mark.index]
        if between == "," and not before.style and not cell.style:
            runs[-1].append(index)  # "5,000": no space after the comma, neither cell quoted
        else:
            runs.append([index])
    written = [text[cell.start_mark.index : cell.end_mark.index] for cell in cells]
    cuts = [run for run in runs if len(run) > 1]
    if not cuts or len(runs) < columns:
        return comma_cells_hint([cell.value for cell in cells], _first_pair(text, cells))
    joined = [",".join(written[i] for i in run) for run in runs]
    quoted = [
        json.dumps(whole, ensure_ascii=False) if len(run) > 1 else whole
        for run, whole in zip(runs, joined, strict=True)
    ]
    whole = ",".join(cells[i].value for i in cuts[0])
    row = "[" + ", ".join(quoted) + "]"
    if len(row) > 100:
        row = ", ".join(q for run, q in zip(runs, quoted, strict=True) if len(run) > 1)
    what = "the number" if _THOUSANDS.match(whole) else "the text"
    hint = comma_split_hint(f'{what} "{whole}"', [cells[i].value for i in cuts[0]], row)
    return (
        hint
        if len(runs) == columns
        else f"{hint}; that still leaves {counted(len(runs), 'cell')} for {counted(columns, 'column')}"
    )


def _first_pair(text: str, cells: list[ScalarNode]) -> str | None:
    """The first two plain cells of a row with only ", " between them, as one: what a text with
    a comma (`Smith, Jane`) would have been. Two numbers (`[1, 2]`) are no such text."""
    for before, cell in itertools.pairwise(cells):
        if (
            not before.style
            and not cell.style
            and text[before.end_mark.index : cell.start_mark.index] == ", "
            and not (before.tag in _NUMBER_TAGS and cell.tag in _NUMBER_TAGS)
        ):
            return f"{before.value}, {cell.value}"
    return None
