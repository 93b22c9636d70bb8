"""The project's annotated passages -> Hugging Face datasets in the one stance schema.

Passages are authored in YAML (see docs/annotation.md); sentence, mention and cue texts
are turned into character offsets here, and a wrong substring fails loudly with the
passage id. Splits are by passage, fixed by a hash of its id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

import yaml
from datasets import Dataset, DatasetDict

from stance.labels import LABEL2ID
from stance.segmentation import Segmenter, context_before

SPLITS = ("train", "validation", "test")
SCHEMA_COLUMNS = ("id", "source", "target", "holder", "sentence", "context", "label", "kind")


class CorpusError(ValueError):
    """An authoring file that does not match its passage text."""


def load_passages(files: Iterable[Path]) -> list[dict]:
    """All passages of the given YAML files, with offsets resolved."""
    passages = []
    for path in sorted(files):
        for passage in yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []:
            if "text_file" in passage:
                passage["text"] = (Path(path).parent / passage["text_file"]).read_text(
                    encoding="utf-8"
                )
            passages.append(resolve_offsets(passage))
    return passages


def resolve_offsets(passage: dict) -> dict:
    """Add start/end to each annotated sentence, searching forward through the text."""
    text, cursor = passage["text"], 0
    for sentence in passage.get("sentences") or []:
        start = text.find(sentence["text"], cursor)
        if start == -1:
            start = text.find(sentence["text"])
        if start == -1:
            raise CorpusError(f"{passage['id']}: sentence not in text: {sentence['text'][:60]!r}")
        sentence["start"], sentence["end"] = start, start + len(sentence["text"])
        cursor = sentence["end"]
        for attribution in sentence["attributions"]:
            for field in ("mention", "cue"):
                value = attribution.get(field)
                if value and value not in sentence["text"]:
                    raise CorpusError(f"{passage['id']}: {field} {value!r} not in its sentence")
    return passage


def split_of(passage_id: str, train: int = 70, validation: int = 15) -> str:
    """Stable split by passage id: the first `train` percent of hash space, and so on."""
    bucket = int(hashlib.md5(passage_id.encode()).hexdigest(), 16) % 100
    if bucket < train:
        return "train"
    return "validation" if bucket < train + validation else "test"


def passage_examples(
    passage: dict, segmenter: Segmenter, targets: Iterable[str], context_sentences: int
) -> list[dict]:
    """One row per (annotated attribution, target) in the shared schema."""
    sentences = segmenter.split(passage["text"])
    rows = []
    for sentence in passage.get("sentences") or []:
        index = _segment_index(sentences, sentence["start"])
        context = context_before(sentences, index, context_sentences) if index is not None else ""
        for attribution in sentence["attributions"]:
            key = f"{passage['id']}:{sentence['start']}:{attribution['holder']}"
            for target in targets:
                rows.append(
                    {
                        "id": f"{key}:{target}",
                        "source": passage["id"],
                        "target": target,
                        "holder": attribution["holder"],
                        "sentence": sentence["text"],
                        "context": context,
                        "label": LABEL2ID[attribution[target]],
                        "kind": attribution["kind"],
                    }
                )
    return rows


def _segment_index(sentences, start: int) -> int | None:
    for sentence in sentences:
        if sentence.start <= start < sentence.end:
            return sentence.index
    return None


def build_dataset(
    passages: list[dict],
    segmenter: Segmenter,
    targets: Iterable[str],
    context_sentences: int,
    split_percent: dict[str, int],
    splits: Iterable[str] = SPLITS,
) -> DatasetDict:
    """DatasetDict with a split per name; passages fall into splits by `split_of`."""
    targets = list(targets)
    by_split: dict[str, list[dict]] = {name: [] for name in splits}
    for passage in passages:
        name = passage.get("split") or split_of(passage["id"], **split_percent)
        if name in by_split:
            by_split[name] += passage_examples(passage, segmenter, targets, context_sentences)
    return DatasetDict(
        {name: Dataset.from_list(rows) if rows else _empty() for name, rows in by_split.items()}
    )


def _empty() -> Dataset:
    return Dataset.from_dict({column: [] for column in SCHEMA_COLUMNS})


def passages_by_split(
    corpus_dir: str, files_glob: str, split_percent: dict[str, int], splits: Iterable[str]
) -> dict[str, list[dict]]:
    """The corpus passages of each named split, as `build_dataset` assigns them."""
    passages = load_passages(sorted(Path(corpus_dir).glob(files_glob)))
    by_split: dict[str, list[dict]] = {name: [] for name in splits}
    for passage in passages:
        name = passage.get("split") or split_of(passage["id"], **split_percent)
        if name in by_split:
            by_split[name].append(passage)
    return by_split


def gold_tables(passages: list[dict]) -> dict[str, dict[str, dict[str, str]]]:
    """Per passage: holder -> target -> gold label (the per-speaker table)."""
    return {p["id"]: p.get("holders") or {} for p in passages}


def load_corpus(
    corpus_dir: str,
    files_glob: str,
    split_percent: dict[str, int],
    context_sentences: int,
    segmentation: dict,
    targets: dict[str, str],
) -> DatasetDict:
    """The `data=corpus` loader: every passage file under `corpus_dir`, split by passage."""
    files = sorted(Path(corpus_dir).glob(files_glob))
    if not files:
        raise FileNotFoundError(f"no corpus files matching {files_glob} in {corpus_dir}")
    return build_dataset(
        load_passages(files),
        Segmenter(**segmentation),
        targets,
        context_sentences,
        split_percent,
    )
