"""Credentials never printed: the URL and driver-message scrubbing every log and error line uses."""

from __future__ import annotations

import pytest

from dsl2png.redact import without_credentials, without_password


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://postgres:S3cret@db:5432/app", "postgresql://db:5432/app"),
        ("postgresql://postgres:S3cret Passw0rd@db/app", "postgresql://db/app"),
        ("postgresql://u:p@ss@db:5432/app", "postgresql://db:5432/app"),  # an @ in the password
        (
            "postgresql://db/app?password=S3cret&sslmode=require",
            "postgresql://db/app?password=***&sslmode=require",
        ),
        ("nats://s3cr3ttoken@nats:4222", "nats://nats:4222"),  # a NATS token is the user part
        ("nats://u:p@a:4222,nats://u:p@b:4222", "nats://a:4222,nats://b:4222"),
        ("nats://127.0.0.1:4222", "nats://127.0.0.1:4222"),
    ],
)
def test_urls_are_shown_without_credentials(url: str, shown: str) -> None:
    assert without_credentials(url) == shown


def test_a_driver_message_loses_the_password_as_written_and_decoded() -> None:
    url = "postgresql://postgres:S3cret%20Pass@db/app"
    message = f'bad "S3cret Pass" and "S3cret%20Pass" in {url}'
    assert without_password(message, url) == 'bad "***" and "***" in postgresql://db/app'
