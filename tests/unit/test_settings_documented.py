"""docs/settings.md lists every setting every process reads, and `worker --help` the worker's:
README said it listed them all while ten were missing (DSL2PNG_ACK_WAIT_S, DSL2PNG_MAX_DELIVER...)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from pydantic_settings import BaseSettings
from typer.testing import CliRunner

from dsl2png.cli import app
from dsl2png.env_names import KNOWN_VARIABLES
from dsl2png.settings_help import variables

ROOT = Path(__file__).resolve().parents[2]
SETTINGS_DOC = ROOT / "docs" / "settings.md"
SETTINGS_MODULES = ("dsl2png.settings", "render_worker.settings", "render_worker.pool_settings",
                    "command_api.relay_main", "projector.main")  # fmt: skip
"""Where settings classes live; every pydantic-settings class defined in them is checked."""


def settings_classes() -> list[type[BaseSettings]]:
    found = []
    for name in SETTINGS_MODULES:
        module = importlib.import_module(name)
        found += [
            value
            for value in vars(module).values()
            if isinstance(value, type) and issubclass(value, BaseSettings) and value.__module__ == name
        ]
    return found


def documented_rows() -> set[str]:
    """The variables named in the first column of the document's tables."""
    rows = set()
    for line in SETTINGS_DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            rows |= set(re.findall(r"`([A-Z][A-Z0-9_]+)`", line.split(" | ")[0]))
    return rows


def test_there_are_settings_classes_to_check() -> None:
    assert {cls.__name__ for cls in settings_classes()} >= {
        "CommonSettings", "ProbedSettings", "ServeSettings", "WorkerSettings", "PoolSettings",
        "RelaySettings", "ProjectorSettings",
    }  # fmt: skip


def test_every_field_of_every_settings_class_is_documented() -> None:
    rows = documented_rows()
    missing = {
        f"{cls.__name__}.{name}: {' or '.join(variables(name, field))}"
        for cls in settings_classes()
        for name, field in cls.model_fields.items()
        if not set(variables(name, field)) & rows
    }
    assert not missing, f"not in docs/settings.md: {sorted(missing)}"


def test_the_document_names_only_variables_dsl2png_reads() -> None:
    unknown = documented_rows() - KNOWN_VARIABLES - {"DATABASE_URL", "NATS_URL"}
    assert not unknown, f"docs/settings.md lists {sorted(unknown)}, which nothing reads"


def test_worker_help_lists_every_worker_and_pool_setting() -> None:
    from render_worker.pool_settings import PoolSettings
    from render_worker.settings import WorkerSettings

    shown = CliRunner().invoke(app, ["worker", "--help"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    for cls in (WorkerSettings, PoolSettings):
        for name, field in cls.model_fields.items():
            assert variables(name, field)[0] in shown.output, name
    assert "DSL2PNG_ACK_WAIT_S (30.0): a job whose worker died comes back after this long" in shown.output
