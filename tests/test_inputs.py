import pytest

from stance.inputs import InputError, read_article


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "is empty"),
        (b"  \n\t", "is empty"),
        (b"abc\x00def", "binary"),
        (b"\xff\xfe\xfa bad", "not UTF-8"),
    ],
)
def test_bad_files_name_their_reason(tmp_path, content, reason):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=reason):
        read_article(str(path))


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="directory"):
        read_article(str(tmp_path))


def test_text_is_decoded_with_bom_and_crlf_normalised(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffOne.\r\nTwo.".encode())
    assert read_article(str(path)) == "One.\nTwo."
