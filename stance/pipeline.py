"""Wires the stages: text -> sentences -> attributions -> stance -> aggregates."""

from __future__ import annotations

from omegaconf import DictConfig, OmegaConf

from stance.aggregation import aggregate
from stance.attribution import Attributor
from stance.ensemble import EnsembleClassifier, load_classifier
from stance.holders import RegistrySettings
from stance.segmentation import Segmenter, context_before
from stance.source_tagger import load_source_tagger
from stance.stance_model import StanceClassifier, StanceQuery
from stance.tagged_sources import MergeSettings
from stance.types import ArticleResult


class Pipeline:
    """Scores articles; built once, then reused for every input."""

    def __init__(
        self,
        segmenter: Segmenter,
        attributor: Attributor,
        classifier: StanceClassifier | EnsembleClassifier,
        context_sentences: int,
        min_confidence: float,
    ) -> None:
        self.segmenter = segmenter
        self.attributor = attributor
        self.classifier = classifier
        self.context_sentences = context_sentences
        self.min_confidence = min_confidence

    @property
    def targets(self) -> list[str]:
        return list(self.classifier.targets)

    def score(self, text: str, article: str) -> ArticleResult:
        sentences = self.segmenter.split(text)
        attributions = self.attributor.attribute(text, sentences)
        queries = [
            StanceQuery(
                target=target,
                holder=a.holder,
                sentence=sentences[a.sentence].text,
                context=context_before(sentences, a.sentence, self.context_sentences),
            )
            for a in attributions
            for target in self.targets
        ]
        probabilities = iter(self.classifier.predict(queries))
        for attribution in attributions:
            for target in self.targets:
                probs = next(probabilities)
                attribution.stance[target] = {"label": max(probs, key=probs.get), "probs": probs}
        mentions: dict[str, list[str]] = {}
        for a in attributions:
            if a.mention and a.mention.text not in mentions.setdefault(a.holder, []):
                mentions[a.holder].append(a.mention.text)
        holders = aggregate(attributions, self.targets, mentions, self.min_confidence)
        model = {"name": self.classifier.name, "path": str(self.classifier.model_dir)}
        return ArticleResult(article, self.targets, model, sentences, attributions, holders)


def build_segmenter(pipeline_cfg: DictConfig) -> Segmenter:
    """The sentence splitter of the `pipeline` config group."""
    return Segmenter(**OmegaConf.to_container(pipeline_cfg.segmentation))


def build_attributor(pipeline_cfg: DictConfig, use_tagger: bool = True) -> Attributor:
    """The attribution stage of the `pipeline` config group (loads spaCy once).

    The source tagger joins the rules when `pipeline.source_tagger` enables it (and
    `use_tagger` does not turn it off, as evaluation does for a rules-only baseline).
    """
    attribution = pipeline_cfg.attribution
    tagger_cfg = pipeline_cfg.get("source_tagger")
    tagger = load_source_tagger(tagger_cfg) if use_tagger else None
    merge_cfg = tagger_cfg.get("merge") if tagger_cfg else None
    merge = MergeSettings(**OmegaConf.to_container(merge_cfg)) if merge_cfg else None
    return Attributor(
        attribution.spacy_model,
        OmegaConf.to_container(attribution.lexicon),
        attribution.min_speech_words,
        attribution.continuation_gap,
        tagger,
        merge,
        registry_settings=RegistrySettings(
            attribution.role_lookahead,
            attribution.lead_lookahead,
            tuple(attribution.family_name_words),
            tuple(attribution.person_name_words),
        ),
        transcript_opening_words=attribution.transcript_opening_words,
        gazetteer=OmegaConf.to_container(attribution.get("gazetteer") or {}),
        reported_speech_gap=attribution.reported_speech_gap,
    )


def build_pipeline(
    cfg: DictConfig,
    model_dir: str,
    classifier: StanceClassifier | EnsembleClassifier | None = None,
) -> Pipeline:
    """A pipeline from the `pipeline` config group and a trained model directory.

    Pass an already loaded `classifier` to avoid loading the model a second time.
    """
    pipeline = cfg.pipeline
    if classifier is None:
        classifier = load_classifier(model_dir, pipeline.batch_size, pipeline.bf16)
    return Pipeline(
        build_segmenter(pipeline),
        build_attributor(pipeline),
        classifier,
        classifier.settings["context_sentences"],
        pipeline.aggregation.min_confidence,
    )
