"""Source tagger ensembles: members found in a folder, averaged, trained one per seed.

The members here are one-layer random BERT taggers built on the spot: no training, no
network.
"""

import pytest
from omegaconf import OmegaConf


def _tiny_tagger(path, seed: int, labels: dict | None = None) -> None:
    """A one-layer random BERT tagger with the packaged tokenizer: no training, no network."""
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForTokenClassification

    from stance.config import packaged_minilm_path
    from stance.source_tagger import ID2LABEL

    tokenizer = AutoTokenizer.from_pretrained(packaged_minilm_path())
    id2label = labels or ID2LABEL
    config = BertConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        id2label=id2label,
        label2id={v: k for k, v in id2label.items()},
    )
    torch.manual_seed(seed)
    BertForTokenClassification(config).save_pretrained(path)
    tokenizer.save_pretrained(path)


def test_an_ensemble_folder_averages_its_members(tmp_path):
    from stance.source_tagger import SourceTagger, tagger_members

    texts = ["Lena Berg hinted that the truce was dead.", "Rain fell."]
    _tiny_tagger(tmp_path / "single", seed=3)
    _tiny_tagger(tmp_path / "twins" / "seed3", seed=3)
    _tiny_tagger(tmp_path / "twins" / "seed3b", seed=3)
    assert [p.name for p in tagger_members(tmp_path / "twins")] == ["seed3", "seed3b"]
    assert tagger_members(tmp_path / "single") == [tmp_path / "single"]
    single = SourceTagger(tmp_path / "single", bf16=False).tag(texts)
    assert SourceTagger(tmp_path / "twins", bf16=False).tag(texts) == single  # mean of equals
    _tiny_tagger(tmp_path / "pair" / "a", seed=3)
    _tiny_tagger(tmp_path / "pair" / "b", seed=4)
    _tiny_tagger(tmp_path / "other", seed=4)
    pair = SourceTagger(tmp_path / "pair", bf16=False).tag(texts)
    other = SourceTagger(tmp_path / "other", bf16=False).tag(texts)
    assert pair != single and pair != other  # both members count


def test_members_with_other_labels_are_refused(tmp_path):
    from stance.source_tagger import SourceTagger

    _tiny_tagger(tmp_path / "mixed" / "a", seed=1)
    _tiny_tagger(tmp_path / "mixed" / "b", seed=2, labels=dict(enumerate(["O", "B-X", "I-X"])))
    with pytest.raises(ValueError, match="disagree"):
        SourceTagger(tmp_path / "mixed", bf16=False)


def test_training_refuses_a_folder_it_would_mix_old_taggers_into(tmp_path):
    from stance.train_tagger import train_members

    (tmp_path / "config.json").write_text("{}")
    cfg = OmegaConf.create({"model_dir": str(tmp_path), "ensemble_seeds": [42], "seed": None})
    with pytest.raises(FileExistsError, match="old layout"):
        train_members(cfg)
    _tiny_tagger(tmp_path / "members" / "seed42", seed=1)
    cfg.model_dir = str(tmp_path / "members")
    cfg.seed = 7
    with pytest.raises(FileExistsError, match="seed42"):
        train_members(cfg)


def test_one_seed_or_the_ensemble_seeds_are_trained(tmp_path):
    from hydra import compose, initialize_config_dir

    from stance.config import CONFIG_DIR

    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="source_tagger", overrides=[f"paths.output_dir={tmp_path}"])
        one = compose(config_name="source_tagger", overrides=["seed=7"])
    assert list(cfg.ensemble_seeds) == [42, 1] and cfg.seed is None
    assert one.seed == 7 and one.args.seed == 7
