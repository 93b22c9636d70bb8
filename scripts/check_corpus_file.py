"""Check one authoring YAML file of the corpus: substrings exist, labels valid, counts."""

import sys
from collections import Counter

import yaml

LABELS = {"favor", "against", "none"}
KINDS = {"direct", "indirect", "according_to", "continuation", "narrative", "anonymous"}


def main(path: str) -> int:
    with open(path, encoding="utf-8") as handle:
        passages = yaml.safe_load(handle)
    errors, counts, n_sent, holders = [], Counter(), 0, set()
    for p in passages:
        text = p["text"]
        n_sent += text.count(". ") + text.count(".\n") + 1
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
    print("\n".join(errors) or "no errors")
    print(f"passages={len(passages)} approx_sentences={n_sent} holders={len(holders)}")
    for k in sorted(counts, key=str):
        print(k, counts[k])
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
