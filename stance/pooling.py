"""A sequence classifier that reads the mean of the token vectors instead of [CLS].

all-MiniLM-L6-v2 was trained to represent a text by the masked mean of its token vectors;
its [CLS] vector and pooler never took part, yet transformers' stock classification head
reads exactly those. `model.pooling: mean` puts the head on the mean, which is what the
encoder's pretraining made informative. The class is registered with the Auto classes, so a
saved model loads through `AutoModelForSequenceClassification` like any other. It works
for BERT-architecture encoders (MiniLM, BERT, most sentence-transformers checkpoints).
"""

from __future__ import annotations

import torch
from torch import nn
from transformers import (
    AutoConfig,
    AutoModelForSequenceClassification,
    BertConfig,
    BertModel,
    BertPreTrainedModel,
)
from transformers.modeling_outputs import SequenceClassifierOutput

POOLINGS = ("cls", "mean")


class MeanPooledBertConfig(BertConfig):
    model_type = "stance_mean_pooled_bert"


class MeanPooledBertClassifier(BertPreTrainedModel):
    """BERT encoder, masked mean over tokens, dropout, one linear layer to the labels."""

    config_class = MeanPooledBertConfig

    def __init__(self, config: BertConfig) -> None:
        super().__init__(config)
        self.num_labels = config.num_labels
        self.bert = BertModel(config, add_pooling_layer=False)
        dropout = config.classifier_dropout
        self.dropout = nn.Dropout(config.hidden_dropout_prob if dropout is None else dropout)
        self.classifier = nn.Linear(config.hidden_size, config.num_labels)
        self.post_init()

    def forward(
        self,
        input_ids: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
        token_type_ids: torch.Tensor | None = None,
        labels: torch.Tensor | None = None,
        **kwargs,
    ) -> SequenceClassifierOutput:
        if attention_mask is None:
            attention_mask = torch.ones_like(input_ids)
        hidden = self.bert(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)
        logits = self.classifier(self.dropout(pooled))
        loss = None
        if labels is not None:
            loss = nn.functional.cross_entropy(logits.view(-1, self.num_labels), labels.view(-1))
        return SequenceClassifierOutput(loss=loss, logits=logits)


AutoConfig.register(MeanPooledBertConfig.model_type, MeanPooledBertConfig)
AutoModelForSequenceClassification.register(MeanPooledBertConfig, MeanPooledBertClassifier)


def classifier_class(pooling: str):
    """The class whose `from_pretrained` builds a fresh classifier for `model.pooling`."""
    if pooling == "cls":
        return AutoModelForSequenceClassification
    if pooling == "mean":
        return MeanPooledBertClassifier
    raise ValueError(f"model.pooling must be one of {', '.join(POOLINGS)}, got {pooling!r}")
