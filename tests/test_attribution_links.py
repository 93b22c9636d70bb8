"""Links the article itself makes: documents to their issuers, "who" and "which" to the
person or party they describe, the first of two surnames, subjects the parser misplaces.

Every name and body here is invented; none of the wording comes from the corpus or the
seed article.
"""

from conftest import holders_of


def test_a_document_named_again_is_the_holder_who_issued_it(attribute):
    text = (
        "The Harrow Institute published a study on Monday on the cost of the war. "
        "The study said a truce would save the region two billion euros a year."
    )
    assert holders_of(attribute(text), 1) == [("Harrow Institute", "indirect")]


def test_the_statement_is_the_ministry_it_came_from(attribute):
    text = (
        "Talks ended without a deal, according to a statement from the Tervian foreign "
        "ministry. The statement said the hosts would try again."
    )
    assert [h for h, _ in holders_of(attribute(text), 1)] == ["Tervian foreign ministry"]


def test_an_open_letter_is_theirs_who_signed_it(attribute):
    text = (
        "More than 40 veterans' groups signed an open letter on Monday urging faster "
        'deliveries. "A truce now is a trap," the letter said.'
    )
    assert [h for h, _ in holders_of(attribute(text), 1)] == ["More than 40 veterans' groups"]


def test_a_position_paper_is_theirs_who_called_for_something_in_it(attribute):
    text = (
        "A group of 12 Green lawmakers called on Tuesday for new talks, in a position paper "
        "that split the party. The paper argues that deliveries should be tied to a peace plan."
    )
    assert [h for h, _ in holders_of(attribute(text), 1)] == ["group of 12 Green lawmakers"]


def test_a_first_definite_document_belongs_to_who_spoke_just_before(attribute):
    text = (
        "The audit office of Tervia said on Friday that most donated rifles were accounted for. "
        "The report, its third this year, covered 9,000 items. "
        "Nine in ten items were checked in person, the report said."
    )
    assert holders_of(attribute(text), 2) == [("audit office of Tervia", "indirect")]


def test_someone_who_dismisses_a_document_does_not_become_its_author(attribute):
    text = (
        "The finance office said on Monday that the budget was tight. "
        "Minister Pavel Oradin dismissed the memo as naive. "
        "The memo argues that arms deliveries should be tied to a peace plan."
    )
    assert holders_of(attribute(text), 2) == [("memo", "indirect")]  # its issuer is unknown


def test_a_document_that_names_its_issuer_is_that_issuers(attribute):
    text = "The defence ministry said the front held. The UN report said troops had moved."
    assert holders_of(attribute(text), 1) == [("UN", "indirect")]


def test_a_dated_document_is_not_the_last_institutions(attribute):
    text = "The defence ministry said the front held. The Monday statement said troops moved."
    assert holders_of(attribute(text), 1) == [("Monday statement", "indirect")]


def test_a_letter_someone_received_is_not_theirs(attribute):
    text = (
        "Senator Tom Pruett said he had received a letter threatening his family. "
        "The letter said he should stop backing the aid bill."
    )
    assert holders_of(attribute(text), 1) == [("letter", "indirect")]  # its writer is unknown


def test_a_person_who_just_spoke_is_not_the_author_of_the_next_document(attribute):
    text = "Tom Pruett said he would appeal. The ruling said the export ban was lawful."
    assert holders_of(attribute(text), 1) == []


def test_a_new_document_of_unknown_origin_resets_the_author(attribute):
    text = (
        "The Harrow Institute published a study on Monday. "
        "On Friday a study appeared online. "
        "The study said a truce would save two billion euros a year."
    )
    assert holders_of(attribute(text), 2) == [("study", "indirect")]


def test_who_after_a_place_complement_is_the_person_described(attribute):
    text = (
        "The blockade has given new voice to Petra Linde, a deputy from the valley, "
        "who wants the government to cap military aid."
    )
    assert holders_of(attribute(text), 0) == [("Linde", "indirect")]


def test_which_after_a_party_name_gives_the_party_a_view(attribute):
    text = (
        '"Each shipment prolongs the war," said Jonas Weld, leader of the small Quiet '
        "Harbour party, which has called for a freeze on deliveries."
    )
    holders = [holder for holder, _ in holders_of(attribute(text), 0)]
    assert holders == ["Weld", "Quiet Harbour"]


def test_who_after_a_place_of_an_organisation_is_the_organisation(attribute):
    text = "The army in Kharkiv, who said the shelling had eased, asked for more shells."
    assert [h for h, _ in holders_of(attribute(text), 0)] == ["army"]


def test_an_organisation_named_beside_its_description_is_the_holder(attribute):
    text = (
        "A coalition of church groups, Bread Not Bombs, endorsed the bill, saying talks "
        "should start before the next shipment."
    )
    # the small parser splits the name; what matters is that the name, not the
    # description, is the holder ("Bombs" is scored as "Bread Not Bombs")
    assert [h for h, _ in holders_of(attribute(text), 0)] == ["Bombs"]


def test_a_place_beside_an_organisation_is_not_its_name(attribute):
    text = "A delegation from Springfield, Illinois, said the shipments should continue."
    assert [h for h, _ in holders_of(attribute(text), 0)] == ["delegation"]


