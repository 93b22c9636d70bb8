"""Evaluate attribution on our own corpus: is each gold holder named in its sentence, and
does each speaker come out as one holder across the passage?

Holder names are compared with `stance.holder_keys` (same head, nested words), since gold
holders are canonical names and the pipeline names people by surname.
"""

from __future__ import annotations

from stance.attribution import Attributor
from stance.cluster_intervals import ratio_interval
from stance.holder_keys import match_holders
from stance.segmentation import Segmenter
from stance.types import Sentence


def evaluate_holders(
    attributor: Attributor,
    segmenter: Segmenter,
    passages: list[dict],
    errors: list[dict] | None = None,
    bootstrap_resamples: int = 0,
    seed: int = 0,
) -> dict:
    """Holder accuracy on gold-annotated passages.

    Accuracy: share of gold (sentence, holder) attributions whose holder the pipeline names
    in the same sentence; gold and predicted holders of a sentence are paired one to one
    by `stance.holder_keys.match_holders` (same head, nested words: "Petrova" ~ "Ana
    Petrova", but the Russian and the Ukrainian delegation are two). Precision: share of
    predicted attributions in the annotated sentences that a gold attribution supports;
    `holder_precision_all_sentences` also counts every holder predicted in a sentence the
    passage does not list, which the guideline says has none (docs/annotation.md).
    `split_holders` counts gold holders of a passage whose sentences the pipeline paired
    with more than one of its holders (one speaker whose stance would come out in pieces),
    out of `paired_holders`, those paired at least once; `merged_holders` counts the
    pipeline's holders paired with more than one gold holder (two speakers as one).
    Pass a list as `errors` to get one record per sentence where the two disagree. With
    `bootstrap_resamples` > 0, `holder_accuracy_ci95` is its 95% interval over passage
    resamples (`stance.cluster_intervals`).
    """
    gold_total = matched = predicted_total = unlisted = split = paired = merged = 0
    matched_per_passage, gold_per_passage = [], []
    for passage in passages:
        matched_before, gold_before = matched, gold_total
        names_of: dict[str, set[str]] = {}  # gold holder -> predicted holders paired with it
        gold_of: dict[str, set[str]] = {}  # and the other way round
        text = passage["text"]
        sentences = segmenter.split(text)
        predicted: dict[int, list[str]] = {}
        for a in attributor.attribute(text, sentences):
            predicted.setdefault(sentences[a.sentence].start, []).append(a.holder)
        gold: dict[int, list[str]] = {}
        for sentence in passage["sentences"]:
            start = next((s.start for s in sentences if s.start <= sentence["start"] < s.end), -1)
            gold.setdefault(start, []).extend(a["holder"] for a in sentence["attributions"])
        unlisted += sum(len(set(names)) for at, names in predicted.items() if at not in gold)
        for start, names in gold.items():
            holders = list(dict.fromkeys(names))
            found = list(dict.fromkeys(predicted.get(start, [])))
            pairs = match_holders(holders, found)
            gold_total += len(holders)
            predicted_total += len(found)
            matched += len(pairs)
            for i, j in pairs:
                names_of.setdefault(holders[i], set()).add(found[j])
                gold_of.setdefault(found[j], set()).add(holders[i])
            if errors is not None and (len(pairs) < len(holders) or len(pairs) < len(found)):
                errors.append(_holder_error(passage, sentences, start, holders, found, pairs))
        split += sum(len(names) > 1 for names in names_of.values())
        paired += len(names_of)
        merged += sum(len(names) > 1 for names in gold_of.values())
        matched_per_passage.append(matched - matched_before)
        gold_per_passage.append(gold_total - gold_before)
    result = {
        "holder_accuracy": round(matched / gold_total, 4) if gold_total else 0.0,
        "holder_precision": round(matched / predicted_total, 4) if predicted_total else 0.0,
        "holder_precision_all_sentences": (
            round(matched / (predicted_total + unlisted), 4) if predicted_total + unlisted else 0.0
        ),
        "gold_attributions": gold_total,
        "split_holders": split,
        "paired_holders": paired,
        "merged_holders": merged,
    }
    if bootstrap_resamples > 0 and passages:
        result["holder_accuracy_ci95"] = ratio_interval(
            matched_per_passage, gold_per_passage, bootstrap_resamples, seed
        )
    return result


def _holder_error(
    passage: dict,
    sentences: list[Sentence],
    start: int,
    gold: list[str],
    found: list[str],
    pairs: list[tuple[int, int]],
) -> dict:
    sentence = next((s.text for s in sentences if s.start == start), "")
    paired_gold, paired_found = {i for i, _ in pairs}, {j for _, j in pairs}
    return {
        "passage": passage["id"],
        "sentence": sentence,
        "missed": [g for i, g in enumerate(gold) if i not in paired_gold],
        "extra": [f for j, f in enumerate(found) if j not in paired_found],
    }
