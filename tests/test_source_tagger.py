"""The source tagger without a trained model: BIO <-> spans, training examples, merging."""

import copy
import logging
import re

import pytest
from omegaconf import OmegaConf

from stance.attribution_eval import read_brat_relations
from stance.source_tagger import (
    CUE,
    IGNORE,
    LABEL2ID,
    SOURCE,
    TaggedSpan,
    labels_to_spans,
    load_source_tagger,
    sentence_spans,
    spans_to_labels,
)
from stance.tagged_sources import MergeSettings
from stance.train_tagger import polnear_examples

B_SRC, I_SRC, B_CUE, OUT = (LABEL2ID[x] for x in ("B-SRC", "I-SRC", "B-CUE", "O"))


def word_offsets(text: str) -> list[tuple[int, int]]:
    """[CLS] + one token per word or punctuation mark + [SEP], as a fast tokenizer reports."""
    return [(0, 0), *[m.span() for m in re.finditer(r"\w+|[^\w\s]", text)], (0, 0)]


def test_spans_become_bio_labels_and_come_back():
    text = "The union's chief, Ana Petrova, hinted at a strike."
    spans = [TaggedSpan(0, 30, SOURCE), TaggedSpan(32, 38, CUE)]
    offsets = word_offsets(text)
    labels = spans_to_labels(offsets, spans)
    assert labels[0] == labels[-1] == IGNORE
    assert labels[1:4] == [B_SRC, I_SRC, I_SRC]  # The union '
    assert labels[8:12] == [I_SRC, OUT, B_CUE, OUT]  # Petrova , hinted at
    assert labels_to_spans(offsets, labels) == spans


def test_span_cut_inside_a_word_grows_to_the_word_and_sources_beat_cues():
    text = "Federal investigators said so."
    offsets = word_offsets(text)
    labels = spans_to_labels(offsets, [TaggedSpan(1, 21, SOURCE), TaggedSpan(8, 26, CUE)])
    assert labels[1:4] == [B_SRC, I_SRC, B_CUE]
    assert labels_to_spans(offsets, labels)[0] == TaggedSpan(0, 21, SOURCE)


def test_stray_inside_label_starts_a_span_and_a_new_begin_splits_two():
    text = "Officials and analysts said"
    offsets = word_offsets(text)
    spans = labels_to_spans(offsets, [IGNORE, I_SRC, OUT, B_SRC, B_CUE, IGNORE])
    assert spans == [
        TaggedSpan(0, 9, SOURCE),
        TaggedSpan(14, 22, SOURCE),
        TaggedSpan(23, 27, CUE),
    ]
    two = labels_to_spans(offsets[:3], [IGNORE, B_SRC, B_SRC])
    assert len(two) == 2


def test_word_pieces_follow_their_first_piece_and_scores_are_averaged():
    offsets = [(0, 0), (0, 4), (4, 9), (10, 14), (0, 0)]  # [CLS] bull ##dozer said [SEP]
    labels = [IGNORE, B_SRC, OUT, B_CUE, IGNORE]
    spans = labels_to_spans(offsets, labels, [0.0, 0.9, 0.5, 0.8, 0.0], [None, 0, 0, 1, None])
    assert spans == [TaggedSpan(0, 9, SOURCE, 0.7), TaggedSpan(10, 14, CUE, 0.8)]


def test_article_spans_are_made_relative_and_clipped_to_the_sentence():
    spans = [(SOURCE, 10, 20), (CUE, 18, 40), (SOURCE, 50, 60)]
    assert sentence_spans(15, 30, spans) == [
        TaggedSpan(0, 5, SOURCE),
        TaggedSpan(3, 15, CUE),
    ]


ANN = """T1\tSource 0 9\tLena Berg
T2\tCue 10 16\thinted
T3\tContent 17 35\tthe truce was dead
E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3
"""


