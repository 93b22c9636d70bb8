"""Corpus 2: RUW tweets re-labelled for our targets (labels in the repo, text loaded).

Only row keys and labels are stored in `data/ruw_labels/`; the tweet text comes from the
research-licensed RUW copy in a configurable data directory, never from the repo.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from datasets import Dataset, DatasetDict

from stance.labels import LABEL2ID

RUW_SPLITS = {"train": "train", "val": "validation", "test": "test"}
RAW_FILE = "raw_{split}_Russia_Ukraine.csv"  # as published: GB18030-encoded, row_index = data row
RAW_ENCODING = "gb18030"
AUTHOR = "the author"


class MissingDataError(FileNotFoundError):
    """A public data directory that is not where the config says."""


def read_labels(files: Iterable[Path]) -> dict[tuple[str, int], dict[str, str]]:
    """(RUW split, row index) -> target -> label, from the label CSVs."""
    labels: dict[tuple[str, int], dict[str, str]] = {}
    for path in sorted(files):
        with open(path, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                key = (row.pop("split"), int(row.pop("row_index")))
                labels[key] = row
    return labels


def read_texts(data_dir: Path) -> dict[tuple[str, int], str]:
    """(split, row index) -> tweet text, from RUW's raw split files as published."""
    texts: dict[tuple[str, int], str] = {}
    for split in RUW_SPLITS:
        path = Path(data_dir) / RAW_FILE.format(split=split)
        if not path.is_file():
            raise MissingDataError(
                f"RUW tweet text not found at {path}: set data.extra.ruw.loader.data_dir "
                "(or STANCE_DATA_DIR) to your RUW copy (python scripts/fetch_data.py ruw gets it)"
            )
        with open(path, newline="", encoding=RAW_ENCODING) as handle:
            for index, row in enumerate(csv.DictReader(handle)):
                texts[(split, index)] = row["Tweet"]
    return texts


def ruw_dataset(data_dir: Path, label_files: Iterable[Path], targets: Iterable[str]) -> DatasetDict:
    """The labelled tweets in the shared stance schema, split as RUW splits them."""
    texts = read_texts(data_dir)
    labels = read_labels(label_files)
    rows: dict[str, list[dict]] = {name: [] for name in RUW_SPLITS.values()}
    for (split, index), row in sorted(labels.items()):
        if (split, index) not in texts:
            raise MissingDataError(
                f"RUW row {split}:{index} is labelled but missing from {data_dir}"
            )
        for target in targets:
            rows[RUW_SPLITS[split]].append(
                {
                    "id": f"ruw:{split}:{index}:{target}",
                    "source": "ruw",
                    "target": target,
                    "holder": AUTHOR,
                    "sentence": texts[(split, index)],
                    "context": "",
                    "label": LABEL2ID[row[target]],
                    "kind": "author",
                }
            )
    return DatasetDict({name: Dataset.from_list(split_rows) for name, split_rows in rows.items()})


def load_ruw(
    data_dir: str, labels_dir: str, labels_glob: str, targets: dict[str, str]
) -> DatasetDict:
    """The RUW loader for configs: label files from the repo, text from `data_dir`."""
    label_files = sorted(Path(labels_dir).glob(labels_glob))
    if not label_files:
        raise MissingDataError(f"no RUW label files matching {labels_glob} in {labels_dir}")
    return ruw_dataset(Path(data_dir), label_files, targets)
