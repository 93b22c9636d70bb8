"""Check one authoring YAML file of the corpus: substrings exist, labels valid, counts."""

import argparse
import sys
from collections import Counter

import yaml

LABELS = {"favor", "against", "none"}
KINDS = {"direct", "indirect", "according_to", "continuation", "narrative", "anonymous"}


def read_passages(path: str) -> list[dict]:
    """The file's passages; raises ValueError with a one-line reason when unusable."""
    try:
        with open(path, encoding="utf-8") as handle:
            passages = yaml.safe_load(handle)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ValueError(str(error).splitlines()[0]) from error
    if not isinstance(passages, list) or not all(isinstance(p, dict) for p in passages):
        raise ValueError("expected a YAML list of passages")
    return passages


def check_passage(p: dict, errors: list, counts: Counter, holders: set) -> int:
    """Append the passage's problems to `errors`, count labels; returns approx. sentences."""
    text = p["text"]
    for s in p.get("sentences", []):
        if s["text"] not in text:
            errors.append(f"{p['id']}: sentence not in text: {s['text'][:60]!r}")
        for a in s["attributions"]:
            holders.add(a["holder"])
            for key in ("mention", "cue"):
                if a.get(key) and a[key] not in s["text"]:
                    errors.append(f"{p['id']}: {key} {a[key]!r} not in sentence")
            if a["kind"] not in KINDS:
                errors.append(f"{p['id']}: bad kind {a['kind']}")
            for t in ("peace_talks", "military_aid"):
                if a[t] not in LABELS:
                    errors.append(f"{p['id']}: bad label {a[t]}")
                counts[(t, a[t])] += 1
    for row in (p.get("holders") or {}).values():
        for t in ("peace_talks", "military_aid"):
            counts[("holder", t, row[t])] += 1
    return text.count(". ") + text.count(".\n") + 1


def check(path: str) -> int:
    try:
        passages = read_passages(path)
    except ValueError as error:
        print(f"{path}: {error}", file=sys.stderr)
        return 1
    errors, counts, n_sent, holders = [], Counter(), 0, set()
    for number, p in enumerate(passages, 1):
        try:
            n_sent += check_passage(p, errors, counts, holders)
        except (KeyError, TypeError, AttributeError) as error:
            errors.append(
                f"{p.get('id', f'passage {number}')}: malformed ({error!r} missing or wrong)"
            )
    print("\n".join(errors) or "no errors")
    print(f"passages={len(passages)} approx_sentences={n_sent} holders={len(holders)}")
    for k in sorted(counts, key=str):
        print(k, counts[k])
    return 1 if errors else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="+", help="corpus YAML files to check")
    status = 0
    for path in parser.parse_args().files:
        print(f"## {path}")
        status |= check(path)
    return status


if __name__ == "__main__":
    sys.exit(main())
