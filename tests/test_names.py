"""Name helpers on hand-built parses, so they hold whatever the statistical parser does."""

import pytest
import spacy
from spacy.tokens import Doc

from stance.names import hyphen_compound, misread_name

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case, is_alpha)


def parse(words, pos, deps, heads, spaces=None) -> Doc:
    return Doc(VOCAB, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads)


def test_a_capitalised_adverb_after_a_proper_noun_compound_is_a_misread_name():
    doc = parse(
        ["-", "Sigrun", "Orvik"],
        ["PUNCT", "PROPN", "ADV"],
        ["punct", "compound", "ROOT"],
        [2, 2, 2],
    )
    assert misread_name(doc[2])


@pytest.mark.parametrize(
    ("words", "pos"),
    [
        (["However", ","], ["ADV", "PUNCT"]),  # no proper noun before it
        (["Sigrun", "orvik"], ["PROPN", "ADV"]),  # not capitalised
        (["Sigrun", "Orvik"], ["PROPN", "NOUN"]),  # a noun is left to the noun rules
    ],
)
def test_other_words_are_no_misread_names(words, pos):
    deps = ["compound", "ROOT"] if pos[0] == "PROPN" else ["ROOT", "punct"]
    heads = [1, 1] if pos[0] == "PROPN" else [0, 0]
    doc = parse(words, pos, deps, heads)
    assert not misread_name(doc[1] if pos[0] == "PROPN" else doc[0])


def test_a_word_the_tokenizer_split_at_its_hyphen_is_joined_again():
    doc = parse(
        ["the", "president", "-", "elect", "said"],
        ["DET", "NOUN", "PUNCT", "PROPN", "VERB"],
        ["det", "compound", "punct", "nsubj", "ROOT"],
        [3, 3, 3, 4, 4],
        spaces=[True, False, False, True, False],
    )
    assert hyphen_compound(doc[3]) == "president-elect"
    assert hyphen_compound(doc[1]) is None


def test_a_spaced_dash_joins_nothing():
    doc = parse(
        ["talks", "-", "elect"], ["NOUN", "PUNCT", "NOUN"], ["ROOT", "punct", "appos"], [0, 0, 0]
    )
    assert hyphen_compound(doc[2]) is None
