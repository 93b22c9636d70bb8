"""Full training run on the project's corpus, then the seed article's per-speaker table.

Slow (about 15 minutes on 2 CPU cores): `make test-slow`.
"""

from pathlib import Path

import pytest
from hydra import compose, initialize_config_dir
from omegaconf import OmegaConf, open_dict

from stance.config import CONFIG_DIR
from stance.train import train

EXPECTED = {
    "Rutte": {"peace_talks": "against", "military_aid": "favor"},
    "Trump": {"peace_talks": "favor", "military_aid": "none"},
    "Kellogg": {"peace_talks": "favor", "military_aid": "against"},
    "Zelensky": {"peace_talks": "favor", "military_aid": "none"},
}


@pytest.mark.slow
def test_full_training_reproduces_the_seed_table(tmp_path):
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="train")
    with open_dict(cfg):
        cfg.paths.output_dir = str(tmp_path / "run")
        cfg.paths.model_dir = str(tmp_path / "model")
    OmegaConf.resolve(cfg)
    metrics = train(cfg)
    details = metrics["seed_article"]["details"]  # "Gold Name/target" -> gold, predicted
    predicted = {
        (name.split()[-1], target): cell["predicted"]
        for key, cell in details.items()
        for name, target in [key.split("/")]
    }
    expected = {(h, t): label for h, row in EXPECTED.items() for t, label in row.items()}
    assert predicted == expected
    assert metrics["seed_article"]["extra_holders"] == []
    assert Path(cfg.paths.output_dir, "metrics.json").is_file()
