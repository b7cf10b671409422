"""A note on a `lang` written with a withdrawn code (`iw`): drawn as today's (`he`), which it suggests."""

from __future__ import annotations

from kernel.dsl.deprecated_language_codes import deprecated_code
from kernel.dsl.semantic.findings import Findings

DEPRECATED_LANG = "deprecated_lang"


def check_deprecated_code(lang: str, findings: Findings) -> None:
    """A `deprecated_lang` note for `lang: iw` (Hebrew, as Java and Android write it), `in`, `ji`...:
    the page is drawn in the language it means, as under today's code."""
    found = deprecated_code(lang)
    if found is None:
        return
    written, current = found
    findings.warn(
        ("lang",),
        f"'{written}' is the withdrawn code of the language now written '{current}': the page is drawn "
        f"as lang '{current}' (its words, calendar, direction and numbers)",
        DEPRECATED_LANG,
        f"lang: {current}{lang[len(written) :]}",
    )
