"""Credentials kept out of what is printed: URLs and driver messages as logs and errors show them."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

_USERINFO = re.compile(r"(?P<scheme>\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#\n]*@")
"""`scheme://user:password@` (a NATS token is the user part alone): up to the last @ before the path."""
_SECRET_PARAMETER = re.compile(r"(?i)\b(?P<name>password|passwd|pass|token|secret)=[^&\s]*")


def without_credentials(url: str) -> str:
    """`url` as it may be printed: no user, password or token (`postgresql://127.0.0.1:5432/db`),
    and `password=` and its like masked in the query. Each URL of a comma-separated list too."""
    return _SECRET_PARAMETER.sub(r"\g<name>=***", _USERINFO.sub(r"\g<scheme>", url))


def without_password(text: str, url: str) -> str:
    """`text` (a driver's error message about `url`) with `url` shown without credentials and its
    password, as written or percent-decoded, masked: libpq quotes a password it cannot parse."""
    text = text.replace(url, without_credentials(url))
    try:
        password = urlsplit(url).password
    except ValueError:
        password = None
    if not password:
        match = re.match(r"[^:/]*://[^:@/]*:(?P<password>[^/?#\n]*)@", url)
        password = match["password"] if match else None
    for secret in {password, unquote(password)} if password else ():
        text = text.replace(secret, "***")
    return text
