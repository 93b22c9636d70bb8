"""Inter-annotator agreement: Cohen's kappa per target and holder agreement.

Passages: in each sentence the two annotators' attributions are paired one to one by
`stance.holder_keys.match_holders` (the evaluator's holder comparison too); holder
agreement is the F1 of the paired attributions, kappa is computed on the pairs.
Tweets: kappa on the rows both annotators labelled.
"""

from __future__ import annotations

from sklearn.metrics import cohen_kappa_score

from stance.holder_keys import match_holders

TARGETS = ("peace_talks", "military_aid")


def _by_sentence(passage: dict) -> dict[int, list[dict]]:
    cells: dict[int, list[dict]] = {}
    for sentence in passage.get("sentences") or []:
        cells.setdefault(sentence["start"], []).extend(sentence["attributions"])
    return cells


def _paired(first: list[dict], second: list[dict]) -> list[tuple[dict, dict]]:
    """The two annotators' attributions of one sentence that name the same holder."""
    pairs = match_holders([a["holder"] for a in first], [b["holder"] for b in second])
    return [(first[i], second[j]) for i, j in pairs]


def passage_agreement(first: list[dict], second: list[dict]) -> dict:
    """Agreement of two annotations of the same passages (matched by id)."""
    by_id = {p["id"]: p for p in first}
    both = 0
    only_first = only_second = 0
    labels = {t: ([], []) for t in TARGETS}
    table_labels = {t: ([], []) for t in TARGETS}
    for passage in second:
        reference = by_id[passage["id"]]
        a, b = _by_sentence(reference), _by_sentence(passage)
        for start in a.keys() | b.keys():
            pairs = _paired(a.get(start, []), b.get(start, []))
            both += len(pairs)
            only_first += len(a.get(start, [])) - len(pairs)
            only_second += len(b.get(start, [])) - len(pairs)
            for x, y in pairs:
                for target in TARGETS:
                    labels[target][0].append(x[target])
                    labels[target][1].append(y[target])
        _table_pairs(reference.get("holders") or {}, passage.get("holders") or {}, table_labels)
    return {
        "passages": len(second),
        "holder_f1": 2 * both / (2 * both + only_first + only_second) if both else 0.0,
        "matched_attributions": both,
        "kappa_sentence": {t: _kappa(*labels[t]) for t in TARGETS},
        "kappa_holder_table": {t: _kappa(*table_labels[t]) for t in TARGETS},
        "percent_agreement_sentence": {t: _percent(*labels[t]) for t in TARGETS},
    }


def _table_pairs(first: dict, second: dict, out: dict) -> None:
    rows, others = list(first.values()), list(second.values())
    for i, j in match_holders(list(first), list(second)):
        for target in TARGETS:
            out[target][0].append(rows[i][target])
            out[target][1].append(others[j][target])


def label_agreement(first: dict[tuple, dict], second: dict[tuple, dict]) -> dict:
    """Kappa per target over the keys both annotators labelled (tweets)."""
    shared = sorted(first.keys() & second.keys())
    result = {"items": len(shared)}
    for target in TARGETS:
        a = [first[k][target] for k in shared]
        b = [second[k][target] for k in shared]
        result[f"kappa_{target}"] = _kappa(a, b)
        result[f"percent_{target}"] = _percent(a, b)
    return result


def _kappa(a: list[str], b: list[str]) -> float | None:
    if not a:
        return None
    return round(float(cohen_kappa_score(a, b)), 3)


def _percent(a: list[str], b: list[str]) -> float | None:
    return round(sum(x == y for x, y in zip(a, b, strict=True)) / len(a), 3) if a else None
