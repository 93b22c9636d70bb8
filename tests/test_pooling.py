"""The mean-pooled head: padding does not change a prediction, and a saved model loads back
through the Auto classes (what the scorer does) with the same outputs."""

import pytest
import torch
from transformers import AutoModelForSequenceClassification

from stance.pooling import MeanPooledBertClassifier, MeanPooledBertConfig, classifier_class


@pytest.fixture(scope="module")
def tiny_model():
    torch.manual_seed(0)
    config = MeanPooledBertConfig(
        vocab_size=50,
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        num_labels=3,
    )
    return MeanPooledBertClassifier(config).eval()


def test_padding_tokens_do_not_move_the_logits(tiny_model):
    ids = torch.tensor([[2, 7, 9, 3]])
    padded = torch.tensor([[2, 7, 9, 3, 0, 0]])
    mask = torch.tensor([[1, 1, 1, 1, 0, 0]])
    with torch.no_grad():
        plain = tiny_model(input_ids=ids).logits
        with_padding = tiny_model(input_ids=padded, attention_mask=mask).logits
    assert torch.allclose(plain, with_padding, atol=1e-5)


def test_saved_model_loads_through_the_auto_class(tiny_model, tmp_path):
    tiny_model.save_pretrained(tmp_path)
    loaded = AutoModelForSequenceClassification.from_pretrained(tmp_path).eval()
    assert isinstance(loaded, MeanPooledBertClassifier)
    ids = torch.tensor([[2, 5, 6, 3]])
    with torch.no_grad():
        assert torch.allclose(tiny_model(input_ids=ids).logits, loaded(input_ids=ids).logits)


def test_labels_give_a_loss_and_unknown_pooling_is_named(tiny_model):
    output = tiny_model(input_ids=torch.tensor([[2, 5, 3]]), labels=torch.tensor([1]))
    assert output.loss is not None and output.loss.item() > 0
    assert classifier_class("cls") is AutoModelForSequenceClassification
    with pytest.raises(ValueError, match="model.pooling must be one of"):
        classifier_class("max")
