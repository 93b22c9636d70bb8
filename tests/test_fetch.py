"""fetch_data: checksums are enforced; local file URLs stand in for the network."""

import hashlib

import pytest

from stance.fetch import FetchError, fetch_files


def entry(tmp_path, content: bytes, sha: str | None = None):
    source = tmp_path / "source.csv"
    source.write_bytes(content)
    return {
        "url": source.as_uri(),
        "path": "sub/copy.csv",
        "sha256": sha or hashlib.sha256(content).hexdigest(),
    }


def test_download_is_written_when_the_checksum_matches(tmp_path):
    written = fetch_files([entry(tmp_path, b"a,b\n1,2\n")], tmp_path / "dest")
    assert written[0].read_bytes() == b"a,b\n1,2\n"


def test_checksum_mismatch_fails_and_writes_nothing(tmp_path):
    with pytest.raises(FetchError, match="checksum"):
        fetch_files([entry(tmp_path, b"tampered", sha="0" * 64)], tmp_path / "dest")
    assert not (tmp_path / "dest" / "sub" / "copy.csv").exists()
