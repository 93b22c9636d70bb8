from collections import Counter
from pathlib import Path

import pytest

from stance.data import CorpusError, build_dataset, load_passages, resolve_offsets, split_of

ROOT = Path(__file__).resolve().parents[1]


def test_every_corpus_file_resolves_and_labels_are_valid():
    passages = load_passages((ROOT / "data" / "corpus").glob("*.yaml"))
    assert len({p["id"] for p in passages}) == len(passages)  # ids are unique
    labels = Counter(
        a[target]
        for p in passages
        for s in p["sentences"]
        for a in s["attributions"]
        for target in ("peace_talks", "military_aid")
    )
    assert set(labels) == {"favor", "against", "none"}
    assert sum(1 for p in passages for _ in p["sentences"]) >= 300


def test_seed_gold_resolves_against_the_unchanged_seed():
    (seed,) = load_passages([ROOT / "seeds" / "000_00195a572b0578c3.gold.yaml"])
    assert set(seed["holders"]) == {
        "Mark Rutte",
        "Donald Trump",
        "Keith Kellogg",
        "Volodymyr Zelensky",
    }
    for sentence in seed["sentences"]:
        assert seed["text"][sentence["start"] : sentence["end"]] == sentence["text"]


def test_wrong_substring_fails_naming_the_passage():
    passage = {
        "id": "x-1",
        "text": "One sentence.",
        "sentences": [{"text": "Other.", "attributions": []}],
    }
    with pytest.raises(CorpusError, match="x-1"):
        resolve_offsets(passage)


def test_splits_are_stable_and_roughly_70_15_15():
    counts = Counter(split_of(f"passage-{i}") for i in range(2000))
    assert split_of("passage-7") == split_of("passage-7")
    assert 0.65 < counts["train"] / 2000 < 0.75
    assert 0.11 < counts["validation"] / 2000 < 0.19


def test_dataset_rows_follow_the_schema(segmenter):
    passages = load_passages([ROOT / "tests" / "fixtures" / "tiny_corpus.yaml"])
    dataset = build_dataset(passages, segmenter, ["peace_talks", "military_aid"], 1, {})
    assert dataset["train"].num_rows == 8  # 4 attributions x 2 targets
    row = dataset["train"][2]
    assert row["context"].startswith("Foreign Minister Ana Petrova said")
    assert row["sentence"].startswith('"We will not push anyone')
