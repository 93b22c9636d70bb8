"""Public stance benchmarks as DatasetDicts in the project's one schema.

One loader per benchmark (SemEval-2016 task 6 A, P-Stance, VAST, COVID-19-Stance, the 2016
multi-target election tweets). Each reads the files as their authors published them, with
their encodings and line endings, from a configurable directory, so that a model trained
here is scored on the same rows the papers report. A row with empty text or a label outside
favor/against/none is skipped, counted and logged: one bad row must not cost a benchmark.
"""

from __future__ import annotations

import csv
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from datasets import Dataset, DatasetDict, Features, Value

from stance.data import SCHEMA_COLUMNS, split_of
from stance.labels import LABEL2ID
from stance.tweets import AUTHOR, MissingDataError

logger = logging.getLogger(__name__)

SPLITS = ("train", "validation", "test")
FEATURES = Features({c: Value("int64" if c == "label" else "string") for c in SCHEMA_COLUMNS})
STANCE_WORDS = {"FAVOR": "favor", "AGAINST": "against", "NONE": "none"}

# Subtask A targets; the test file of subtask B (Donald Trump) is never read, and a stray
# Trump row elsewhere is left out too.
SEMEVAL_TASK_A = frozenset(
    {
        "Atheism",
        "Climate Change is a Real Concern",
        "Feminist Movement",
        "Hillary Clinton",
        "Legalization of Abortion",
    }
)
# part -> (file, encoding). Trial + training = the 2,914 tweets the task released for
# training (Mohammad et al. 2016); the training file alone is Windows-1252.
SEMEVAL_FILES = {
    "trial": ("data/trialdata-all-annotations.txt", "utf-8"),
    "train": ("data/trainingdata-all-annotations.txt", "cp1252"),
    "test": ("data/testdata-taskA-all-annotations.txt", "utf-8"),
}
SEMEVAL_COLUMNS = ("Tweet", "Target", "Stance", "ID")

PSTANCE_FILES = {"train": "train", "val": "validation", "test": "test"}  # raw_<part>_<who>.csv
PSTANCE_TARGET_FILES = ("trump", "biden", "bernie")
PSTANCE_COLUMNS = ("Tweet", "Target", "Stance")

COVID_FILES = {"train": "train", "val": "validation", "test": "test"}  # raw_<part>_all_onecol.csv
COVID_COLUMNS = ("Tweet", "Target 1", "Stance 1")  # its "Tweet Id" is Excel-mangled: unused

MULTITARGET_FILE = "multi_target_stance.csv"
MULTITARGET_COLUMNS = ("Tweet", "Target 1", "Stance 1", "Target 2", "Stance 2", "Test/Train/Dev")
MULTITARGET_SPLITS = {"Train": "train", "Dev": "validation", "Test": "test"}

# split -> candidate files, first present wins. The official dev file is vast_dev.csv; the
# shared copy only has ZeroStance's processed form of it (same 2,062 rows).
VAST_FILES = {
    "train": ("vast_train.csv",),
    "validation": ("vast_dev.csv", "vast_dev_processed.csv"),
    "test": ("vast_test.csv",),
}
# Column roles: text, topic, label, seen?, [new_id]. Official columns: `post` is the comment
# as written (`text` is its tokenised form) and `topic_str` the topic the zero-shot papers
# use (TGA Net, JointCL). ZeroStance's processed dev names them Tweet / Target 1 / Stance 1.
VAST_FORMATS = (
    ("post", "topic_str", "label", "seen?", "new_id"),
    ("Tweet", "Target 1", "Stance 1", "seen?"),
)
VAST_LABELS = {**STANCE_WORDS, "0": "against", "1": "favor", "2": "none"}  # 0=con 1=pro 2=neutral
VAST_SHOTS = {"0": "test_zero_shot", "1": "test_few_shot"}  # seen? 0 = topic unseen in train


class BenchmarkFormatError(ValueError):
    """A benchmark file whose header or encoding is not the published one."""


class _Rows:
    """Schema rows by split for one benchmark; counts the rows it skips and why."""

    def __init__(self, source: str, splits: Iterable[str] = SPLITS) -> None:
        self.source = source
        self.splits: dict[str, list[dict]] = {name: [] for name in splits}
        self.skipped: Counter[str] = Counter()

    def add(
        self,
        splits: Sequence[str],
        key: str,
        target: str,
        text: str,
        raw_label: str,
        labels: dict[str, str] = STANCE_WORDS,
    ) -> None:
        """One row into each of `splits`, unless its text is empty or its label unknown."""
        label = labels.get(raw_label.strip().upper())
        if not text.strip():
            self.skipped["empty text"] += 1
        elif label is None:
            self.skipped[f"label {raw_label!r}"] += 1
        else:
            row = {
                "id": key,
                "source": self.source,
                "target": target,
                "holder": AUTHOR,
                "sentence": text,
                "context": "",
                "label": LABEL2ID[label],
                "kind": "author",
            }
            for name in splits:
                self.splits[name].append(row)

    def skip(self, reason: str) -> None:
        """Count a source row dropped before it became schema rows (e.g. an unknown split)."""
        self.skipped[reason] += 1

    def dataset(self) -> DatasetDict:
        """The DatasetDict; logs one warning with the skipped counts, if any."""
        if self.skipped:
            reasons = ", ".join(f"{n} {why}" for why, n in sorted(self.skipped.items()))
            total = sum(self.skipped.values())
            logger.warning("%s: skipped %d rows (%s)", self.source, total, reasons)
        return DatasetDict(
            {
                name: Dataset.from_dict(
                    {c: [r[c] for r in rows] for c in SCHEMA_COLUMNS}, features=FEATURES
                )
                for name, rows in self.splits.items()
            }
        )


