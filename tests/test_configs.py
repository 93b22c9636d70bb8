"""Every config group composes, and the objects it names can be built."""

import pytest
from hydra import compose, initialize_config_dir
from hydra.utils import instantiate

from stance.config import CONFIG_DIR


@pytest.mark.parametrize("overrides", [[], ["debug=default"]])
def test_train_config_composes_and_trainer_args_instantiate(overrides, tmp_path):
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="train", overrides=[*overrides, f"paths.output_dir={tmp_path}"])
    args = instantiate(cfg.trainer.args)
    assert args.metric_for_best_model == "f_avg"
    assert set(cfg.targets) == {"peace_talks", "military_aid"}
    assert cfg.model.pretrained  # the packaged encoder's path resolves offline


def test_score_config_composes():
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="score", overrides=["model_dir=/x"])
    assert cfg.model_dir == "/x"
    assert cfg.pipeline.attribution.spacy_model
