"""Train the source tagger on PolNeAR: `python -m stance.train_tagger` (Hydra).

Examples are the segmenter's sentences of PolNeAR articles (one annotator's file each),
labelled with the source and cue spans of their attribution relations. Sentences with
neither are kept at `negative_rate`, so the tagger also learns when to say nothing.
"""

from __future__ import annotations

import json
import logging
import random
import time
from pathlib import Path

import hydra
from datasets import Dataset
from hydra.utils import instantiate
from omegaconf import DictConfig, OmegaConf, open_dict
from transformers import (
    AutoModelForTokenClassification,
    AutoTokenizer,
    DataCollatorForTokenClassification,
    Trainer,
    set_seed,
)

from stance import config as _config  # noqa: F401  (registers resolvers)
from stance.attribution_eval import read_brat_relations
from stance.hardware import use_bf16
from stance.pipeline import build_segmenter
from stance.segmentation import Segmenter
from stance.source_tagger import (
    CUE,
    ID2LABEL,
    LABEL2ID,
    SOURCE,
    SourceTagger,
    TaggedSpan,
    sentence_spans,
    spans_to_labels,
    tagger_members,
)

log = logging.getLogger(__name__)


def article_examples(text: str, relations: list[dict], segmenter: Segmenter) -> list[dict]:
    """One example per sentence: its text and its source and cue spans (relative)."""
    spans = [
        (label, *relation[role])
        for relation in relations
        for role, label in (("Source", SOURCE), ("Cue", CUE))
        if role in relation
    ]
    return [
        {"text": s.text, "spans": sentence_spans(s.start, s.end, spans)}
        for s in segmenter.split(text)
    ]


def polnear_examples(
    data_dir: Path, split: str, segmenter: Segmenter, negative_rate: float, seed: int
) -> list[dict]:
    """Sentences of one PolNeAR split; span-less ones kept with probability `negative_rate`."""
    text_dir, ann_dir = data_dir / split / "text", data_dir / split / "attributions"
    if not text_dir.is_dir():
        raise FileNotFoundError(f"PolNeAR split not found: {text_dir} (set data.polnear_dir)")
    rng = random.Random(seed)
    examples = []
    for text_file in sorted(text_dir.glob("*.txt")):
        annotations = sorted(ann_dir.glob(text_file.stem + "_*.ann"))
        if not annotations:
            continue
        relations = read_brat_relations(annotations[0])
        for example in article_examples(
            text_file.read_text(encoding="utf-8"), relations, segmenter
        ):
            if example["spans"] or rng.random() < negative_rate:
                examples.append(example)
    return examples


def encode(examples: list[dict], tokenizer, max_length: int) -> Dataset:
    """Token ids and BIO label ids; the spans reach the tokens through character offsets."""
    encoded = tokenizer(
        [e["text"] for e in examples],
        truncation=True,
        max_length=max_length,
        return_offsets_mapping=True,
    )
    labels = [
        spans_to_labels([tuple(o) for o in offsets], e["spans"])
        for offsets, e in zip(encoded.pop("offset_mapping"), examples, strict=True)
    ]
    return Dataset.from_dict({**encoded, "labels": labels})


def span_scores(gold: list[list[TaggedSpan]], predicted: list[list[TaggedSpan]]) -> dict:
    """Source-span precision, recall and F1 per sentence, exact and overlapping."""
    result = {}
    for mode in ("exact", "overlap"):
        found = correct = n_gold = n_predicted = 0
        for g_spans, p_spans in zip(gold, predicted, strict=True):
            g_src = [s for s in g_spans if s.label == SOURCE]
            p_src = [s for s in p_spans if s.label == SOURCE]
            n_gold, n_predicted = n_gold + len(g_src), n_predicted + len(p_src)
            found += sum(any(_same(g, p, mode) for p in p_src) for g in g_src)
            correct += sum(any(_same(g, p, mode) for g in g_src) for p in p_src)
        precision = correct / n_predicted if n_predicted else 0.0  # predictions that match
        recall = found / n_gold if n_gold else 0.0  # gold spans that were found
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[mode] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
        }
    return result


def _same(gold: TaggedSpan, predicted: TaggedSpan, mode: str) -> bool:
    if mode == "exact":
        return (gold.start, gold.end) == (predicted.start, predicted.end)
    return predicted.start < gold.end and gold.start < predicted.end


