from stance.quotes import find_quotes


def spans(text):
    return [(text[q.start : q.end], q.speech) for q in find_quotes(text)]


def test_pairs_each_mark_type():
    text = "«Nous négocierons, » dit-il. „Wir liefern weiter“, sagte sie. “Fine by us,” he said."
    assert [s for s, _ in spans(text)] == [
        "«Nous négocierons, »",
        "„Wir liefern weiter“",
        "“Fine by us,”",
    ]


def test_apostrophes_are_not_quotes():
    text = "Kyiv’s allies said ‘we will stay the course’ on Tuesday."
    assert [s for s, _ in spans(text)] == ["‘we will stay the course’"]


def test_scare_quotes_are_not_speech():
    text = "He spoke of a “stalemate” and said: “We will send everything we have.”"
    assert spans(text) == [("“stalemate”", False), ("“We will send everything we have.”", True)]


def test_quote_runs_over_a_line_break():
    text = "“Moscow will not stop.\nIt wants more land,” she said."
    assert spans(text)[0][0] == "“Moscow will not stop.\nIt wants more land,”"


def test_a_straight_quote_runs_over_a_wrapped_line():
    text = 'Varenne was blunt. "Nobody wins a race\nthat never ends," she said.\n"Next," he said.'
    assert [s for s, _ in spans(text)] == [
        '"Nobody wins a race\nthat never ends,"',
        '"Next,"',
    ]


def test_odd_count_closes_at_paragraph_end():
    text = 'He said "this never closes.\nNext paragraph "is fine" here.'
    found = [s for s, _ in spans(text)]
    assert found[0] == '"this never closes.'
    assert '"is fine"' in found


def test_stray_left_single_quote_stays_in_its_paragraph():
    text = "Prices fell since the ‘90s.\nThe allies’ stocks are low, she said."
    assert spans(text)[0][0] == "‘90s."


def test_mixed_straight_and_curly_marks_pair_with_each_other():
    text = (
        'The envoy saw “no sign" of a deal.\n\n'
        '"The border stays shut,” the envoy said, and spoke of "long weeks” ahead.'
    )
    found = [s for s, _ in spans(text)]
    assert found == ['“no sign"', '"The border stays shut,”', '"long weeks”']


def test_curly_quote_nested_in_straight_quote_does_not_close_it():
    text = '"They called it “a pause” and left," the mayor said.'
    assert [s for s, _ in spans(text)][0] == '"They called it “a pause” and left,"'


def test_straight_pair_nested_in_curly_quote_does_not_close_it():
    text = '“He wrote "never" twice,” she said.'
    assert [s for s, _ in spans(text)][0] == '“He wrote "never" twice,”'


def test_a_line_opened_by_a_closing_mark_is_a_quote():
    text = "Readers wrote in.\n”The levy hurts us all. It must go.” ― Ana Lind\nOthers disagreed."
    assert [s for s, _ in spans(text)] == ["”The levy hurts us all. It must go.”"]
    assert spans("He said it.” Then he left.") == []


def test_curly_quote_closed_by_a_straight_mark_with_no_curly_closer_anywhere():
    assert [s for s, _ in spans('“No deal today," he said.')] == ['“No deal today,"']
    text = '“She called it "a farce" and left," the envoy said.'
    assert [s for s, _ in spans(text)][0] == '“She called it "a farce" and left,"'


def test_an_inch_mark_inside_a_curly_quote_is_no_closer():
    text = '“The 27" screens are gone,” the dealer said.'
    assert [s for s, _ in spans(text)] == ['“The 27" screens are gone,”']


def test_a_lone_closing_mark_at_a_line_start_opens_nothing():
    assert spans("”The whole paragraph runs on.\nSmith said no.") == []
    assert spans("x\n” he said") == []