@pytest.fixture
def brat(tmp_path):
    """An invented two-sentence article: one attribution, one sentence without any."""
    for folder in ("text", "attributions"):
        (tmp_path / "train" / folder).mkdir(parents=True)
    text = "Lena Berg hinted the truce was dead. Rain fell on the city all night."
    (tmp_path / "train" / "text" / "demo.txt").write_text(text)
    (tmp_path / "train" / "attributions" / "demo_a1b2.ann").write_text(ANN)
    return tmp_path


def test_brat_relations_keep_every_role(brat):
    relations = read_brat_relations(brat / "train" / "attributions" / "demo_a1b2.ann")
    assert relations == [
        {"Attribution": (10, 16), "Source": (0, 9), "Cue": (10, 16), "Content": (17, 35)}
    ]


def test_training_sentences_carry_their_spans_and_negatives_are_sampled(brat, segmenter):
    kept = polnear_examples(brat, "train", segmenter, negative_rate=1.0, seed=0)
    assert [e["text"] for e in kept] == [
        "Lena Berg hinted the truce was dead.",
        "Rain fell on the city all night.",
    ]
    assert kept[0]["spans"] == [TaggedSpan(0, 9, SOURCE), TaggedSpan(10, 16, CUE)]
    assert kept[1]["spans"] == []
    positives = polnear_examples(brat, "train", segmenter, negative_rate=0.0, seed=0)
    assert [e["text"] for e in positives] == [kept[0]["text"]]


def test_missing_polnear_split_names_the_folder(tmp_path, segmenter):
    with pytest.raises(FileNotFoundError, match="dev"):
        polnear_examples(tmp_path, "dev", segmenter, 1.0, 0)


def test_untrained_tagger_means_rules_only_unless_it_is_required(tmp_path, caplog):
    cfg = OmegaConf.create(
        {"enabled": "auto", "model_dir": str(tmp_path / "none"), "batch_size": 8, "bf16": False}
    )
    with caplog.at_level(logging.INFO, logger="stance.source_tagger"):
        assert load_source_tagger(cfg) is None
    assert "rules only" in caplog.text
    cfg.enabled = False
    assert load_source_tagger(cfg) is None
    cfg.enabled = True
    with pytest.raises(FileNotFoundError, match="none"):
        load_source_tagger(cfg)


class FakeTagger:
    """Tags every occurrence of the given phrases (sure of each, unless told); no model."""

    def __init__(self, phrases: dict[str, str], scores: dict[str, float]) -> None:
        self.phrases, self.scores = phrases, scores

    def tag(self, texts: list[str]) -> list[list[TaggedSpan]]:
        return [
            [
                TaggedSpan(m.start(), m.end(), label, self.scores.get(phrase, 1.0))
                for phrase, label in self.phrases.items()
                for m in re.finditer(re.escape(phrase), text)
            ]
            for text in texts
        ]


@pytest.fixture
def tagged(attributor, segmenter):
    """text, tagger phrases, merge settings -> (sentence, holder, kind, mention, rule)."""

    def run(text: str, phrases: dict[str, str], scores: dict | None = None, **settings):
        with_tagger = copy.copy(attributor)
        with_tagger.source_tagger = FakeTagger(phrases, scores or {})
        with_tagger.merge = MergeSettings(**settings)
        return [
            (a.sentence, a.holder, a.kind, a.mention.text if a.mention else None, a.rule)
            for a in with_tagger.attribute(text, segmenter.split(text))
        ]

    return run


def test_tagged_source_fills_a_sentence_the_rules_cannot_read(tagged):
    text = "Lena Berg arrived in Kyiv. She intimated that the truce was dead."
    result = tagged(text, {"She": SOURCE, "intimated": CUE})
    assert (1, "Berg", "indirect", "She", "source_tagger") in result


