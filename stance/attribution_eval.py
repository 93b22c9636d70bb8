"""Evaluate attribution against gold source spans: PolNeAR (brat standoff).

Holders on our own corpus are scored by `stance.holder_eval`.

Source spans are compared two ways: exact (same offsets, ignoring a leading "the" and
trailing possessive) and overlap (any shared character). Each gold span matches at most one
prediction. Gold attributions are typed "direct" when their content starts with a quote
mark, else "indirect", so recall can be read per kind.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from stance.attribution import Attributor
from stance.cluster_intervals import ratio_interval
from stance.segmentation import Segmenter

QUOTE_MARKS = "\"“”«»„‘'"


@dataclass(frozen=True)
class SourceSpan:
    start: int
    end: int
    kind: str


def read_brat_relations(ann_file: Path) -> list[dict[str, tuple[int, int]]]:
    """The attribution relations (E lines) of one brat file: role -> (start, end).

    Roles are brat's argument names (Source, Cue, Content); a discontinuous span is read
    from its first to its last character.
    """
    spans: dict[str, tuple[int, int]] = {}
    relations = []
    for line in ann_file.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            fields = parts[1].split()
            if len(fields) >= 3 and fields[1].isdigit():
                spans[parts[0]] = (int(fields[1]), int(fields[-1]))
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    return [
        {role: spans[ref] for role, ref in relation.items() if ref in spans}
        for relation in relations
    ]


def read_brat_sources(ann_file: Path, text: str = "") -> list[SourceSpan]:
    """Source spans of the attribution relations of one brat file.

    With the article `text`, each source is typed direct or indirect by its content.
    """
    sources: dict[tuple[int, int], SourceSpan] = {}
    for relation in read_brat_relations(ann_file):
        if "Source" not in relation:
            continue
        start, end = relation["Source"]
        content = relation.get("Content")
        quoted = bool(content) and text[content[0] : content[0] + 1] in QUOTE_MARKS
        sources.setdefault((start, end), SourceSpan(start, end, "direct" if quoted else "indirect"))
    return list(sources.values())


def predicted_sources(
    attributor: Attributor, segmenter: Segmenter, text: str, exclude_kinds: tuple[str, ...] = ()
) -> list[SourceSpan]:
    """Distinct source mention spans the pipeline found (continuations have none).

    A sentence keeps one attribution per holder, but each of its source mentions counts
    here: PolNeAR annotates "X said ... , he said" as two relations.
    """
    found: list = []
    attributor.attribute(text, segmenter.split(text), sources=found)
    spans: dict[tuple[int, int], SourceSpan] = {}
    for mention, kind in found:
        if kind not in exclude_kinds:
            spans.setdefault(
                (mention.start, mention.end), SourceSpan(mention.start, mention.end, kind)
            )
    return list(spans.values())


def _normalise(text: str, start: int, end: int) -> tuple[int, int]:
    span = text[start:end]
    lead = re.match(r"(?i)(the|a|an)\s+", span)
    if lead:
        start += lead.end()
    trail = re.search(r"(’s|'s)$", text[start:end])
    if trail:
        end -= len(trail.group())
    return start, end


def match(text: str, gold: list[SourceSpan], predicted: list[SourceSpan]) -> dict:
    """Counts of matched spans, exact and overlap, overall and per kind."""
    counts: Counter = Counter()
    counts["gold"] += len(gold)
    counts["predicted"] += len(predicted)
    for g in gold:
        counts[f"gold_{g.kind}"] += 1
    for p in predicted:
        counts[f"predicted_{p.kind}"] += 1
    for mode in ("exact", "overlap"):
        for g, p in _pairs(text, gold, predicted, mode):
            counts[f"{mode}_matched"] += 1
            counts[f"{mode}_matched_gold_{g.kind}"] += 1
            counts[f"{mode}_matched_predicted_{p.kind}"] += 1
    return counts


def _pairs(
    text: str, gold: list[SourceSpan], predicted: list[SourceSpan], mode: str
) -> list[tuple[SourceSpan, SourceSpan]]:
    """Gold and predicted spans paired one to one, as many pairs as possible.

    A maximum matching (augmenting paths), not a greedy one: a wide prediction over two
    gold sources ("X, who ..., said") must not take the gold span another prediction
    needs, whatever the order of the annotation file.
    """
    spans = [_normalise(text, p.start, p.end) for p in predicted]
    candidates = []
    for g in gold:
        gs, ge = _normalise(text, g.start, g.end)
        candidates.append(
            [
                i
                for i, (ps, pe) in enumerate(spans)
                if ((gs, ge) == (ps, pe) if mode == "exact" else ps < ge and gs < pe)
            ]
        )
    owner: dict[int, int] = {}  # predicted index -> gold index
    for g in range(len(gold)):
        _augment(g, candidates, owner, set())
    return sorted(((gold[g], predicted[i]) for i, g in owner.items()), key=lambda x: x[0].start)


def _augment(g: int, candidates: list[list[int]], owner: dict[int, int], seen: set[int]) -> bool:
    """Pair gold `g`, moving earlier pairs along where that frees a prediction (Kuhn)."""
    for i in candidates[g]:
        if i in seen:
            continue
        seen.add(i)
        if i not in owner or _augment(owner[i], candidates, owner, seen):
            owner[i] = g
            return True
    return False


def unmatched(text: str, gold: list[SourceSpan], predicted: list[SourceSpan]) -> list[dict]:
    """Missed gold and extra predicted sources (overlap mode), each with its line of text."""
    pairs = _pairs(text, gold, predicted, "overlap")
    paired_gold, paired_predicted = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
    records = [("missed", g) for g in gold if id(g) not in paired_gold]
    records += [("extra", p) for p in predicted if id(p) not in paired_predicted]
    return [
        {"error": error, "source": text[s.start : s.end], "kind": s.kind, "line": _line(text, s)}
        for error, s in records
    ]


def _line(text: str, span: SourceSpan) -> str:
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    return text[start : end if end != -1 else len(text)].strip()


def scores(counts: Counter) -> dict:
    """Precision, recall and F1 per matching mode, and recall/precision per kind."""
    result: dict = {"gold_sources": counts["gold"], "predicted_sources": counts["predicted"]}
    for mode in ("exact", "overlap"):
        precision = counts[f"{mode}_matched"] / counts["predicted"] if counts["predicted"] else 0.0
        recall = counts[f"{mode}_matched"] / counts["gold"] if counts["gold"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[mode] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
        }
    kinds = sorted({k.split("_", 1)[1] for k in counts if k.startswith(("gold_", "predicted_"))})
    result["recall_by_gold_kind"] = {
        k: round(counts[f"overlap_matched_gold_{k}"] / counts[f"gold_{k}"], 4)
        for k in kinds
        if counts[f"gold_{k}"]
    }
    result["precision_by_predicted_kind"] = {
        k: round(counts[f"overlap_matched_predicted_{k}"] / counts[f"predicted_{k}"], 4)
        for k in kinds
        if counts[f"predicted_{k}"]
    }
    return result


def article_intervals(per_article: list[Counter], resamples: int, seed: int = 0) -> dict:
    """95% intervals of precision, recall and F1 per matching mode, articles resampled
    (`stance.cluster_intervals`): mode -> {"precision_ci95": [low, high], ...}."""
    gold = [c["gold"] for c in per_article]
    predicted = [c["predicted"] for c in per_article]
    result = {}
    for mode in ("exact", "overlap"):
        matched = [c[f"{mode}_matched"] for c in per_article]
        result[mode] = {
            "precision_ci95": ratio_interval(matched, predicted, resamples, seed),
            "recall_ci95": ratio_interval(matched, gold, resamples, seed),
            "f1_ci95": ratio_interval(*f1_parts(per_article, mode), resamples, seed),
        }
    return result


def f1_parts(per_article: list[Counter], mode: str) -> tuple[list[int], list[int]]:
    """F1 = 2 * matched / (gold + predicted) with one-to-one pairs: its numerator and
    denominator per article, so it can be resampled like any ratio."""
    top = [2 * c[f"{mode}_matched"] for c in per_article]
    bottom = [c["gold"] + c["predicted"] for c in per_article]
    return top, bottom


def evaluate_polnear(
    attributor: Attributor,
    segmenter: Segmenter,
    data_dir: Path,
    split: str,
    limit: int | None = None,
    exclude_kinds: tuple[str, ...] = ("narrative",),
    errors: list[dict] | None = None,
    bootstrap_resamples: int = 0,
    seed: int = 0,
    per_article: dict[str, Counter] | None = None,
) -> dict:
    """Source-span scores on one PolNeAR split (one annotator's file per article).

    Narrative attributions (an actor's deed) are left out by default: they are stance
    evidence for us but not attribution relations in PolNeAR's sense. Pass a list as
    `errors` to get every missed and extra source (`unmatched`). With
    `bootstrap_resamples` > 0 each mode also gets 95% intervals over article resamples.
    Pass a dict as `per_article` to get each article's match counts, to compare runs
    (`stance.attribution_compare`).
    """
    text_dir, ann_dir = data_dir / split / "text", data_dir / split / "attributions"
    if not text_dir.is_dir():
        raise FileNotFoundError(f"PolNeAR split not found: {text_dir} (set --data-dir)")
    counts: dict[str, Counter] = {} if per_article is None else per_article
    articles = sorted(text_dir.glob("*.txt"))[:limit]
    for text_file in articles:
        annotations = sorted(ann_dir.glob(text_file.stem + "_*.ann"))
        if not annotations:
            continue
        text = text_file.read_text(encoding="utf-8")
        gold = read_brat_sources(annotations[0], text)
        predicted = predicted_sources(attributor, segmenter, text, exclude_kinds)
        counts[text_file.stem] = match(text, gold, predicted)
        if errors is not None:
            errors += [{"article": text_file.stem, **e} for e in unmatched(text, gold, predicted)]
    result = scores(sum(counts.values(), Counter()))
    if bootstrap_resamples > 0 and counts:
        intervals = article_intervals(list(counts.values()), bootstrap_resamples, seed)
        for mode, mode_intervals in intervals.items():
            result[mode].update(mode_intervals)
    result["articles"] = len(articles)
    return result
