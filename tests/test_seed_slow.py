"""Full training run on the project's corpus, then the seed article's per-speaker table.

Slow (minutes on 2 CPU cores): `make test-slow`.
"""

from pathlib import Path

import pytest
from omegaconf import OmegaConf, open_dict

from stance.train import train

EXPECTED = {
    "Rutte": {"peace_talks": "against", "military_aid": "favor"},
    "Trump": {"peace_talks": "favor", "military_aid": "none"},
    "Kellogg": {"peace_talks": "favor", "military_aid": "against"},
    "Zelensky": {"peace_talks": "favor", "military_aid": "none"},
}


@pytest.mark.slow
def test_full_training_reproduces_the_seed_table(tmp_path):
    from hydra import compose, initialize_config_dir

    from stance.config import CONFIG_DIR

    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="train")
    with open_dict(cfg):
        cfg.paths.output_dir = str(tmp_path / "run")
        cfg.paths.model_dir = str(tmp_path / "model")
    OmegaConf.resolve(cfg)
    metrics = train(cfg)
    details = metrics["seed_article"]["details"]
    got = {key.split("/")[0]: details[key]["predicted"] for key in details}
    assert got  # gold holders were scored
    for holder, row in EXPECTED.items():
        for target, label in row.items():
            gold_key = next(
                k for k in details if k.split("/")[0].endswith(holder) and k.endswith(target)
            )
            assert details[gold_key]["predicted"] == label, (holder, target, details[gold_key])
    assert metrics["seed_article"]["extra_holders"] == []
    assert Path(cfg.paths.output_dir, "metrics.json").is_file()
