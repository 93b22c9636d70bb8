"""Download public datasets from their original locations and check their checksums.

For users with a connection; the package itself never downloads at run time.
"""

from __future__ import annotations

import hashlib
import io
import tarfile
import urllib.request
from pathlib import Path


class FetchError(RuntimeError):
    """A download that failed or did not match its checksum."""


def _download(url: str, timeout: float) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (pinned URLs)
            return response.read()
    except OSError as error:
        raise FetchError(f"{url}: download failed ({error})") from None


def fetch_files(entries: list[dict], dest: Path, timeout: float = 60) -> list[Path]:
    """Download each file entry (url, path, sha256) under `dest`; skip ones already valid."""
    written = []
    for entry in entries:
        target = dest / entry["path"]
        if target.is_file() and _sha256(target.read_bytes()) == entry["sha256"]:
            written.append(target)
            continue
        data = _download(entry["url"], timeout)
        digest = _sha256(data)
        if digest != entry["sha256"]:
            raise FetchError(f"{entry['url']}: checksum {digest} != expected {entry['sha256']}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    return written


def fetch_archive(entry: dict, dest: Path, timeout: float = 300) -> int:
    """Extract the members of a .tar.gz under `member_prefix` into `dest`; returns a count."""
    data = _download(entry["url"], timeout)
    prefix = entry["member_prefix"]
    count = 0
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        for member in archive.getmembers():
            _, _, inner = member.name.partition("/")  # drop the archive's top folder
            if not member.isfile() or not inner.startswith(prefix) or ".." in inner:
                continue
            target = dest / inner[len(prefix) :]
            target.parent.mkdir(parents=True, exist_ok=True)
            source = archive.extractfile(member)
            if source is not None:
                target.write_bytes(source.read())
                count += 1
    return count


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