def test_a_banner_quoted_in_narration_is_not_the_last_speakers_words(attribute):
    text = (
        '"We will not give up one field," Mayor Olha Brandt said at the rally.\n\n'
        "About 300 farmers gathered outside the ministry, some carrying banners that read "
        '"Talks now, not tanks."'
    )
    assert holders_of(attribute(text), 1) == []


def test_a_quote_that_is_its_own_sentence_still_continues_the_speaker(attribute):
    text = (
        '"We will not give up one field," Mayor Olha Brandt said at the rally. '
        '"Not one, whatever the generals in the capital want."'
    )
    assert holders_of(attribute(text), 1) == [("Brandt", "continuation")]


def test_a_quote_after_a_colon_still_continues_the_speaker(attribute):
    text = (
        '"We will not give up one field," Mayor Olha Brandt said at the rally. '
        'Her message to the farmers: "Do not sell your land, and do not leave."'
    )
    assert holders_of(attribute(text), 1) == [("Brandt", "continuation")]


def test_the_middle_word_of_a_three_word_name_is_the_same_person(attribute):
    text = (
        "Foreign Secretary Lucia Ordaz Benitez said her country would host talks. "
        "Ordaz also said it would keep buying grain from both sides."
    )
    result = attribute(text)
    assert holders_of(result, 0) == holders_of(result, 1) == [("Benitez", "indirect")]


def test_whoever_is_told_something_is_not_its_holder(attribute):
    text = (
        "Senator Tom Pruett met the envoy on Monday. "
        "He was told by a senior official that a freeze would weaken Kyiv."
    )
    assert [h for h, _ in holders_of(attribute(text), 1)] == ["senior official"]


def test_someone_quoted_by_an_agency_is_still_a_holder(attribute):
    text = "Tom Pruett was quoted by the Interfax news agency as saying the talks were over."
    assert "Pruett" in [h for h, _ in holders_of(attribute(text), 0)]


def test_a_second_name_joined_after_an_appositive_is_a_holder_too(attribute):
    text = (
        "Ana Moko, the presidency's special envoy, and African Union envoy Ibra Sankar "
        "called for a ceasefire along current lines."
    )
    assert [h for h, _ in holders_of(attribute(text), 0)] == ["Moko", "Sankar"]


def test_whoever_an_agency_quotes_as_saying_is_the_holder(attribute):
    text = "The state news agency quoted Vadim Zotin as saying Moscow keeps its word on swaps."
    assert "Zotin" in [h for h, _ in holders_of(attribute(text), 0)]


def test_whoever_asks_a_question_is_not_a_holder(attribute):
    text = (
        "Minister Eva Lund met her counterpart on Monday. Asked by reporters whether a peace "
        "conference was planned, she said the subject came up."
    )
    assert holders_of(attribute(text), 1) == [("Lund", "indirect")]


def test_several_of_whom_is_the_whole_group_not_its_complement(attribute):
    text = (
        "About 40 senators from both parties, several of whom said they would vote no, "
        "met on Monday."
    )
    assert [h for h, _ in holders_of(attribute(text), 0)] == ["About 40 senators"]


def test_a_banner_after_a_colon_is_not_the_last_speakers_words(attribute):
    text = (
        '"We will not give up one field," Mayor Olha Brandt said at the rally. '
        'Protesters carried banners that read: "No cuts to the pensions, not one."'
    )
    assert holders_of(attribute(text), 1) == []


def test_citing_a_ruling_does_not_make_its_author_speak(attribute):
    text = "The court cited a 2019 ruling by Ana Vell, a former judge, in its decision."
    assert [h for h, _ in holders_of(attribute(text), 0)] == ["court"]


def test_someone_among_those_who_spoke_is_a_holder(attribute):
    text = "Senator Ana Vell was among those who called for talks."
    assert holders_of(attribute(text), 0) == [("Vell", "indirect")]


def test_among_those_who_spoke_was_someone_is_theirs_too(attribute):
    text = "Among the senators who called for talks was Ana Vell of Ohio."
    assert holders_of(attribute(text), 0) == [("Vell", "indirect")]


def test_someone_not_among_those_who_think_so_is_no_holder(attribute):
    text = "Tom Pruett is not among those who think the war can be won."
    assert holders_of(attribute(text), 0) == []


def test_two_people_among_a_group_keep_the_group(attribute):
    text = "Ana Vell and Tom Pruett were among the senators who urged a ceasefire."
    assert [h for h, _ in holders_of(attribute(text), 0)] not in (["Vell"], ["Pruett"])


def test_a_pronoun_joined_to_a_named_subject_is_a_holder_too(attribute):
    text = (
        "Katrin Wessel said the vote was close. She and Social Democrat lawmaker Jonas "
        "Hall said a ceasefire now would only freeze the invader's gains."
    )
    assert sorted(h for h, _ in holders_of(attribute(text), 1)) == ["Hall", "Wessel"]


def test_several_of_whom_after_a_pronoun_names_nobody_and_does_not_crash(attribute):
    text = "The minister met them on Monday, several of whom said the talks should start."
    assert [h for h, _ in holders_of(attribute(text), 0)] == ["minister"]


def test_many_of_whom_stays_with_the_group_not_what_it_is_among(attribute):
    text = "The plan has support among farmers, many of whom said they want talks now."
    assert [h for h, _ in holders_of(attribute(text), 0)] == ["farmers"]
