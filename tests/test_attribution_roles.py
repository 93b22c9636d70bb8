"""Roles the article links to a person: titles, synonyms, leads that name their speaker
later, and roles that bring in someone new ("a spokesman", "another envoy").

Every name and body here is invented; none of the wording comes from the corpus or the
seed article.
"""

from conftest import holders_of


def test_a_religious_title_makes_a_role_alias(attribute):
    text = (
        "At Mass in the cathedral, Bishop Marek Nowak urged the faithful to pray for peace. "
        "The bishop later said every government must do more to end the war at the table."
    )
    assert holders_of(attribute(text), 1) == [("Nowak", "indirect")]


def test_a_synonym_role_finds_the_person_when_the_role_itself_finds_nobody(attribute):
    text = (
        "Kyiv's envoy in Vienna, Ihor Savko, said the cuts would hurt. "
        "The ambassador said Ukraine would ask other partners to make up the difference."
    )
    assert holders_of(attribute(text), 1) == [("Savko", "indirect")]


def test_a_synonym_role_never_overrides_a_person_with_the_role_itself(attribute):
    text = (
        "Ukraine's ambassador, Dana Moroz, met the minister on Monday. "
        "Kyiv's envoy in Vienna, Ihor Savko, said the cuts would hurt. "
        "The ambassador said Ukraine would ask other partners for help."
    )
    assert holders_of(attribute(text), 2) == [("Moroz", "indirect")]


def test_a_synonym_role_needs_a_single_person_to_answer_to_it(attribute):
    text = (
        "Kyiv's envoy in Vienna, Ihor Savko, said the cuts would hurt. "
        "Kyiv's envoy in Rome, Pavlo Dun, agreed. "
        "The ambassador said Ukraine would ask other partners for help."
    )
    assert holders_of(attribute(text), 2) == [("ambassador", "indirect")]


def test_a_title_before_a_signature_name_is_not_the_speaker(attribute):
    text = '"Send the jets before winter" - Sgt. Olena Dovha, a medic from Sumy.'
    assert holders_of(attribute(text), 0) == [("Dovha", "direct")]


def test_a_lead_describes_the_person_the_next_sentence_names(attribute):
    text = (
        "OSLO, May 3 - Norway's chief of defence said on Monday that a truce now would be "
        'a gift to Moscow. "We must keep the shells moving," Eirik Dahl told a conference.'
    )
    assert holders_of(attribute(text), 0) == [("Dahl", "indirect")]


def test_a_lead_role_stays_unlinked_when_two_people_are_named_next(attribute):
    text = (
        "OSLO, May 3 - Norway's chief of defence said on Monday that a truce now would be "
        "a gift to Moscow. Eirik Dahl and Siri Holm both spoke at a conference."
    )
    assert holders_of(attribute(text), 0) == [("Norway's chief of defence", "indirect")]


def test_an_anonymous_lead_source_is_never_given_a_name(attribute):
    text = (
        "OSLO, May 3 - A senior official said on Monday that a truce now would be a gift "
        "to Moscow. Defence Minister Eirik Dahl told a conference the shells must keep moving."
    )
    assert [h for h, _ in holders_of(attribute(text), 0)] == ["senior official"]


def test_a_role_after_the_lead_is_not_linked_to_the_next_name(attribute):
    text = (
        "Talks resumed on Monday. Norway's chief of defence said a truce would be a gift to "
        "Moscow. Eirik Dahl told a conference the shells must keep moving."
    )
    assert holders_of(attribute(text), 1) == [("Norway's chief of defence", "indirect")]


def test_a_lead_role_is_not_a_person_of_another_role(attribute):
    text = (
        "KYIV, May 3 - Ukraine's top general said on Monday that the front was holding. "
        "President Ivan Petrenko said talks were not on the table."
    )
    assert holders_of(attribute(text), 0) == [("Ukraine's top general", "indirect")]


def test_a_lead_role_is_not_a_person_who_only_acts(attribute):
    text = (
        "KYIV, May 3 - The army's commander said the front was holding. "
        "Ivan Petrenko ordered a new offensive on Tuesday."
    )
    assert holders_of(attribute(text), 0) == [("army's commander", "indirect")]


def test_a_lead_role_is_not_a_person_of_the_other_gender(attribute):
    text = (
        "ALBANY, May 3 - The governor said she would veto the bill. "
        "Tom Pruett said he would try again."
    )
    assert holders_of(attribute(text), 0) == [("governor", "indirect")]


def test_a_role_with_a_or_an_is_someone_new(attribute):
    text = (
        "Kyiv's envoy in Vienna, Ihor Savko, said the cuts would hurt. "
        "A special envoy from Beijing said talks must start."
    )
    assert holders_of(attribute(text), 1) == [("special envoy from Beijing", "indirect")]


def test_a_first_name_after_a_party_word_still_tells_the_gender(attribute):
    text = (
        "Hungarian MEP Agnes Szabo called the fund a war chest. "
        "German Green MEP Lukas Berger said air defence keeps buildings standing. "
        "She replied that the money had not brought peace any closer."
    )
    assert holders_of(attribute(text), 2) == [("Szabo", "indirect")]


def test_another_role_noun_is_someone_new_too(attribute):
    text = (
        "Spokesman Ivan Petrov said the talks were over. Another spokesman said they might resume."
    )
    assert holders_of(attribute(text), 1) == [("spokesman", "indirect")]


def test_a_role_owned_by_another_place_is_not_the_titled_person(attribute):
    text = (
        "Kharkiv Gov. Oleh Syrota said the shelling had stopped overnight. "
        "Zaporizhzhia's governor said it had not."
    )
    assert holders_of(attribute(text), 1) == [("Zaporizhzhia's governor", "indirect")]


def test_a_job_or_a_person_owning_the_role_is_no_other_place(attribute):
    text = (
        "Interior Minister Ihor Danylko said the border was calm. Ukraine's interior "
        "minister added that patrols would continue. Trump's envoy, Steve Wilcox, said talks "
        "were possible. Washington's envoy added that a meeting was planned."
    )
    result = attribute(text)
    assert [holders_of(result, i) for i in (1, 3)] == [
        [("Danylko", "indirect")],
        [("Wilcox", "indirect")],
    ]


def test_a_role_in_the_lead_of_a_body_not_named_yet_is_the_person_named_next(attribute):
    text = (
        "KYIV - The head of a Ukrainian veterans' group said on Monday that demobilisation "
        'could not wait. "We cannot wait," Ivan Melnyk told reporters.'
    )
    assert holders_of(attribute(text), 0) == [("Melnyk", "indirect")]


def test_a_capital_stands_for_its_country_in_a_role(attribute):
    text = (
        "Ukraine's ambassador, Dana Moroz, met the minister on Monday. "
        "Kyiv's envoy said Ukraine would ask other partners for help."
    )
    assert holders_of(attribute(text), 1) == [("Moroz", "indirect")]


def test_the_head_of_a_body_not_named_before_is_someone_new(attribute):
    text = (
        "Council President Ilse Brandt said the fund would grow. The president of a small "
        "farmers' association said the fund was wasted."
    )
    assert holders_of(attribute(text), 1) == [("president", "indirect")]
