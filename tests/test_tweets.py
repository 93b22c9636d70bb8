"""Corpus 2 loader: labels from the repo, text from a RUW-shaped folder (invented rows)."""

import csv

import pytest

from stance.labels import LABEL2ID
from stance.tweets import AUTHOR, MissingDataError, ruw_dataset

HEADER = ["Tweet", "Target 1", "Stance 1", "Target 2", "Stance 2", "Test/Train/Dev"]


def write_ruw(folder, rows_per_split):
    for split, tweets in rows_per_split.items():
        with open(
            folder / f"raw_{split}_Russia_Ukraine.csv", "w", newline="", encoding="gb18030"
        ) as h:
            writer = csv.writer(h)
            writer.writerow(HEADER)
            for tweet in tweets:
                writer.writerow([tweet, "Russia", "NONE", "Ukraine", "NONE", split])


def test_labels_join_text_by_split_and_row(tmp_path):
    write_ruw(
        tmp_path, {"train": ["Send the jets now…", "Talks, now!"], "val": ["x"], "test": ["y"]}
    )
    labels = tmp_path / "labels.csv"
    labels.write_text(
        "split,row_index,peace_talks,military_aid\ntrain,1,favor,none\ntest,0,none,against\n"
    )
    dataset = ruw_dataset(tmp_path, [labels], ["peace_talks", "military_aid"])
    train = dataset["train"]
    assert train["sentence"] == ["Talks, now!", "Talks, now!"]
    assert train["label"] == [LABEL2ID["favor"], LABEL2ID["none"]]
    assert set(train["holder"]) == {AUTHOR}
    assert dataset["test"]["label"] == [LABEL2ID["none"], LABEL2ID["against"]]
    assert dataset["validation"].num_rows == 0


def test_missing_data_dir_says_where_and_what_to_do(tmp_path):
    with pytest.raises(MissingDataError, match="data.extra.ruw.loader.data_dir"):
        ruw_dataset(tmp_path / "absent", [], ["peace_talks"])