def fit(cfg: DictConfig, train_examples: list[dict]) -> tuple[Trainer, object]:
    """Fine-tune the encoder for token classification."""
    tokenizer = AutoTokenizer.from_pretrained(cfg.model.pretrained)
    model = AutoModelForTokenClassification.from_pretrained(
        cfg.model.pretrained, num_labels=len(ID2LABEL), id2label=ID2LABEL, label2id=LABEL2ID
    )
    model.config.tagger_max_length = cfg.max_length
    if cfg.freeze_embeddings:  # the word-piece table is half the weights; CPU steps halve
        model.get_input_embeddings().weight.requires_grad_(False)
    bf16 = use_bf16(cfg.bf16)
    log.info("bf16 autocast: %s", "on" if bf16 else "off (fp32)")
    trainer = Trainer(
        model=model,
        args=instantiate(cfg.args, bf16=bf16),
        train_dataset=encode(train_examples, tokenizer, cfg.max_length),
        data_collator=DataCollatorForTokenClassification(
            tokenizer, pad_to_multiple_of=cfg.pad_to_multiple_of
        ),
    )
    trainer.train()
    return trainer, tokenizer


def train(cfg: DictConfig) -> dict:
    """Build the examples, fine-tune, save the model, score source spans on the eval split."""
    set_seed(cfg.seed)
    started = time.time()
    segmenter = build_segmenter(cfg.pipeline)
    data_dir = Path(cfg.data.polnear_dir)
    train_examples = polnear_examples(
        data_dir, cfg.data.train_split, segmenter, cfg.data.negative_rate, cfg.seed
    )
    if cfg.data.max_train_sentences:
        random.Random(cfg.seed).shuffle(train_examples)
        train_examples = train_examples[: cfg.data.max_train_sentences]
    trainer, tokenizer = fit(cfg, train_examples)
    model_dir = Path(cfg.model_dir)
    model_dir.mkdir(parents=True, exist_ok=True)
    trainer.save_model(str(model_dir))
    tokenizer.save_pretrained(str(model_dir))
    train_seconds = round(time.time() - started, 1)
    eval_examples = polnear_examples(data_dir, cfg.data.eval_split, segmenter, 1.0, cfg.seed)
    tagger = SourceTagger(model_dir, cfg.eval_batch_size, cfg.bf16)
    predicted = tagger.tag([e["text"] for e in eval_examples])
    metrics = {
        "train_seconds": train_seconds,
        "train_sentences": len(train_examples),
        "steps": trainer.state.global_step,
        "parameters": sum(p.numel() for p in trainer.model.parameters()),
        f"{cfg.data.eval_split}_sentences": len(eval_examples),
        f"{cfg.data.eval_split}_source_spans": span_scores(
            [e["spans"] for e in eval_examples], predicted
        ),
    }
    (model_dir / "tagger_metrics.json").write_text(json.dumps(metrics, indent=2))
    return metrics


def train_members(cfg: DictConfig) -> dict:
    """One tagger per seed, each in `model_dir`/seed<seed>; the pipeline averages every
    tagger it finds there. The seeds are `ensemble_seeds`, or `seed` alone when set."""
    seeds = [cfg.seed] if cfg.get("seed") is not None else list(cfg.ensemble_seeds)
    _check_model_dir(Path(cfg.model_dir), seeds)
    metrics = {}
    for seed in seeds:
        member = cfg.copy()
        with open_dict(member):
            member.seed = seed
            member.model_dir = str(Path(cfg.model_dir) / f"seed{seed}")
        metrics[f"seed{seed}"] = train(member)
    return metrics


def _check_model_dir(model_dir: Path, seeds: list[int]) -> None:
    """Refuse a folder the pipeline would read other taggers from beside the new ones."""
    if (model_dir / "config.json").is_file():
        raise FileExistsError(
            f"{model_dir} holds a single tagger of the old layout; move it away first"
        )
    wanted = {f"seed{seed}" for seed in seeds}
    others = sorted(m.name for m in tagger_members(model_dir) if m.name not in wanted)
    if others:
        raise FileExistsError(
            f"{model_dir} holds taggers of other seeds ({', '.join(others)}) that would be "
            "averaged with the new ones; pick another model_dir or remove them"
        )


@hydra.main(version_base="1.3", config_path="../configs", config_name="source_tagger")
def main(cfg: DictConfig) -> float:
    log.info("data:\n%s", OmegaConf.to_yaml(cfg.data))
    metrics = train_members(cfg)
    print(json.dumps(metrics, indent=2))
    split = f"{cfg.data.eval_split}_source_spans"
    return sum(m[split]["overlap"]["f1"] for m in metrics.values()) / len(metrics)


if __name__ == "__main__":
    main()
