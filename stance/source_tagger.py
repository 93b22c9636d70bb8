"""A learned tagger of attribution sources and cues (BIO over word pieces).

The rule attributor only sees cue verbs in its lexicon and subjects in a clean parse;
PolNeAR marks many more relations (nominal sources such as "the union backing the bill",
"data show").
A small token classifier trained on PolNeAR finds those source spans; the attributor
turns them into attributions (see `stance.tagged_sources`). Spans are character offsets
within one sentence; tokens map to characters through the fast tokenizer's offsets.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import torch
from omegaconf import DictConfig

from stance.hardware import autocast_context

log = logging.getLogger(__name__)

SOURCE, CUE = "SRC", "CUE"
LABELS = ("O", f"B-{SOURCE}", f"I-{SOURCE}", f"B-{CUE}", f"I-{CUE}")
LABEL2ID = {label: i for i, label in enumerate(LABELS)}
ID2LABEL = dict(enumerate(LABELS))
IGNORE = -100  # label of special tokens: no loss, no prediction


@dataclass(frozen=True)
class TaggedSpan:
    """A source or cue span, offsets relative to the sentence text."""

    start: int
    end: int
    label: str  # SOURCE or CUE
    score: float = 1.0  # mean probability of the span's labels


def spans_to_labels(offsets: list[tuple[int, int]], spans: list[TaggedSpan]) -> list[int]:
    """Label id per token: B- on a span's first token, I- on the rest, IGNORE on specials.

    A token belongs to a span when their characters overlap, so a span cut inside a word
    grows to the whole word. Where a source and a cue overlap, the source wins.
    """
    labels = []
    previous: TaggedSpan | None = None
    for start, end in offsets:
        if start == end:
            labels.append(IGNORE)
            previous = None
            continue
        hits = [s for s in spans if s.start < end and start < s.end]
        span = min(hits, key=lambda s: (s.label != SOURCE, s.start), default=None)
        if span is None:
            labels.append(LABEL2ID["O"])
        else:
            prefix = "I" if span == previous else "B"
            labels.append(LABEL2ID[f"{prefix}-{span.label}"])
        previous = span
    return labels


def labels_to_spans(
    offsets: list[tuple[int, int]],
    labels: list[int],
    scores: list[float] | None = None,
    word_ids: list[int | None] | None = None,
) -> list[TaggedSpan]:
    """Spans from per-token label ids; an I- without its B- starts a span all the same.

    With `word_ids` a word's later pieces follow its first one, so a span never ends
    inside a word ("bull|dozer"). A span's score is the mean of its tokens' `scores`.
    """
    names = [
        ID2LABEL.get(int(i), "O") if start != end else "O"
        for (start, end), i in zip(offsets, labels, strict=True)
    ]
    for k in range(1, len(names)):
        if word_ids and word_ids[k] is not None and word_ids[k] == word_ids[k - 1]:
            names[k] = "I" + names[k - 1][1:] if names[k - 1] != "O" else "O"
    spans: list[TaggedSpan] = []
    current: list = []  # [label, start, end, token scores]
    for k, ((start, end), name) in enumerate(zip(offsets, names, strict=True)):
        kind = name[2:] if name != "O" else None
        if current and (kind != current[0] or name.startswith("B-")):
            spans.append(_span(current))
            current = []
        if kind is None:
            continue
        score = scores[k] if scores else 1.0
        if current:
            current[2] = end
            current[3].append(score)
        else:
            current = [kind, start, end, [score]]
    if current:
        spans.append(_span(current))
    return spans


def _span(current: list) -> TaggedSpan:
    kind, start, end, scores = current
    return TaggedSpan(start, end, kind, round(sum(scores) / len(scores), 4))


def sentence_spans(start: int, end: int, spans: list[tuple[str, int, int]]) -> list[TaggedSpan]:
    """Article-level (label, start, end) spans that fall in one sentence, made relative.

    A span crossing the sentence edge is clipped to it: the segmenter, not the annotator,
    decided where the sentence ends.
    """
    return [
        TaggedSpan(max(s, start) - start, min(e, end) - start, label)
        for label, s, e in spans
        if s < end and start < e
    ]


def tagger_members(model_dir: str | Path) -> list[Path]:
    """The trained taggers in a folder: the folder itself, or each subfolder holding one
    (`make train-tagger` trains one per seed, `seed42/`, `seed1/`, ...)."""
    model_dir = Path(model_dir)
    if (model_dir / "config.json").is_file():
        return [model_dir]
    if not model_dir.is_dir():
        return []
    return sorted(d for d in model_dir.iterdir() if (d / "config.json").is_file())


def _member_signature(config) -> tuple:
    """What ensemble members must share: labels, the encoder they read, input length."""
    return (
        config.id2label,
        config.model_type,
        config.vocab_size,
        getattr(config, "tagger_max_length", None),
    )


class SourceTagger:
    """One trained tagger, or several averaged, applied to batches of sentences.

    Members of an ensemble share the tokenizer and the label set; their per-token label
    probabilities are averaged, which steadies the span scores the merge thresholds.
    """

    def __init__(
        self, model_dir: str | Path, batch_size: int = 32, bf16: str | bool = "auto"
    ) -> None:
        from transformers import AutoModelForTokenClassification, AutoTokenizer

        self.model_dir = Path(model_dir)
        members = tagger_members(self.model_dir)
        if not members:
            raise FileNotFoundError(f"no trained source tagger in {self.model_dir}")
        self.tokenizer = AutoTokenizer.from_pretrained(str(members[0]))
        self.models = [
            AutoModelForTokenClassification.from_pretrained(str(m)).eval() for m in members
        ]
        self.model = self.models[0]
        first = _member_signature(self.model.config)
        if any(_member_signature(m.config) != first for m in self.models):
            raise ValueError(
                f"source taggers in {self.model_dir} disagree on their labels, base model "
                "or input length: they cannot be averaged"
            )
        self.max_length = int(getattr(self.model.config, "tagger_max_length", 128))
        self.batch_size = batch_size
        self.bf16 = bf16
        self.label_ids = {int(i): LABEL2ID[name] for i, name in self.model.config.id2label.items()}

    def tag(self, texts: list[str]) -> list[list[TaggedSpan]]:
        """Source and cue spans of every text, in order."""
        results: list[list[TaggedSpan]] = []
        for first in range(0, len(texts), self.batch_size):
            results += self._tag_batch(texts[first : first + self.batch_size])
        return results

    def _tag_batch(self, texts: list[str]) -> list[list[TaggedSpan]]:
        encoded = self.tokenizer(
            texts,
            truncation=True,
            max_length=self.max_length,
            padding=True,
            return_offsets_mapping=True,
            return_tensors="pt",
        )
        offsets = encoded.pop("offset_mapping").tolist()
        with torch.inference_mode(), autocast_context(self.bf16):
            per_member = [m(**encoded).logits.float().softmax(-1) for m in self.models]
            probabilities = sum(per_member) / len(per_member)
        best, predicted = probabilities.max(-1)
        results = []
        for row, mask in enumerate(encoded["attention_mask"].tolist()):
            n = sum(mask)
            results.append(
                labels_to_spans(
                    [tuple(o) for o in offsets[row][:n]],
                    [self.label_ids[p] for p in predicted[row][:n].tolist()],
                    best[row][:n].tolist(),
                    encoded.word_ids(row)[:n],
                )
            )
        return results


def load_source_tagger(tagger_cfg: DictConfig | None) -> SourceTagger | None:
    """The configured tagger, or None for rules only.

    `enabled`: true (the model must exist), false, or auto (use it when its directory
    exists; otherwise say once that attribution runs on rules only).
    """
    if not tagger_cfg or tagger_cfg.enabled is False or tagger_cfg.enabled == "false":
        return None
    model_dir = Path(tagger_cfg.model_dir)
    if not tagger_members(model_dir):
        if tagger_cfg.enabled == "auto":
            log.info("no source tagger at %s: attribution uses rules only", model_dir)
            return None
        raise FileNotFoundError(f"source tagger enabled but not trained: {model_dir}")
    return SourceTagger(model_dir, tagger_cfg.batch_size, tagger_cfg.bf16)
