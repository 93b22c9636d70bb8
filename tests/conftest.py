"""Shared fixtures: the config composed once, shrunk for tests, outputs under tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hydra import compose, initialize_config_dir
from omegaconf import OmegaConf, open_dict

from stance.config import CONFIG_DIR

os.environ.setdefault("HF_HUB_OFFLINE", "1")
FIXTURES = Path(__file__).parent / "fixtures"
# Rules only: a locally trained source tagger (git-ignored) must not change what tests check;
# the tagger's merge logic is tested with a fake tagger in test_source_tagger.py.
RULES_ONLY = "pipeline.source_tagger.enabled=false"


@pytest.fixture(scope="session")
def train_cfg_base():
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        return compose(
            config_name="train", overrides=["debug=default", RULES_ONLY], return_hydra_config=False
        )


@pytest.fixture(scope="session")
def debug_train_cfg(train_cfg_base, tmp_path_factory):
    """The debug config on the tiny fixture corpus; outputs and MLflow store under tmp."""
    tmp = tmp_path_factory.mktemp("train")
    cfg = train_cfg_base.copy()
    with open_dict(cfg):
        cfg.paths.output_dir = str(tmp / "run")
        cfg.paths.model_dir = str(tmp / "model")
        cfg.data.corpus_dir = str(FIXTURES)
        cfg.data.files_glob = "tiny_corpus.yaml"
        cfg.logger.tracking_uri = f"sqlite:///{tmp}/mlruns.db"
        cfg.logger.artifact_location = str(tmp / "mlartifacts")
    OmegaConf.resolve(cfg)
    return cfg


@pytest.fixture(scope="session")
def trained(debug_train_cfg):
    """One debug training run (a few steps on the tiny fixture) shared by the session."""
    from stance.train import train

    return debug_train_cfg, train(debug_train_cfg)


@pytest.fixture(scope="session")
def pipeline_cfg():
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        return compose(config_name="score", overrides=[RULES_ONLY])


@pytest.fixture(scope="session")
def segmenter(pipeline_cfg):
    from stance.pipeline import build_segmenter

    return build_segmenter(pipeline_cfg.pipeline)


@pytest.fixture(scope="session")
def attributor(pipeline_cfg):
    from stance.pipeline import build_attributor

    return build_attributor(pipeline_cfg.pipeline)


@pytest.fixture(scope="session")
def attribute(segmenter, attributor):
    """text -> list of (sentence index, holder, kind, mention text) for readable asserts."""

    def run(text: str):
        sentences = segmenter.split(text)
        return [
            (a.sentence, a.holder, a.kind, a.mention.text if a.mention else None)
            for a in attributor.attribute(text, sentences)
        ]

    return run


@pytest.fixture(scope="session")
def attributions(segmenter, attributor):
    """text -> the pipeline's Attribution records, for asserts on cues and rules."""
    return lambda text: attributor.attribute(text, segmenter.split(text))


def holders_of(result, index):
    """(holder, kind) pairs of sentence `index` in an `attribute` fixture result."""
    return [(holder, kind) for i, holder, kind, _ in result if i == index]
