"""Quote cues the parser tangles and floating quotes after reported speech.

Names and places here are invented; none of the wording comes from the corpus or the seed.
"""

from conftest import holders_of


def test_a_cue_after_a_quote_the_parser_hung_inside_it_still_names_the_speaker(attribute):
    text = (
        '"A guarantee with empty depots behind it is a bluff, and the other side reads '
        "bluffs well,\" the committee's chair, Ilse Marwitz, said. "
        '"Fill the depots, and then we can talk."'
    )
    result = attribute(text)
    assert holders_of(result, 0) == [("Marwitz", "direct")]
    assert holders_of(result, 1) == [("Marwitz", "continuation")]


def test_a_quote_fragment_inside_a_sentence_is_no_cue(attribute):
    text = 'She said Velmont would "always welcome mediators" once Tulsky agreed to a truce.'
    assert attribute(text) == []


def test_a_floating_quote_continues_the_person_whose_speech_was_just_reported(attribute):
    text = (
        'Dusan Tulsky, a ferry pilot, said he would accept a pause "tomorrow" if observers '
        'came. "Until they do, keep the boats coming, because boats are all we have."'
    )
    result = attribute(text)
    assert holders_of(result, 0) == [("Tulsky", "indirect")]
    assert holders_of(result, 1) == [("Tulsky", "continuation")]


def test_a_floating_quote_after_reported_speech_needs_the_very_next_sentence(attribute):
    text = (
        "Dusan Tulsky said he would stay. Two sailors were hurt near the pier. "
        '"We will hold the line, whatever it costs us."'
    )
    assert holders_of(attribute(text), 2) == []


def test_a_floating_quote_follows_the_latest_reported_speaker(attribute):
    text = (
        "Dusan Tulsky said he would stay. The ministry said it would appeal the ruling. "
        '"We will win this in court, and soon."'
    )
    assert holders_of(attribute(text), 2) == [("ministry", "continuation")]


def test_a_floating_quote_after_several_speakers_is_nobodys(attribute):
    text = (
        '"We will not give up," Dusan Tulsky said on Tuesday. Ana Sorel and Rui Tovar said '
        'they would back the plan. "This is the only way to end the war."'
    )
    assert holders_of(attribute(text), 2) == []


def test_a_place_the_parser_made_the_subject_after_in_is_not_the_speaker():
    import spacy
    from spacy.tokens import Doc

    from stance.subjects import _stranded_object

    words = ["In", "Kyiv", ",", "Dovzhenko", "said", "no", "."]
    heads = [4, 4, 1, 1, 4, 4, 4]  # the misparse: Kyiv the subject, Dovzhenko its conjunct
    deps = ["prep", "nsubj", "punct", "conj", "ROOT", "dobj", "punct"]
    pos = ["ADP", "PROPN", "PUNCT", "PROPN", "VERB", "INTJ", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _stranded_object(doc[1])  # "In" has no object of its own
    assert not _stranded_object(doc[3])
