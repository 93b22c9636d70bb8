"""Names the tagger misses or misreads, roles narrowed by a modifier, acts as narrative holders.

Every name and body here is invented (the places are real but generic); none of the
wording comes from the corpus or the seed article.
"""

import spacy
from conftest import holders_of
from spacy.tokens import Doc, Span

from stance.gazetteer import PlaceNames


def test_a_place_the_tagger_reads_as_a_person_never_takes_she(attribute):
    text = (
        "Marta Velenko, 61, who left Kharkiv in 2023, wants the talks to resume, she said. "
        '"My sons are still there," she said.'
    )
    result = attribute(text)
    assert holders_of(result, 0) == [("Velenko", "indirect")]
    assert holders_of(result, 1) == [("Velenko", "direct")]


def test_a_first_name_steers_she_past_a_more_recent_man(attribute):
    text = (
        "Foreign Minister Agata Wrobel said the fund must grow. Defence Minister Bence "
        "Tarkanyi described the plan as reckless. She warned that any delay would cost lives."
    )
    assert holders_of(attribute(text), 2) == [("Wrobel", "indirect")]


def test_listed_places_become_places_and_organisations_stay_whole():
    nlp = spacy.blank("en")
    places = PlaceNames(nlp, {"GPE": ["Kyiv", "Odesa"], "LOC": ["Black Sea"]})
    doc = Doc(
        nlp.vocab,
        words=[
            "Kyiv",
            "and",
            "Odesa",
            "Port",
            "Authority",
            "sent",
            "ships",
            "to",
            "the",
            "Black",
            "Sea",
        ],
    )
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 2, 5, "ORG")]
    labels = [(e.text, e.label_) for e in places(doc).ents]
    assert labels == [("Kyiv", "GPE"), ("Odesa Port Authority", "ORG"), ("Black Sea", "LOC")]


def test_a_longer_place_wins_and_a_name_listed_twice_keeps_its_first_label():
    nlp = spacy.blank("en")
    places = PlaceNames(nlp, {"GPE": ["Kyiv", "Kyiv Oblast"], "LOC": ["Kyiv"]})
    doc = Doc(nlp.vocab, words=["Kyiv", "Oblast", "and", "Kyiv"])
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 3, 4, "PERSON")]
    labels = [(e.text, e.label_) for e in places(doc).ents]
    assert labels == [("Kyiv Oblast", "GPE"), ("Kyiv", "GPE")]


def test_a_person_named_in_full_stays_a_person():
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["Kyiv", "Morrow", "said", "no"])
    doc.ents = [Span(doc, 0, 2, "PERSON")]
    assert [(e.text, e.label_) for e in PlaceNames(nlp, {"GPE": ["Kyiv"]})(doc).ents] == [
        ("Kyiv Morrow", "PERSON")
    ]


def test_a_country_that_sends_aid_is_a_narrative_holder(attribute):
    text = "Estonia has sent two more radar systems to Ukraine this year."
    assert holders_of(attribute(text), 0) == [("Estonia", "narrative")]


def test_a_state_a_schedule_or_fighting_is_no_act(attribute):
    text = (
        "Chile is the largest buyer of the ore in the region. "
        "The senate is due to vote on the bill on Friday. "
        "Russia fired 40 missiles at Kyiv overnight. Germany has the largest economy in Europe. "
        "Russia has continued to shell Kharkiv. "
        "Russian forces carried out a massive attack on Kyiv."
    )
    assert attribute(text) == []


def test_striking_a_note_is_no_fighting(attribute):
    text = "Gen. Rui Tovar, who leads the mission, struck a more cautious note."
    assert holders_of(attribute(text), 0) == [("Tovar", "narrative")]


def test_an_act_that_sources_report_stays_the_actors(attributions):
    found = attributions("Latvia has blocked the new tranche of the fund, two diplomats said.")
    assert sorted((a.holder, a.kind, a.rule) for a in found) == [
        ("Latvia", "narrative", "reported-act"),
        ("two diplomats", "anonymous", "speech-verb"),
    ]


def test_a_view_a_source_reports_is_the_sources_own(attribute):
    result = attribute("Rui Tovar said Latvia wanted talks before winter.")
    assert holders_of(result, 0) == [("Tovar", "indirect")]


