"""Attribution quality: source-span P/R/F1 on PolNeAR, holder accuracy on our gold data.

    python scripts/evaluate_attribution.py --split dev            # + corpus validation
    python scripts/evaluate_attribution.py --split test --no-tagger
    python scripts/evaluate_attribution.py --corpus-only --corpus-split test
    python scripts/evaluate_attribution.py --split dev pipeline.source_tagger.merge.min_score=0.5

Prints one JSON object. Develop on PolNeAR train/dev (scored with the corpus validation
split); report test once per change that matters. PolNeAR scores and corpus holder accuracy
carry 95% intervals over article resamples (`evaluation.bootstrap_resamples`, 0 = off). The
source tagger takes part when the pipeline config enables it (`--no-tagger`: rules only).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hydra import compose, initialize_config_dir
from omegaconf import OmegaConf

from stance.attribution_eval import evaluate_polnear
from stance.config import CONFIG_DIR
from stance.data import load_passages, split_of
from stance.holder_eval import evaluate_holders
from stance.pipeline import build_attributor, build_segmenter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data-dir", help="PolNeAR folder (default: paths.shared_data_dir/polnear)"
    )
    parser.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    parser.add_argument("--limit", type=int, help="first N articles only")
    parser.add_argument("--corpus-only", action="store_true", help="skip PolNeAR")
    parser.add_argument(
        "--corpus-split",
        choices=["train", "validation", "test"],
        help="corpus split for holder accuracy (default: validation, test with --split test)",
    )
    parser.add_argument("--no-tagger", action="store_true", help="rules only, no source tagger")
    parser.add_argument(
        "--show-errors",
        action="store_true",
        help="list the corpus holder errors of --corpus-split and the PolNeAR sources "
        "missed or extra on --split (refused for the test splits, which are held out)",
    )
    parser.add_argument(
        "--include-narrative",
        action="store_true",
        help="count narrative (deed) attributions as predicted sources too",
    )
    parser.add_argument(
        "--save-articles",
        metavar="FILE",
        help="write each PolNeAR article's match counts as JSON, for "
        "scripts/compare_attribution.py (paired comparison of two runs)",
    )
    parser.add_argument(
        "overrides", nargs="*", help="Hydra overrides of the train config (pipeline.* knobs)"
    )
    args = parser.parse_args()
    corpus_split = args.corpus_split or ("test" if args.split == "test" else "validation")
    if args.save_articles and args.corpus_only:
        raise SystemExit("--save-articles: PolNeAR counts only, not with --corpus-only")
    if args.show_errors and "test" in (corpus_split, args.split):
        raise SystemExit("--show-errors: train, dev or validation only, test splits are held out")
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="train", overrides=args.overrides)
    segmenter = build_segmenter(cfg.pipeline)
    attributor = build_attributor(cfg.pipeline, use_tagger=not args.no_tagger)
    tagger = attributor.source_tagger
    result: dict = {"source_tagger": str(tagger.model_dir) if tagger else None}
    errors: list | None = [] if args.show_errors else None
    resamples, seed = cfg.evaluation.bootstrap_resamples, cfg.seed
    per_article: dict = {}
    if not args.corpus_only:
        data_dir = Path(args.data_dir or Path(cfg.paths.shared_data_dir) / "polnear")
        result["polnear"] = {
            "split": args.split,
            "narrative_counted": args.include_narrative,
            **evaluate_polnear(
                attributor,
                segmenter,
                data_dir,
                args.split,
                args.limit,
                exclude_kinds=() if args.include_narrative else ("narrative",),
                errors=errors,
                bootstrap_resamples=resamples,
                seed=seed,
                per_article=per_article,
            ),
        }
        if args.save_articles:
            _save_articles(args.save_articles, result, per_article)
    passages = load_passages(Path(cfg.data.corpus_dir).glob(cfg.data.files_glob))
    split_percent = OmegaConf.to_container(cfg.data.split_percent)
    chosen = [
        p
        for p in passages
        if (p.get("split") or split_of(p["id"], **split_percent)) == corpus_split
    ]
    result[f"corpus_{corpus_split}"] = evaluate_holders(
        attributor, segmenter, chosen, errors, bootstrap_resamples=resamples, seed=seed
    )
    result["seed"] = evaluate_holders(attributor, segmenter, load_passages([Path(cfg.seed_gold)]))
    print(json.dumps(result))
    for error in errors or []:
        print(json.dumps(error, ensure_ascii=False))


def _save_articles(path: str, result: dict, per_article: dict) -> None:
    """The run's per-article counts with what it was run on, for a later comparison."""
    run = {
        "split": result["polnear"]["split"],
        "narrative_counted": result["polnear"]["narrative_counted"],
        "source_tagger": result["source_tagger"],
        "articles": {name: dict(counts) for name, counts in per_article.items()},
    }
    Path(path).write_text(json.dumps(run, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
