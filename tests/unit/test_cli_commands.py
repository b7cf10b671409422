"""The CLI's decisions that need no Chromium: where outputs go, what is refused before rendering
(and with which exit code), JSON reports, examples, Ctrl+C, help labels. Real files in tmp_path."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from dsl2png.cli import app
from dsl2png.commands.examples import show_examples
from dsl2png.commands.html import compile_files
from dsl2png.commands.inputs import NO_DOCUMENTS, NoDocumentsError, expand_folders, read_source
from dsl2png.commands.interrupts import hush_closed_loop_transports, run_interruptible
from dsl2png.commands.messages import FAILED, INTERRUPTED, OK, USAGE, UsageError
from dsl2png.commands.outputs import (
    check_not_inputs,
    image_format_for,
    output_paths,
    renamed_outputs,
    unwritable,
)
from dsl2png.commands.render import render_files
from dsl2png.commands.validate import validate_files
from dsl2png.commands.watch import watch_files
from kernel.dsl.compiler.registry import RENDERERS

DOC = '{"width": 200, "height": 100, "elements": []}'


@pytest.fixture
def docs(tmp_path: Path) -> list[Path]:
    paths = [tmp_path / "a.json", tmp_path / "b.yaml"]
    for path in paths:
        path.write_text(DOC)
    return paths


# -- where outputs go -----------------------------------------------------------------------------


def test_outputs_default_to_the_current_folder_named_after_each_document(docs: list[Path]) -> None:
    assert output_paths(docs, None, "png") == [Path("a.png"), Path("b.png")]
    assert output_paths([Path("-")], None, "png") == [Path("stdin.png")]


def test_a_name_with_an_extension_is_a_file_and_one_without_is_a_folder(
    docs: list[Path], tmp_path: Path
) -> None:
    one = docs[:1]
    assert output_paths(one, tmp_path / "shot.jpg", "jpeg") == [tmp_path / "shot.jpg"]
    assert output_paths(one, tmp_path / "newdir", "png") == [tmp_path / "newdir" / "a.png"]
    assert output_paths(one, f"{tmp_path}/x.png/", "png") == [tmp_path / "x.png" / "a.png"]  # as typed
    assert output_paths(one, tmp_path, "png") == [tmp_path / "a.png"]  # an existing folder
    assert output_paths(one, Path("-"), "png") == [Path("-")]


@pytest.mark.parametrize("name", ["name.png", "-"])
def test_a_file_output_for_several_documents_is_refused(docs: list[Path], tmp_path: Path, name: str) -> None:
    output = Path(name) if name == "-" else tmp_path / name
    with pytest.raises(UsageError, match="2 documents were given"):
        output_paths(docs, output, "png")
    existing = tmp_path / "afile"
    existing.write_text("x")
    with pytest.raises(UsageError, match="names a file but 2 documents were given; give a folder"):
        output_paths(docs, existing, "png")


@pytest.mark.parametrize(
    ("name", "requested", "expected"),
    [("x.png", None, "png"), ("x.JPG", None, "jpeg"), ("x.jpeg", "jpg", "jpeg"), ("x.pdf", None, "pdf"),
     ("out/", "webp", "webp"), (None, None, "png"), (None, "jpg", "jpeg"), ("-", "webp", "webp")],
)  # fmt: skip
def test_the_format_comes_from_format_or_the_extension(
    docs: list[Path], name: str | None, requested: str | None, expected: str
) -> None:
    assert image_format_for(docs[:1], Path(name) if name else None, requested) == expected


@pytest.mark.parametrize(
    ("name", "requested", "message"),
    [
        ("notes.txt", None, "renders are written as .png, .jpg, .webp or .pdf, not .txt"),
        ("notes.txt", "png", "not .txt"),
        ("x.gif", None, "not .gif"),
        ("x.html", None, "`dsl2png html` writes the page as HTML"),
        ("x.jpg", "png", "names a jpeg file but --format png was given"),
    ],
)
def test_an_output_that_is_no_image_is_refused(
    docs: list[Path], tmp_path: Path, name: str, requested: str | None, message: str
) -> None:
    with pytest.raises(UsageError, match=re.escape(message)):
        image_format_for(docs[:1], tmp_path / name, requested)


def test_an_existing_file_without_an_extension_is_not_replaced(docs: list[Path], tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.write_text("keep")
    with pytest.raises(UsageError, match="is a file without an extension"):
        image_format_for(docs[:1], notes, None)


def test_an_input_is_never_an_output_however_it_is_named(docs: list[Path], tmp_path: Path) -> None:
    hard = tmp_path / "hard.png"
    os.link(docs[0], hard)
    soft = tmp_path / "soft.png"
    soft.symlink_to(docs[1])
    for target in (docs[0], hard, soft, Path(os.path.relpath(docs[0]))):
        with pytest.raises(UsageError, match="is the input document"):
            check_not_inputs(docs, [target])
    check_not_inputs(docs, [tmp_path / "new.png", Path("-")])  # neither is an input


def test_why_an_output_cannot_be_written(tmp_path: Path) -> None:
    (tmp_path / "folder.png").mkdir()
    (tmp_path / "afile").write_text("x")
    assert unwritable(tmp_path / "folder.png") == "it is a folder"
    assert unwritable(tmp_path / "afile" / "deeper" / "x.png") == f"{tmp_path / 'afile'} is not a folder"
    assert unwritable(tmp_path / "new" / "x.png") is None and (tmp_path / "new").is_dir()  # created
    assert unwritable(Path("-")) is None


def test_a_folder_without_documents_stays_an_input_that_cannot_be_read(
    docs: list[Path], tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert expand_folders([empty, tmp_path]) == [empty, *docs]
    with pytest.raises(NoDocumentsError, match=re.escape(NO_DOCUMENTS)):
        read_source(empty)


def test_a_folder_of_folders_says_how_many_were_not_searched_and_how_to_pass_them(tmp_path: Path) -> None:
    for flow in ("checkout", "onboarding"):
        (tmp_path / flow).mkdir()
        (tmp_path / flow / "01.yaml").write_text(DOC)
    with pytest.raises(NoDocumentsError) as raised:
        read_source(tmp_path)
    assert "2 subfolders not searched" in str(raised.value)
    assert f"{tmp_path / 'checkout'} {tmp_path / 'onboarding'}" in str(raised.value)


def test_a_folder_s_screens_come_in_natural_order(tmp_path: Path) -> None:
    for name in ("step10.yaml", "step2.yaml", "Step0.YAML", "step1.yml"):
        (tmp_path / name).write_text(DOC)
    assert [p.name for p in expand_folders([tmp_path])] == [
        "Step0.YAML",
        "step1.yml",
        "step2.yaml",
        "step10.yaml",
    ]


def test_same_names_from_several_folders_keep_to_their_folders_and_a_rename_is_told(tmp_path: Path) -> None:
    files = [
        tmp_path / "onboarding" / "01.yaml",
        tmp_path / "onboarding" / "01.json",
        tmp_path / "checkout" / "01.yaml",
    ]
    out = tmp_path / "out"
    targets = output_paths(files, out, "png")
    assert targets == [
        out / "onboarding" / "01.png",
        out / "onboarding" / "01-2.png",
        out / "checkout" / "01.png",
    ]
    warnings = renamed_outputs(files, targets)
    assert len(warnings) == 1 and "01.json" in warnings[0] and "01-2.png" in warnings[0]
    # documents of one folder, or of several with distinct names, are written side by side
    assert output_paths([tmp_path / "a" / "x.yaml", tmp_path / "b" / "y.yaml"], out, "png") == [
        out / "x.png",
        out / "y.png",
    ]


# -- exit codes before any rendering ---------------------------------------------------------------


def test_option_conflicts_are_usage_errors_before_chromium(docs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "x.jpg"
    assert render_files(docs[:1], out, {"transparent": True}) == USAGE
    assert render_files(docs[:1], docs[0], {}) == USAGE  # the input itself
    assert render_files(docs, tmp_path / "name.png", {}) == USAGE
    assert watch_files([Path("-")], None, {}) == USAGE
    assert compile_files(docs[:1], docs[0], {}) == USAGE
    assert not out.exists() and not (tmp_path / "name.png").exists()


def test_html_outputs_are_written_and_unwritable_ones_fail_alone(
    docs: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pages"
    (out / "a.html").mkdir(parents=True)
    assert compile_files(docs, out, {}) == FAILED
    assert (out / "b.html").read_text().startswith("<!DOCTYPE html>")
    err = capsys.readouterr().err
    assert f"cannot write {out / 'a.html'}: it is a folder" in err and "1 written, 1 failed" in err


def test_a_document_dsl2png_fails_to_compile_fails_alone_with_a_clear_line(
    docs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A crash while compiling one document (a calendar's KeyError: 31) stopped the whole batch
    with a traceback; now that document is an error line and the others are written (`render`
    prepares its documents the same way). The renderer is broken on purpose."""

    def render_calendar(element: object, ctx: object) -> str:
        raise KeyError(31)

    monkeypatch.setitem(RENDERERS, "calendar", render_calendar)
    crashing = tmp_path / "calendar.yaml"
    crashing.write_text("elements:\n  - {type: calendar, month: '2025-09'}\n")
    out = tmp_path / "pages"
    assert compile_files([docs[0], crashing, docs[1]], out, {}) == FAILED
    assert sorted(path.name for path in out.iterdir()) == ["a.html", "b.html"]
    err = capsys.readouterr().err
    assert (
        f"error {crashing}: compiling the document failed inside dsl2png (KeyError: 31 in render_calendar)"
        in err
    )
    assert "2 written, 1 failed" in err and "Traceback" not in err