def test_an_act_told_according_to_a_source_stays_the_actors(attributions):
    text = (
        "Finland has shipped four more demining vessels to the port, according to two "
        "officials familiar with the plan. Finland is the largest buyer of the ore, "
        "according to the trade ministry. Kharkiv was shelled overnight, according to the "
        "regional governor."
    )
    found = [(a.sentence, a.holder, a.kind, a.rule) for a in attributions(text)]
    assert sorted(found) == [
        (0, "Finland", "narrative", "according-to-subject"),
        (0, "two officials", "anonymous", "according-to"),
        (1, "trade ministry", "according_to", "according-to"),
        (2, "regional governor", "according_to", "according-to"),
    ]


def test_an_object_pronoun_does_not_overrule_a_first_name(attribute):
    text = (
        "Defence Minister Jana Veselkova said the shells were arriving. Opposition leader "
        "Radek Tomasek promised an audit. Veselkova accused him of playing politics. "
        "He said the talks should start before winter."
    )
    assert holders_of(attribute(text), 3) == [("Tomasek", "indirect")]


def test_a_person_the_tagger_calls_an_organisation_takes_she(attribute):
    text = (
        "Olena Dravnik, whose brother is a prisoner of war, said she wanted an exchange "
        'first. Petro Marchuk, a veteran, said the front must hold. "I cannot wait another '
        'winter," she said.'
    )
    assert holders_of(attribute(text), 2) == [("Dravnik", "direct")]


def test_a_nationality_picks_the_minister_the_article_described_so(attribute):
    text = (
        "Greek Foreign Minister Nikos Varvakis and his Portuguese counterpart, Ines Corvalho, "
        'met in Athens. Varvakis said the plan was serious. "Diplomacy needs patience," the '
        "Portuguese minister said."
    )
    assert holders_of(attribute(text), 2) == [("Corvalho", "direct")]


def test_a_role_word_before_a_role_narrows_it(attribute):
    text = (
        "Mayor Halyna Ostrenko said the town needed shelters. Her deputy, Pavlo Hrynko, "
        'disagreed. "Shelters will not stop the shells," the deputy mayor said.'
    )
    assert holders_of(attribute(text), 2) == [("Hrynko", "direct")]


def test_a_nationality_never_moves_a_role_to_someone_described_in_another_role(attribute):
    text = (
        "President Volodymyr Zelensky spoke to reporters. Ukraine's foreign minister, Andrii "
        "Sybiha, flew to Rome. The Ukrainian president said talks must wait. Mayor Halyna "
        "Ostrenko met Deputy Prime Minister Olha Varenko. The deputy mayor said the shelters "
        "were full."
    )
    result = attribute(text)
    assert holders_of(result, 2) == [("Zelensky", "indirect")]
    assert ("Varenko", "indirect") not in holders_of(result, 4)


def test_a_counterpart_of_another_role_is_not_the_role(attribute):
    text = (
        "Foreign Minister Andrii Sybiha met his Portuguese counterpart, Paulo Rangel, in Kyiv. "
        "President Volodymyr Zelensky thanked Portugal for its support. "
        "The Portuguese president said talks must wait."
    )
    assert ("Rangel", "indirect") not in holders_of(attribute(text), 2)


def test_a_persons_office_speaks_for_the_person_and_a_countrys_for_itself(attribute):
    text = (
        "Sen. Harlan Doyle criticised the audit. His office said he would attend a briefing. "
        "Velmont's presidential office said the talks would wait."
    )
    result = attribute(text)
    assert holders_of(result, 1) == [("Doyle", "indirect")]
    assert holders_of(result, 2) == [("Velmont's presidential office", "indirect")]
    text = "Rui Tovar denied the report on Monday. Tovar's office said he had been misquoted."
    assert holders_of(attribute(text), 1) == [("Tovar", "indirect")]
    assert holders_of(attribute("Sofia Airport said flights would resume."), 0) == [
        ("Sofia Airport", "indirect")
    ]


def test_figures_from_a_ministry_are_the_ministrys(attribute):
    text = "The plan has delivered rounds to the front, according to figures from the ministry."
    assert holders_of(attribute(text), 0) == [("ministry", "according_to")]


def test_a_capitalised_subject_with_an_appositive_is_a_name(attribute):
    text = "Eurofund, the depository that holds the funds, said profits rose."
    assert holders_of(attribute(text), 0) == [("Eurofund", "indirect")]  # tagged an adverb


def test_an_acronym_is_the_organisation_the_article_spelled_out(attribute):
    text = "The Baltic Grain Council asked for a delay. The BGC said the harvest was late."
    assert holders_of(attribute(text), 1) == [("Baltic Grain Council", "indirect")]
