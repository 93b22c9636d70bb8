"""Reading articles: one clear reason per unusable input, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path


class InputError(Exception):
    """An input that cannot be scored; the message names the reason."""


def read_article(path: str, max_bytes: int = 5_000_000) -> str:
    """Text of a UTF-8 article file, or of stdin for "-"."""
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        file = Path(path)
        if not file.exists():
            raise InputError("no such file")
        if file.is_dir():
            raise InputError("is a directory, not a file")
        try:
            data = file.read_bytes()
        except OSError as error:
            raise InputError(f"cannot be read ({error.strerror})") from None
    if len(data) > max_bytes:
        raise InputError(f"too large ({len(data)} bytes; limit {max_bytes})")
    if b"\x00" in data:
        raise InputError("looks binary (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"is not UTF-8 text (bad byte at offset {error.start})") from None
    if not text.strip():
        raise InputError("is empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")
