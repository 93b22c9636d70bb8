"""Inter-annotator agreement: Cohen's kappa per target and holder agreement.

Passages: attributions are matched by (sentence start, holder surname); holder agreement is
the F1 of the two annotators' sets of such pairs, kappa is computed on the matched pairs.
Tweets: kappa on the rows both annotators labelled.
"""

from __future__ import annotations

from sklearn.metrics import cohen_kappa_score

TARGETS = ("peace_talks", "military_aid")


def holder_key(name: str) -> str:
    """Surname-level key, so "Ana Petrova" and "Petrova" count as one holder."""
    words = name.lower().replace("’s", "").replace("'s", "").split()
    return words[-1] if words else ""


def _cells(passage: dict) -> dict[tuple[int, str], dict]:
    return {
        (sentence["start"], holder_key(a["holder"])): a
        for sentence in passage.get("sentences") or []
        for a in sentence["attributions"]
    }


def passage_agreement(first: list[dict], second: list[dict]) -> dict:
    """Agreement of two annotations of the same passages (matched by id)."""
    by_id = {p["id"]: p for p in first}
    both = 0
    only_first = only_second = 0
    labels = {t: ([], []) for t in TARGETS}
    table_labels = {t: ([], []) for t in TARGETS}
    for passage in second:
        reference = by_id[passage["id"]]
        a, b = _cells(reference), _cells(passage)
        shared = a.keys() & b.keys()
        both += len(shared)
        only_first += len(a.keys() - b.keys())
        only_second += len(b.keys() - a.keys())
        for key in shared:
            for target in TARGETS:
                labels[target][0].append(a[key][target])
                labels[target][1].append(b[key][target])
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
    second_by_key = {holder_key(name): row for name, row in second.items()}
    for name, row in first.items():
        other = second_by_key.get(holder_key(name))
        if other:
            for target in TARGETS:
                out[target][0].append(row[target])
                out[target][1].append(other[target])


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
