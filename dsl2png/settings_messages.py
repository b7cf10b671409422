"""What a settings class's ValidationError says to a user: each bad setting named as the
environment variable they set (the CLI's start-up line, the Python API's error)."""

from __future__ import annotations

import os

from pydantic import ValidationError

from dsl2png.redact import without_credentials


def settings_problems(exc: ValidationError) -> list[str]:
    """One line per bad setting: `DSL2PNG_BROWSERS: ... (got 'x')`, or a rule across settings
    (a misspelt variable's "did you mean") as it is."""
    lines = []
    for error in exc.errors():
        message = str(error["msg"]).removeprefix("Value error, ")
        if not error["loc"]:  # a rule across several settings
            lines.append(message)
            continue
        name = str(error["loc"][0])
        variable = _variable_set(name) if name.isupper() else f"DSL2PNG_{name.upper()}"
        given = error.get("input")
        given = without_credentials(given) if isinstance(given, str) else given  # a URL's password
        lines.append(f"{variable}: {message} (got {given!r})")
    return lines


def settings_error_message(exc: ValidationError) -> str:
    """The start-up message: a heading naming the settings class, then one line per bad setting."""
    return "\n".join(
        [f"dsl2png: invalid configuration ({exc.title}):", *(f"  {line}" for line in settings_problems(exc))]
    )


def _variable_set(alias: str) -> str:
    """Which of a setting's names the environment uses: pydantic reports the first one
    (DSL2PNG_HEALTH_PORT for a bad DSL2PNG_METRICS_PORT)."""
    from dsl2png.settings import CommonSettings

    classes = [CommonSettings]
    while classes:
        cls = classes.pop()
        classes.extend(cls.__subclasses__())
        for field in cls.model_fields.values():
            names = [str(c) for c in getattr(field.validation_alias, "choices", [])]
            if alias in names:
                return next((n for n in names if n in os.environ), alias)
    return alias
