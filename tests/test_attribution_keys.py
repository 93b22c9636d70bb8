"""Holder comparison: a short and a full form of one holder meet, two holders never do."""

import pytest

from stance.holder_eval import evaluate_holders
from stance.holder_keys import describes, match_holders, same_holder
from stance.types import Attribution


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ana Sorel", "Sorel"),  # people: the surname
        ("Vice-Chancellor Ana Sorel", "Sorel's"),
        ("Secretary of State Rui Tovar", "Tovar"),  # a title with "of" is no head
        ("Dele Okoro Jr.", "Okoro"),  # a suffix is not a surname
        ("an aide who spoke on condition of anonymity", "aide"),  # the head noun
        ("the three nations' fisheries ministries", "fisheries ministry"),  # plural
        ("four engineers present", "engineers"),  # an adjective after its noun
        ("two engineers involved in the design", "engineer"),  # a participle after it
        ("a close aide to Ana Sorel", "aide"),  # an adjective before its noun
        ("an outside expert", "expert"),
        ("1,200 dockworkers", "dockworkers"),  # a number is no head
        ("60% of Danes", "Danes"),  # a share of a group is the group
        ("most of the engineers", "engineers"),
        ("a group of Danish farmers", "Danish farmers"),
        ("Engineers in Lima", "engineers in Lima"),  # a capital opening a sentence
        ("Party for Clean Water of Peru", "Peru's Party for Clean Water"),
        ("Ministry of Fisheries", "Fisheries Ministry"),
        ("the Senate", "Senate"),
        ("the WHO", "WHO"),  # a capitalised word is never a function word
        ("President To Vinh", "Vinh"),
        ("(APN)", "APN"),
        ("Bolivian Fisheries Ministry", "Bolivia's fisheries ministry"),  # place ~ adjective
        ("Mendes-Alvarez", "Dora Mendes-Alvarez"),
    ],
)
def test_short_and_full_forms_are_one_holder(first, second):
    assert same_holder(first, second)
    assert same_holder(second, first)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("an aide who spoke on condition of anonymity", "an engineer who spoke on condition"),
        ("Ana Sorel", "Rui Sorel"),
        ("Mendes", "Mende"),  # a capitalised name is not a plural
        ("Peruvian embassy", "Peruvian fisheries ministry"),
        ("Peruvian Fisheries Ministry", "Chilean Fisheries Ministry"),  # the modifier counts
        ("Ministry of Fisheries", "Ministry of Transport"),
        ("Peruvian embassy in Oslo", "Peruvian embassy in Quito"),
        ("House of Delegates", "the Green House"),
        ("Union of Salt Miners", "African Union"),
        ("Unity party", "Harvest party"),
        ("Peru", "Peru's delegation"),  # the owner is not its delegation
        ("Senate", "Senate spokeswoman Ana Sorel"),
        ("minister", "Fisheries Minister Ana Sorel"),  # an unresolved role is not the person
        ("of", "of"),
        ("", ""),
    ],
)
def test_different_holders_stay_apart(first, second):
    assert not same_holder(first, second)


def test_a_description_is_shorter_only_one_way():
    assert describes("the ministry", "Chile's fisheries ministry")
    assert describes("the fisheries ministry", "Chilean Fisheries Ministry")
    assert not describes("Chile's fisheries ministry", "the ministry")
    assert not describes("the transport ministry", "Chile's fisheries ministry")
    assert not describes("the official", "a senior spokesman")


def test_matching_is_one_to_one():
    gold = ["Peruvian delegation", "Chilean delegation"]
    assert match_holders(gold, ["delegation"]) == [(0, 0)]
    assert match_holders(gold, ["Chilean delegation", "Peruvian delegation"]) == [(0, 1), (1, 0)]


class _FixedAttributor:
    """Stands in for the pipeline: names one holder in the passage's first sentence."""

    def __init__(self, holder: str) -> None:
        self.holder = holder

    def attribute(self, text, sentences):
        return [Attribution(0, self.holder, None, None, "indirect", "role", "invented")]