def test_tagged_source_inside_a_quote_is_never_a_source(tagged):
    text = "“Ivan Dorn hinted that the truce was dead,” the paper wrote in its editorial."
    result = tagged(text, {"Ivan Dorn": SOURCE})
    assert all(rule != "source_tagger" for *_, rule in result)


def test_the_tagger_reads_the_sentence_without_its_dateline(attributor, segmenter):
    """A model trained without datelines misreads them; it gets what the parser gets."""
    text = "OSLO, June 3 - Heavy rain fell on the harbour. The port stayed shut."
    fake = FakeTagger({}, {})
    seen: list[str] = []
    fake.tag = lambda texts: seen.extend(texts) or [[] for _ in texts]
    with_tagger = copy.copy(attributor)
    with_tagger.source_tagger = fake
    with_tagger.attribute(text, segmenter.split(text))
    assert seen[0].strip().startswith("Heavy rain") and len(seen[0]) == text.index(" The")
    assert seen[1] == "The port stayed shut."


def test_rules_keep_their_sentences_unless_adding_is_on(tagged):
    text = "Lena Berg said the truce was dead, and Ivan Dorn intimated as much."
    phrases = {"Lena Berg": SOURCE, "Ivan Dorn": SOURCE}
    assert [h for _, h, *_ in tagged(text, phrases)] == ["Berg"]
    added = tagged(text, phrases, add=True)
    assert [(h, rule) for _, h, _, _, rule in added] == [
        ("Berg", "speech-verb"),
        ("Dorn", "source_tagger"),
    ]


def test_beside_a_rule_source_an_agent_is_added_but_a_container_is_not(tagged):
    text = "Lena Berg said the truce was dead, a view shared by the fishermen's union."
    added = tagged(text, {"Lena Berg": SOURCE, "the fishermen's union": SOURCE}, add=True)
    assert [rule for *_, rule in added] == ["speech-verb", "source_tagger"]
    text = "Lena Berg wrote in a report for the Harbour Institute that the truce was dead."
    phrases = {"Lena Berg": SOURCE, "a report for the Harbour Institute": SOURCE}
    assert [rule for *_, rule in tagged(text, phrases, add=True)] == ["speech-verb"]
    text = "Lena Berg said in remarks carried by the Nordic news agency that the truce held."
    phrases = {"Lena Berg": SOURCE, "the Nordic news agency": SOURCE}
    assert [rule for *_, rule in tagged(text, phrases, add=True)] == ["speech-verb"]


def test_veto_drops_reported_speech_the_tagger_does_not_support(tagged):
    text = "Lena Berg said the truce was dead."
    vetoed = tagged(text, {}, veto=True)
    assert [(kind, rule) for _, _, kind, _, rule in vetoed] == [("narrative", "actor-subject")]
    kept = tagged(text, {"Lena Berg": SOURCE}, veto=True)
    assert [(h, rule) for _, h, _, _, rule in kept] == [("Berg", "speech-verb")]


def test_refined_spans_lend_the_tagged_phrase_to_the_rule_mention(tagged):
    text = "Defence Minister Lena Berg of Norway said the truce was dead."
    result = tagged(text, {"Defence Minister Lena Berg of Norway": SOURCE}, refine_spans=True)
    assert result == [
        (0, "Berg", "indirect", "Defence Minister Lena Berg of Norway", "speech-verb")
    ]


def test_a_rule_mention_over_two_tagged_sources_keeps_the_one_it_starts_with(tagged):
    text = "Ivo Lund, who chairs the fisheries panel, said the quota would fall."
    phrases = {"Ivo Lund": SOURCE, "who": SOURCE}
    result = tagged(text, phrases, refine_spans=True)
    assert [(h, mention, rule) for _, h, _, mention, rule in result] == [
        ("Lund", "Ivo Lund", "speech-verb")
    ]


def test_unresolved_nominal_source_is_kept_only_when_asked(tagged):
    text = "New research hinted that the truce was dead."
    assert tagged(text, {"New research": SOURCE}) == []
    kept = tagged(text, {"New research": SOURCE}, keep_unresolved=True)
    assert [(h, rule) for _, h, _, _, rule in kept] == [("New research", "source_tagger")]


