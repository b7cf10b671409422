"""The fonts.conf Chromium is launched with: the system's rules and folders, never the user's."""

from __future__ import annotations

from pathlib import Path

from render_worker.fontconfig import browser_env, fontconfig_file, fontconfig_text


def test_the_users_rules_and_font_folders_are_left_out(tmp_path: Path) -> None:
    for name in ("10-hinting-slight.conf", "50-user.conf", "60-latin.conf", "README"):
        (tmp_path / name).write_text("")
    text = fontconfig_text(tmp_path)
    assert f"{tmp_path}/10-hinting-slight.conf" in text and f"{tmp_path}/60-latin.conf" in text
    assert "50-user" not in text and "README" not in text
    assert "~" not in text and '<dir prefix="xdg">' not in text  # no ~/.fonts, no ~/.local/share/fonts
    assert text.index("hintslight") < text.index("10-hinting-slight.conf")  # pinned before the system's


def test_chromium_gets_the_file_and_no_fontconfig_path() -> None:
    env = browser_env({"HOME": "/nowhere", "FONTCONFIG_PATH": "/elsewhere"})
    assert env["FONTCONFIG_FILE"] == str(fontconfig_file())
    assert "FONTCONFIG_PATH" not in env and env["HOME"] == "/nowhere"
    assert Path(env["FONTCONFIG_FILE"]).read_text() == fontconfig_text()


def test_chromium_gets_its_locale_and_folders_and_none_of_the_services_settings() -> None:
    env = browser_env(
        {"PATH": "/usr/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "XDG_CACHE_HOME": "/c", "TMPDIR": "/t",
         "DATABASE_URL": "postgresql://u:p@db/x", "DSL2PNG_DATABASE_URL": "postgresql://u:p@db/x",
         "AWS_SECRET_ACCESS_KEY": "k", "HTTPS_PROXY": "http://proxy:3128"}
    )  # fmt: skip
    assert set(env) == {"PATH", "LANG", "LC_ALL", "XDG_CACHE_HOME", "TMPDIR", "FONTCONFIG_FILE"}