def _missing(path: Path, fetch_name: str) -> MissingDataError:
    return MissingDataError(
        f"{path} not found: `python scripts/fetch_data.py {fetch_name}` gets it "
        "(point the loader's data_dir or STANCE_DATA_DIR at its --dest)"
    )


def _data_dir(data_dir: str | Path, fetch_name: str) -> Path:
    path = Path(data_dir)
    if not path.is_dir():
        raise _missing(path, fetch_name)
    return path


def _read_table(
    path: Path,
    fetch_name: str,
    formats: Sequence[Sequence[str]],
    encoding: str = "utf-8-sig",
    **dialect,
) -> list[tuple[str, ...]]:
    """Data rows as tuples of the columns of the first format whose columns the header has."""
    if not path.is_file():
        raise _missing(path, fetch_name)
    try:
        with open(path, newline="", encoding=encoding) as handle:  # newline="": CR, LF, CRLF
            reader = csv.DictReader(handle, **dialect)
            header = set(reader.fieldnames or ())
            columns = next((f for f in formats if header.issuperset(f)), None)
            if columns is None:
                raise BenchmarkFormatError(
                    f"{path}: header lacks the columns {', '.join(formats[0])}"
                )
            return [tuple(record.get(c) or "" for c in columns) for record in reader]
    except UnicodeDecodeError as error:
        raise BenchmarkFormatError(
            f"{path}: not {encoding} ({error.reason} at byte {error.start})"
        ) from None


def load_semeval2016(
    data_dir: str | Path, validation_percent: int = 10, include_trial: bool = True
) -> DatasetDict:
    """SemEval-2016 task 6 A: training tweets (with trial) less a validation carve-out; test.

    The carve-out is fixed by a hash of each row id (as `stance.data.split_of`), so it stays
    the same across runs and machines; the task itself has no validation split.
    """
    if not 0 <= validation_percent < 100:
        raise ValueError(f"validation_percent must be in [0, 100), got {validation_percent}")
    folder = _data_dir(data_dir, "semeval2016_task6")
    rows = _Rows("semeval2016")
    for part, (name, encoding) in SEMEVAL_FILES.items():
        if part == "trial" and not include_trial:
            continue
        table = _read_table(
            folder / name,
            "semeval2016_task6",
            [SEMEVAL_COLUMNS],
            encoding,
            delimiter="\t",
            quoting=csv.QUOTE_NONE,  # tweets hold unbalanced quotes; fields are never quoted
        )
        for text, target, label, row_id in table:
            if target not in SEMEVAL_TASK_A:
                continue
            key = f"semeval2016:{part}:{row_id}"
            split = (
                part
                if part == "test"
                else split_of(key, 100 - validation_percent, validation_percent)
            )
            rows.add((split,), key, target, text, label)
    return rows.dataset()


def load_pstance(data_dir: str | Path) -> DatasetDict:
    """P-Stance: the Trump, Biden and Sanders files pooled, in the authors' own splits."""
    folder = _data_dir(data_dir, "pstance")
    rows = _Rows("pstance")
    for part, split in PSTANCE_FILES.items():
        for who in PSTANCE_TARGET_FILES:
            path = folder / f"raw_{part}_{who}.csv"
            for index, (text, target, label) in enumerate(
                _read_table(path, "pstance", [PSTANCE_COLUMNS])
            ):
                rows.add((split,), f"pstance:{part}:{who}:{index}", target, text, label)
    return rows.dataset()


def load_covid19(data_dir: str | Path) -> DatasetDict:
    """COVID-19-Stance (four targets, one file per split) in the authors' own splits."""
    folder = _data_dir(data_dir, "covid19_stance")
    rows = _Rows("covid19")
    for part, split in COVID_FILES.items():
        path = folder / f"raw_{part}_all_onecol.csv"
        for index, (text, target, label) in enumerate(
            _read_table(path, "covid19_stance", [COVID_COLUMNS])
        ):
            rows.add((split,), f"covid19:{part}:{index}", target, text, label)
    return rows.dataset()


def load_multitarget2016(data_dir: str | Path) -> DatasetDict:
    """Sobhani et al. 2017: one row per (tweet, target), two per tweet, split by its column."""
    folder = _data_dir(data_dir, "multitarget_2016")
    rows = _Rows("multitarget2016")
    table = _read_table(folder / MULTITARGET_FILE, "multitarget_2016", [MULTITARGET_COLUMNS])
    for index, (text, target1, label1, target2, label2, part) in enumerate(table):
        split = MULTITARGET_SPLITS.get(part.strip())
        if split is None:
            rows.skip(f"split {part!r}")
            continue
        for slot, target, label in ((1, target1, label1), (2, target2, label2)):
            rows.add((split,), f"multitarget2016:{split}:{index}:{slot}", target, text, label)
    return rows.dataset()


def load_vast(data_dir: str | Path) -> DatasetDict:
    """VAST: train, dev and test, plus the test rows as zero-shot and few-shot subsets.

    Zero-shot = the test rows whose topic is unseen in train (`seen?` = 0), as published.
    """
    folder = _data_dir(data_dir, "vast")
    rows = _Rows("vast", (*SPLITS, *VAST_SHOTS.values()))
    for split, names in VAST_FILES.items():
        path = next((folder / n for n in names if (folder / n).is_file()), folder / names[0])
        for index, (text, topic, label, seen, *new_id) in enumerate(
            _read_table(path, "vast", VAST_FORMATS)
        ):
            into = (split, VAST_SHOTS[seen]) if split == "test" and seen in VAST_SHOTS else (split,)
            key = f"vast:{split}:{new_id[0] if new_id and new_id[0] else index}"
            rows.add(into, key, topic, text, label, VAST_LABELS)
    return rows.dataset()