def test_unsure_tagged_sources_are_ignored(tagged):
    text = "Lena Berg arrived in Kyiv. She hinted that the truce was dead."
    result = tagged(text, {"She": SOURCE}, min_score=0.7, scores={"She": 0.6})
    assert all(rule != "source_tagger" for *_, rule in result)


def test_tagged_source_replaces_the_guess_that_a_quote_goes_on(tagged):
    text = (
        "Anna Vik said: “We want peace now, today.” "
        "“The truce is dead, gone and buried,” a new report found."
    )
    assert [h for i, h, *_ in tagged(text, {}) if i == 1] == ["Vik"]  # floating quote
    result = tagged(text, {"a new report": SOURCE})
    assert [(h, rule) for i, h, _, _, rule in result if i == 1] == [("new report", "source_tagger")]


def test_a_quantified_source_is_the_group_it_counts(tagged):
    text = "Several of the farmers think the new levy is unfair."
    result = tagged(text, {"Several of the farmers": SOURCE})
    assert [(h, kind, rule) for _, h, kind, _, rule in result] == [
        ("farmers", "anonymous", "source_tagger")
    ]


def test_a_quantifier_that_names_its_member_is_not_the_group(tagged):
    text = "One of the marchers, Ana Lind, carried a banner calling for talks."
    result = tagged(text, {"One of the marchers, Ana Lind,": SOURCE})
    assert [h for _, h, *_ in result] == ["Lind"]


def test_a_subject_the_parser_calls_an_adjective_still_names_a_source(tagged):
    text = "Few expect the new levy to pass."
    assert tagged(text, {}) == []
    result = tagged(text, {"Few": SOURCE}, keep_unresolved=True)
    assert [(h, rule) for _, h, _, _, rule in result] == [("Few", "source_tagger")]


def test_a_deed_the_tagger_marks_as_a_source_becomes_a_view_when_asked(tagged):
    text = "The Freedonian senate approved the aid bill on Monday."
    phrases = {"The Freedonian senate": SOURCE}
    assert [(kind, rule) for *_, kind, _, rule in tagged(text, phrases)] == [
        ("narrative", "act-verb")
    ]
    promoted = tagged(text, phrases, promote_deeds=True, min_score=0.7)
    assert [(kind, rule) for *_, kind, _, rule in promoted] == [
        ("indirect", "act-verb+source_tagger")
    ]
    unsure = tagged(
        text, phrases, promote_deeds=True, min_score=0.7, scores={"The Freedonian senate": 0.5}
    )
    assert [kind for *_, kind, _, _ in unsure] == ["narrative"]


def test_tagger_config_composes_with_every_knob(tmp_path):
    from hydra import compose, initialize_config_dir
    from hydra.utils import instantiate

    from stance.config import CONFIG_DIR

    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="source_tagger", overrides=[f"paths.output_dir={tmp_path}"])
    assert cfg.model_dir == cfg.pipeline.source_tagger.model_dir
    assert cfg.data.polnear_dir.endswith("polnear")
    args = instantiate(cfg.args)
    assert args.num_train_epochs == 3 and args.max_steps == -1  # epochs decide
    assert args.per_device_train_batch_size == 16


def test_one_wide_prediction_over_two_gold_sources_is_one_correct_prediction():
    from stance.train_tagger import span_scores

    gold = [[TaggedSpan(0, 10, SOURCE), TaggedSpan(15, 25, SOURCE)]]
    predicted = [[TaggedSpan(0, 25, SOURCE)]]
    overlap = span_scores(gold, predicted)["overlap"]
    assert overlap["precision"] == 1.0 and overlap["recall"] == 1.0
    assert span_scores(gold, predicted)["exact"]["f1"] == 0.0