def test_messages_are_printed_as_written_not_read_as_markup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The terminal's styling read a message's `[start, end]` as a style tag and dropped it:
    "write it as , two dates"."""
    typo = tmp_path / "[draft] range.yaml"
    typo.write_text("elements:\n  - {type: calendar, range: ['2025-09-28', '2025-09-31']}\n")
    assert validate_files([typo], strict=False, as_json=False) == FAILED
    err = capsys.readouterr().err
    assert f"error {typo}: /elements/0/range" in err
    assert "write it as [start, end], two dates YYYY-MM-DD: range: ['2025-09-28', '2025-09-30']" in err


# -- validate --json ------------------------------------------------------------------------------


def test_validate_json_lists_every_input_once_per_argument(
    docs: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.json"
    code = validate_files([docs[0], docs[0], missing], strict=False, as_json=True)
    assert code == FAILED
    report = json.loads(capsys.readouterr().out)
    assert [(entry["file"], entry["valid"]) for entry in report] == [
        (str(docs[0]), True), (str(docs[0]), True), (str(missing), False),
    ]  # fmt: skip
    assert report[2]["errors"][0]["code"] == "unreadable_file"


# -- examples ---------------------------------------------------------------------------------------


def test_examples_are_copied_without_overwriting_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ex"
    assert show_examples("login", folder) == OK
    assert [p.name for p in folder.iterdir()] == ["login.yaml"]
    (folder / "login.yaml").write_text("mine")
    assert show_examples(None, folder) == OK
    assert (folder / "login.yaml").read_text() == "mine"
    assert "kept 1 existing file in" in capsys.readouterr().err
    assert show_examples("login", folder, force=True) == OK
    assert (folder / "login.yaml").read_text() != "mine"
    assert show_examples(None, folder / "login.yaml") == USAGE  # a file, not a folder
    assert show_examples("nope", None) == USAGE


# -- Ctrl+C -----------------------------------------------------------------------------------------


def test_ctrl_c_cancels_the_work_lets_it_clean_up_and_gives_130() -> None:
    cleaned = []

    async def work() -> int:
        try:
            signal.raise_signal(signal.SIGINT)
            await asyncio.sleep(30)
            return 0
        finally:
            cleaned.append(True)

    assert run_interruptible(work) == (True, 0)
    assert cleaned == [True]
    assert run_interruptible(lambda: asyncio.sleep(0, result=7)) == (False, 7)
    assert INTERRUPTED == 130


# -- help -------------------------------------------------------------------------------------------


def test_help_has_plain_labels_short_options_and_the_version() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["render", "-h"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "<bool>" not in result.output and "list[Path]" not in result.output
    assert "PATH" in result.output and "[png|jpeg|jpg|webp|pdf]" in result.output
    version = runner.invoke(app, ["--version"])
    assert version.exit_code == 0 and version.output.startswith("dsl2png ")
    bad = runner.invoke(app, ["render", "x.json", "--format", "gif"])
    assert bad.exit_code == 2 and "Value error" not in bad.output


def _commands(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    """Every command under `group` (a group of typer's own click), with the words that name it
    (`keys list`)."""
    found = []
    for name, command in group.commands.items():
        found.append(((*prefix, name), command))
        found += _commands(command, (*prefix, name)) if hasattr(command, "commands") else []
    return found


_ALL_COMMANDS = _commands(typer.main.get_command(app))


@pytest.mark.parametrize(
    ("words", "command"), _ALL_COMMANDS, ids=[" ".join(words) for words, _ in _ALL_COMMANDS]
)
def test_each_paragraph_of_a_commands_help_is_wrapped_by_the_terminal_alone(
    words: tuple[str, ...], command: Any
) -> None:
    """A docstring wrapped at the code's width is printed as paragraphs the terminal wraps: on a
    wide one, each paragraph of the help and of its epilog is one line (`serve --help` broke its
    exit codes mid-sentence)."""
    result = CliRunner().invoke(app, [*words, "--help"], env={"COLUMNS": "1000"})
    assert result.exit_code == 0, result.output
    lines = [" ".join(line.split()) for line in result.output.splitlines()]
    for paragraph in [*(command.help or "").split("\n\n"), *(command.epilog or "").split("\n\n")]:
        if paragraph.startswith("\b\n"):  # click's mark of a block printed line by line (a list)
            assert all(" ".join(line.split()) in lines for line in paragraph.splitlines()[1:]), paragraph
        elif paragraph:
            assert " ".join(paragraph.split()) in lines, paragraph


def test_each_command_tells_its_own_exit_codes() -> None:
    """validate writes no file and renders nothing; html renders nothing."""

    def epilog(*words: str) -> str:
        output = CliRunner().invoke(app, [*words, "--help"], env={"COLUMNS": "1000"}).output
        return next(" ".join(line.split()) for line in output.splitlines() if "Exit codes:" in line)

    assert "a failed render" in epilog("render") and "-o that cannot work" in epilog("render")
    assert "render" not in epilog("html") and "-o that cannot work" in epilog("html")
    validate = epilog("validate")
    assert "render" not in validate and "-o" not in validate and "--strict" in validate


def test_after_an_interrupt_only_the_closed_loop_message_is_left_out() -> None:
    class Leftover:
        def __init__(self, message: str) -> None:
            self.message = message

        def __del__(self) -> None:
            raise RuntimeError(self.message)

    reported: list[str] = []
    before = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: reported.append(str(unraisable.exc_value))
    try:
        hush_closed_loop_transports()
        Leftover("Event loop is closed")
        Leftover("something else went wrong")
    finally:
        sys.unraisablehook = before
    assert reported == ["something else went wrong"]
