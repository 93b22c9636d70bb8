"""Transcript turns ("TAPPER: ...") as direct quotes of the labelled speaker.

Names and wording are invented.
"""

from conftest import holders_of

from stance.transcripts import find_turns, label_name, repeated_speakers

INTERVIEW = (
    "Partial transcript of the radio interview:\n\n"
    "MARTA VELLINGA: Will the ferry run in winter?\n\n"
    "OSKAR DAHLQUIST: It will. The council owes the islands that much.\n\n"
    "VELLINGA: And the tolls?\n\n"
    "DAHLQUIST: We cut them in half. Nobody should pay twice for a road on water.\n\n"
    "UPDATE: The council confirmed the timetable on Tuesday."
)


def test_labels_are_found_at_line_starts_and_repeated_surnames_are_speakers():
    turns = find_turns(INTERVIEW)
    assert [t.label.text for t in turns] == [
        "MARTA VELLINGA",
        "OSKAR DAHLQUIST",
        "VELLINGA",
        "DAHLQUIST",
        "UPDATE",
    ]
    assert INTERVIEW[turns[1].body_start : turns[1].body_end] == (
        "It will. The council owes the islands that much."
    )
    assert repeated_speakers(turns) == {"vellinga", "dahlquist"}


def test_a_colon_inside_a_line_or_a_capitalised_word_is_no_label():
    text = "The mayor said: ferries first.\nFerries: the plan for the islands.\nNote the time"
    assert find_turns(text) == []


def test_a_label_takes_the_articles_own_spelling_of_the_name():
    text = "Senator Ruth McAllister spoke on Sunday.\n\nRUTH MCALLISTER: Not yet."
    assert label_name("RUTH MCALLISTER", text) == "Ruth McAllister"
    assert label_name("OSKAR DAHLQUIST", INTERVIEW) == "Oskar Dahlquist"


def test_every_sentence_of_a_turn_belongs_to_its_speaker(attribute):
    result = attribute(INTERVIEW)
    assert holders_of(result, 1) == [("Vellinga", "direct")]
    assert holders_of(result, 2) == [("Dahlquist", "direct")]
    assert holders_of(result, 3) == [("Dahlquist", "continuation")]
    assert holders_of(result, 4) == [("Vellinga", "direct")]
    assert holders_of(result, 5) == [("Dahlquist", "direct")]
    assert holders_of(result, 6) == [("Dahlquist", "continuation")]


def test_a_headline_label_is_not_a_speaker(attribute):
    result = attribute(INTERVIEW)
    assert holders_of(result, 7) == [("council", "indirect")]


def test_a_single_label_counts_when_the_article_names_that_person(attribute):
    text = (
        "Senator Ines Marrow spoke to the station on Sunday.\n\n"
        "MARROW: Tolls are a tax on islanders. I will vote against them."
    )
    result = attribute(text)
    assert holders_of(result, 1) == [("Marrow", "direct")]
    assert holders_of(result, 2) == [("Marrow", "continuation")]


def test_a_label_inside_an_opening_quote_mark_names_the_quote_speaker(attributions):
    text = (
        "Wenna Halloran was asked about the harbour.\n\n"
        '"HOST: Will the harbour reopen?\n\n'
        '"HALLORAN: It will, in spring. The dredging is paid for.\n\n'
        '"HOST: Thank you."'
    )
    found = attributions(text)
    speakers = [(a.sentence, a.holder, a.rule) for a in found if a.sentence >= 1]
    assert speakers == [
        (1, "Host", "transcript-label"),
        (2, "Halloran", "transcript-label"),
        (3, "Halloran", "quote-span"),
        (4, "Host", "transcript-label"),
    ]


def test_a_quote_inside_a_turn_is_the_speakers_words(attribute):
    text = (
        "HOST: What did the minister promise?\n\n"
        "KROGH: She told us “the bridge comes first,” and I believe her.\n\n"
        "HOST: Did she say when?\n\n"
        "KROGH: Not a word about dates."
    )
    result = attribute(text)
    assert holders_of(result, 1) == [("Krogh", "direct")]
    assert holders_of(result, 3) == [("Krogh", "direct")]


def test_repeated_headings_are_not_speakers(attribute):
    text = (
        "UPDATE: Mayor Orla Brenn said the ferry would run at noon.\n\n"
        "READ MORE: Islanders wait for the winter timetable.\n\n"
        "UPDATE: Brenn later told reporters the crossing was delayed.\n\n"
        "READ MORE: Tolls to fall in spring."
    )
    result = attribute(text)
    assert holders_of(result, 0) == [("Brenn", "indirect")]
    assert holders_of(result, 2) == [("Brenn", "indirect")]
    assert all(holder == "Brenn" for _, holder, _, _ in result)


def test_a_label_over_somebody_elses_reported_speech_is_a_summary_heading(attribute):
    text = (
        "Where the two leaders stand on the ferry deal.\n\n"
        "VOLKOV: His spokesman Ilya Serin said the deal could be signed in Riga.\n\n"
        "TAMM: Tamm has said she would sign only after the tolls fall.\n\n"
        "VOLKOV: Volkov did not comment."
    )
    result = attribute(text)
    assert holders_of(result, 1) == [("Serin", "indirect")]
    assert holders_of(result, 2) == [("Tamm", "indirect")]
