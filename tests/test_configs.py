"""Every config group composes, and the objects it names can be built."""

import pytest
from hydra import compose, initialize_config_dir
from hydra.utils import instantiate
from omegaconf import OmegaConf

from stance.config import CONFIG_DIR


@pytest.mark.parametrize("overrides", [[], ["debug=default"]])
def test_train_config_composes_and_trainer_args_instantiate(overrides, tmp_path):
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="train", overrides=[*overrides, f"paths.output_dir={tmp_path}"])
    args = instantiate(cfg.trainer.args)
    assert args.metric_for_best_model == "protocol"  # validation_metrics reports it
    assert set(cfg.targets) == {"peace_talks", "military_aid"}
    assert cfg.model.pretrained  # the packaged encoder's path resolves offline


def test_score_config_composes():
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="score", overrides=["model_dir=/x"])
    assert cfg.model_dir == "/x"
    assert cfg.pipeline.attribution.spacy_model


def test_optuna_search_composes_with_the_trainer_knobs_as_its_space():
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(
            config_name="train", overrides=["hparams_search=optuna"], return_hydra_config=True
        )
    sweeper = cfg.hydra.sweeper
    assert sweeper._target_.endswith("OptunaSweeper")
    assert sweeper.direction == "maximize"  # `python -m stance.train` returns validation F_avg
    assert sweeper.sampler._target_ == "optuna.samplers.TPESampler"
    assert sweeper.sampler.seed == cfg.seed
    assert set(sweeper.params) == {
        f"trainer.args.{knob}"
        for knob in (
            "learning_rate",
            "per_device_train_batch_size",
            "label_smoothing_factor",
            "num_train_epochs",
        )
    }
    args = instantiate(cfg.trainer.args, output_dir="unused")  # every knob is a real argument
    assert all(hasattr(args, name.split(".")[-1]) for name in sweeper.params)
    paths = OmegaConf.to_container(cfg.paths)  # trial paths resolve only inside a sweep
    assert paths["model_dir"].startswith("${hydra:sweep.dir}")  # not models/default


EXPERIMENTS = sorted(p.stem for p in (CONFIG_DIR / "experiment").glob("*.yaml"))
DATA = sorted(p.stem for p in (CONFIG_DIR / "data").glob("*.yaml"))


@pytest.mark.parametrize("experiment", EXPERIMENTS)
def test_every_experiment_composes_with_its_own_model_dir(experiment):
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="train", overrides=[f"experiment={experiment}", "seed=3"])
    assert cfg.task_name != "train"
    assert cfg.paths.model_dir != compose_default_model_dir()
    assert cfg.data.protocol.split and cfg.data.protocol.metric in {"f_avg", "macro_f1"}


@pytest.mark.parametrize("data", DATA)
def test_every_data_config_names_a_loader_of_this_package(data):
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="train", overrides=[f"data={data}"])
    loader = instantiate(cfg.data.loader, _partial_=True)
    assert loader.func.__module__.startswith("stance.")
    for extra in (cfg.data.get("extra") or {}).values():
        assert instantiate(extra.loader, _partial_=True).func.__module__.startswith("stance.")


def compose_default_model_dir() -> str:
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        return compose(config_name="train").paths.model_dir