def test_two_holders_with_one_head_in_a_sentence_need_two_predictions(segmenter):
    text = "The Peruvian and the Chilean delegation both said the talks had failed."
    passage = {
        "id": "invented-1",
        "text": text,
        "sentences": [
            {
                "start": 0,
                "text": text,
                "attributions": [
                    {"holder": "Peruvian delegation"},
                    {"holder": "Chilean delegation"},
                ],
            }
        ],
    }
    errors: list = []
    result = evaluate_holders(_FixedAttributor("delegation"), segmenter, [passage], errors)
    assert result["holder_accuracy"] == 0.5
    assert result["holder_precision"] == 1.0
    assert errors[0]["missed"] == ["Chilean delegation"]


class _EverySentenceAttributor:
    """Stands in for the pipeline: names the same holder in every sentence."""

    def attribute(self, text, sentences):
        return [
            Attribution(i, "Halloran", None, None, "indirect", "name", "invented")
            for i in range(len(sentences))
        ]


def test_a_holder_in_a_sentence_the_gold_does_not_list_counts_against_precision(segmenter):
    text = "Wenna Halloran said the ferry would run. The harbour opened at dawn."
    first = "Wenna Halloran said the ferry would run."
    passage = {
        "id": "invented-2",
        "text": text,
        "sentences": [{"start": 0, "text": first, "attributions": [{"holder": "Wenna Halloran"}]}],
    }
    result = evaluate_holders(_EverySentenceAttributor(), segmenter, [passage])
    assert result["holder_accuracy"] == 1.0
    assert result["holder_precision"] == 1.0  # the listed sentence alone
    assert result["holder_precision_all_sentences"] == 0.5


class _NamedAttributor:
    """Stands in for the pipeline: the given holder name for each sentence in turn."""

    def __init__(self, names: list[str]) -> None:
        self.names = names

    def attribute(self, text, sentences):
        return [
            Attribution(i, name, None, None, "indirect", "name", "invented")
            for i, name in enumerate(self.names)
        ]


def _two_sentences(sentences: list[tuple[str, str]]) -> dict:
    """An invented passage of two (sentence, gold holder) pairs, one space apart."""
    (first, first_holder), (second, second_holder) = sentences
    return {
        "id": "invented-pair",
        "text": f"{first} {second}",
        "sentences": [
            {"start": 0, "text": first, "attributions": [{"holder": first_holder}]},
            {
                "start": len(first) + 1,
                "text": second,
                "attributions": [{"holder": second_holder}],
            },
        ],
    }


@pytest.mark.parametrize(
    ("names", "split"), [(["Halloran", "Halloran"], 0), (["Halloran", "Wenna Halloran"], 1)]
)
def test_one_speaker_given_two_holder_names_counts_as_split(segmenter, names, split):
    passage = _two_sentences(
        [
            ("Wenna Halloran said the ferry would run.", "Wenna Halloran"),
            ("She said it would run daily.", "Wenna Halloran"),
        ]
    )
    result = evaluate_holders(_NamedAttributor(names), segmenter, [passage])
    assert result["holder_accuracy"] == 1.0
    assert (result["split_holders"], result["paired_holders"]) == (split, 1)


@pytest.mark.parametrize(
    ("names", "merged"),
    [
        (["Ministry", "Ministry"], 1),
        (["Russian Foreign Ministry", "Ukrainian Foreign Ministry"], 0),
    ],
)
def test_two_speakers_given_one_holder_name_count_as_merged(segmenter, names, merged):
    passage = _two_sentences(
        [
            ("The Russian Foreign Ministry said no.", "Russian Foreign Ministry"),
            ("The Ukrainian Foreign Ministry said yes.", "Ukrainian Foreign Ministry"),
        ]
    )
    result = evaluate_holders(_NamedAttributor(names), segmenter, [passage])
    assert result["holder_accuracy"] == 1.0
    assert result["merged_holders"] == merged
