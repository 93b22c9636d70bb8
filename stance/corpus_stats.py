"""Counts and agreement figures of the project's annotated data, as one dict."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from omegaconf import DictConfig, OmegaConf

from stance.agreement import label_agreement, passage_agreement
from stance.data import load_passages, split_of
from stance.pipeline import build_segmenter
from stance.tweets import read_labels

TARGETS = ("peace_talks", "military_aid")


def corpus_stats(cfg: DictConfig) -> dict:
    segmenter = build_segmenter(cfg.pipeline)
    passages = load_passages(Path(cfg.data.corpus_dir).glob(cfg.data.files_glob))
    split_percent = OmegaConf.to_container(cfg.data.split_percent)
    split = {p["id"]: p.get("split") or split_of(p["id"], **split_percent) for p in passages}
    sentence_labels: dict[str, Counter] = {t: Counter() for t in TARGETS}
    holder_labels: dict[str, Counter] = {t: Counter() for t in TARGETS}
    kinds: Counter = Counter()
    holders: set[str] = set()
    for passage in passages:
        for sentence in passage["sentences"]:
            for a in sentence["attributions"]:
                kinds[a["kind"]] += 1
                holders.add(a["holder"])
                for t in TARGETS:
                    sentence_labels[t][f"{split[passage['id']]}/{a[t]}"] += 1
        for row in (passage.get("holders") or {}).values():
            for t in TARGETS:
                holder_labels[t][row[t]] += 1
    return {
        "passages": len(passages),
        "passages_per_split": dict(Counter(split.values())),
        "sentences": sum(len(segmenter.split(p["text"])) for p in passages),
        "annotated_sentences": sum(len(p["sentences"]) for p in passages),
        "attributions": sum(kinds.values()),
        "holders": len(holders),
        "attribution_kinds": dict(kinds),
        "sentence_labels": {t: dict(sorted(c.items())) for t, c in sentence_labels.items()},
        "holder_labels": {t: dict(c) for t, c in holder_labels.items()},
        "tweets": _tweet_counts(cfg),
        "agreement": _agreement(cfg),
    }


def _tweet_counts(cfg: DictConfig) -> dict:
    labels = read_labels(
        Path(cfg.paths.root_dir, "data", "ruw_labels").glob("annotator1_part*.csv")
    )
    counts = {t: dict(Counter(f"{k[0]}/{row[t]}" for k, row in labels.items())) for t in TARGETS}
    return {"rows": len(labels), "labels": counts}


def _agreement(cfg: DictConfig) -> dict:
    """Agreement of the two independent annotations, as they were before adjudication."""
    folder = Path(cfg.paths.root_dir, "data", "agreement")
    result: dict = {}
    first = sorted(folder.glob("first_annotator_passages*.yaml"))
    second = sorted(folder.glob("second_annotator_passages*.yaml"))
    if first and second:
        result["passages"] = passage_agreement(load_passages(first), load_passages(second))
        result["passage_files"] = {  # each pair of files on its own: one round each
            path.stem.removeprefix("second_annotator_"): passage_agreement(
                load_passages([folder / path.name.replace("second", "first", 1)]),
                load_passages([path]),
            )
            for path in second
            if (folder / path.name.replace("second", "first", 1)).is_file()
        }
    tweets_first = folder / "annotator1_tweets_before_adjudication.csv"
    tweets_second = sorted(folder.glob("annotator2_tweets_sample*.csv"))
    if tweets_first.is_file() and tweets_second:
        result["tweets"] = label_agreement(read_labels([tweets_first]), read_labels(tweets_second))
    return result
