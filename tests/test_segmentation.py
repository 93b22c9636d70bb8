from stance.segmentation import context_before


def test_offsets_point_into_the_text(segmenter):
    text = "First one. Second one?\nThird on a new line!  Fourth."
    sentences = segmenter.split(text)
    assert [s.text for s in sentences] == [
        "First one.",
        "Second one?",
        "Third on a new line!",
        "Fourth.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_titles_and_initialisms_do_not_end_sentences(segmenter):
    text = "Retired Lt. Gen. Ivan Dorn spoke. Additional U.S. aid was approved. Dr. Lee agreed."
    assert [s.text for s in segmenter.split(text)] == [
        "Retired Lt. Gen. Ivan Dorn spoke.",
        "Additional U.S. aid was approved.",
        "Dr. Lee agreed.",
    ]


def test_plural_titles_do_not_end_sentences(segmenter):
    text = "Reps. Ana Kettle and Bo Lind voted no. Sens. Ivo Marr and Li Tan voted yes."
    assert len(segmenter.split(text)) == 2


def test_initialism_at_sentence_end_splits_before_a_sentence_starter(segmenter):
    sentences = segmenter.split("The aid came from the U.S. The minister thanked them.")
    assert len(sentences) == 2


def test_quote_punctuation_followed_by_lowercase_cue_stays_one_sentence(segmenter):
    sentences = segmenter.split("“Will they come?” she asked. “Yes.” He nodded.")
    assert [s.text for s in sentences] == ["“Will they come?” she asked.", "“Yes.”", "He nodded."]


def test_paragraphs_and_context(segmenter):
    text = "One. Two.\n\nThree."
    sentences = segmenter.split(text)
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    assert context_before(sentences, 1, 1) == "One."
    assert context_before(sentences, 2, 1) == ""  # context never crosses a paragraph


def test_single_letters_and_numbers_after_abbreviations(segmenter):
    text = (
        "She posted on X. The post was deleted. George W. Bush spoke. "
        "Resolution No. 5 passed. The answer was no. Then he left."
    )
    assert [s.text for s in segmenter.split(text)] == [
        "She posted on X.",
        "The post was deleted.",
        "George W. Bush spoke.",
        "Resolution No. 5 passed.",
        "The answer was no.",
        "Then he left.",
    ]


def test_a_hard_wrapped_line_stays_in_its_sentence(segmenter):
    text = (
        '"Nobody wins a race that\nnever ends," Varenne said.\n'
        "The ferry left at dawn.\nIt came back at noon.\n\nnext paragraph starts low."
    )
    sentences = segmenter.split(text)
    assert [s.text for s in sentences] == [
        '"Nobody wins a race that\nnever ends," Varenne said.',
        "The ferry left at dawn.",
        "It came back at noon.",
        "next paragraph starts low.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
