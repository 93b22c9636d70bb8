"""Combine trained model directories (e.g. runs with different seeds) into one ensemble.

    python scripts/make_ensemble.py --out models/ensemble models/default models/corpus_seed1 ...

The ensemble directory works wherever a model directory does (`score_article.py --model`,
`evaluate_model.py --model`); it averages the members' class probabilities.
"""

import argparse
import os
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from stance.ensemble import EnsembleError, load_classifier, write_ensemble  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("members", nargs="+", help="trained model directories")
    parser.add_argument("--out", required=True, help="ensemble directory to create")
    args = parser.parse_args(argv)
    if len(args.members) < 2:
        print("make_ensemble: give at least two model directories", file=sys.stderr)
        return 2
    path = write_ensemble(args.out, args.members)
    try:
        classifier = load_classifier(args.out)
    except (EnsembleError, FileNotFoundError) as error:
        path.unlink()
        print(f"make_ensemble: {error}", file=sys.stderr)
        return 2
    print(f"{path}: {classifier.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
