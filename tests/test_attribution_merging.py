"""One holder per person or body across an article, so the per-holder stance gathers all
of its evidence: a later shorter mention ("the ministry", "the official", "Castro Vidal")
is the holder the article introduced, and a different one stays apart.

Every name and body here is invented; none of the wording comes from the corpus or the
seed article.
"""

import pytest
from conftest import holders_of


def names(result, index):
    return [holder for holder, _ in holders_of(result, index)]


def test_the_ministry_said_again_is_the_ministry_named_before(attribute):
    text = (
        "Tervia's trade ministry said on Monday that exports of engines would stop. "
        "The ministry said the rule would apply to every buyer. "
        "The trade ministry later added that licences already issued would stand."
    )
    result = attribute(text)
    assert names(result, 1) == names(result, 0) == names(result, 2) == ["Tervia's trade ministry"]


def test_a_ministry_with_another_word_is_another_ministry(attribute):
    text = (
        "Tervia's trade ministry said on Monday that exports of engines would stop. "
        "The defence ministry said the army had enough engines for a year."
    )
    assert names(attribute(text), 1) == ["defence ministry"]


def test_the_latest_matching_ministry_is_meant(attribute):
    text = (
        "Tervia's trade ministry said exports would stop. Osland's foreign ministry said it "
        "regretted the step. The ministry added that it would raise the matter in Geneva."
    )
    assert names(attribute(text), 2) == ["Osland's foreign ministry"]


def test_a_place_and_its_adjective_name_one_ministry(attribute):
    text = (
        "The Bolivian energy ministry said the pipeline would reopen in May. "
        "Bolivia's energy ministry had said in March that it would reopen in June."
    )
    result = attribute(text)
    assert names(result, 1) == names(result, 0) == ["Bolivian energy ministry"]


def test_a_place_with_an_irregular_adjective_names_one_ministry(attribute):
    text = (
        "Spain's defence ministry said it would send two more batteries. The Spanish "
        "defence ministry later said they would arrive in May. The French defence "
        "ministry said it would match the offer."
    )
    result = attribute(text)
    assert names(result, 1) == names(result, 0) == ["Spain's defence ministry"]
    assert names(result, 2) == ["French defence ministry"]


def test_the_official_is_the_anonymous_official_who_spoke_before(attribute):
    text = (
        "Osland will not send tanks for now, a senior presidential official said on Friday. "
        "The official said the government backed every serious effort toward a truce."
    )
    result = attribute(text)
    assert names(result, 1) == names(result, 0) == ["senior presidential official"]


def test_one_official_is_not_a_group_of_officials(attribute):
    text = (
        "Officials in Osland said the talks had stalled. "
        "The official said a second round was unlikely before spring."
    )
    assert names(attribute(text), 1) == ["official"]


def test_a_new_official_is_not_the_one_before(attribute):
    text = (
        "A senior presidential official said the talks had stalled. "
        "Another official said a second round was likely before spring."
    )
    result = attribute(text)
    assert (names(result, 0), names(result, 1)) == (["senior presidential official"], ["official"])


def test_the_last_words_of_a_full_name_are_the_same_person(attribute):
    text = (
        "Foreign Minister Helena Marques Duarte told delegates that Tervia would host a "
        'meeting. "No side will win this on the battlefield," Marques Duarte said.'
    )
    result = attribute(text)
    assert names(result, 1) == names(result, 0) == ["Duarte"]


def test_people_who_share_only_a_surname_stay_apart(attribute):
    text = (
        "Foreign Minister Helena Marques Duarte said talks should start. "
        "Opposition leader Rui Duarte said talks would be a trap."
    )
    result = attribute(text)
    assert (names(result, 0), names(result, 1)) == (["Helena Marques Duarte"], ["Rui Duarte"])


def test_the_last_words_two_people_share_name_neither(attribute):
    text = (
        "Ana Marques Duarte said the plan was sound. Rui Marques Duarte said it was "
        "reckless. Marques Duarte later said the family would not comment."
    )
    holders = [names(attribute(text), i) for i in range(3)]
    assert holders == [["Ana Marques Duarte"], ["Rui Marques Duarte"], ["Marques Duarte"]]


@pytest.mark.parametrize(
    "body", ["Foreign Ministry", "General Staff", "Armed Forces", "National Guard", "Chancellery"]
)
def test_two_countries_bodies_named_in_full_stay_two_holders(attribute, body):
    text = (
        f"The Russian {body} said the strike had been repelled. "
        f"The Ukrainian {body} said the strike had hit its target."
    )
    result = attribute(text)
    assert (names(result, 0), names(result, 1)) == ([f"Russian {body}"], [f"Ukrainian {body}"])


def test_the_capitalised_body_said_again_is_the_body_named_before(attribute):
    text = (
        "The Tervian Trade Commission said it would propose new duties. "
        "The Commission added that the duties would target shipping."
    )
    result = attribute(text)
    assert names(result, 0) == names(result, 1) == ["Tervian Trade Commission"]


def test_the_ministry_after_another_ministry_came_up_is_not_the_first(attribute):
    text = (
        "Tervia's trade ministry said exports of engines would stop. The trade minister "
        "accused the defence ministry of hoarding parts. The ministry said it had hidden "
        "nothing."
    )
    assert names(attribute(text), 2) == ["ministry"]


def test_the_official_after_another_official_came_up_is_not_the_first(attribute):
    text = (
        "A senior presidential official said talks had stalled. Reporters later met an "
        "official from the trade ministry. The official said exports would resume."
    )
    assert names(attribute(text), 2) == ["official"]


def test_the_mp_is_the_mp_named_before(attribute):
    text = (
        "Labour MP Dana Whitcombe said the aid should continue. "
        "The MP added that talks were premature."
    )
    result = attribute(text)
    assert names(result, 0) == names(result, 1) == ["Whitcombe"]


def test_a_name_beside_an_envoys_complement_is_one_person(attribute):
    text = (
        "Osland's envoy to the European Union, Louis-Philippe Caron, argued that new "
        "sanctions should come first. Caron added that talks could wait until spring."
    )
    result = attribute(text)  # the small model reads the hyphenated name as a body
    assert names(result, 0) == names(result, 1) == ["Caron"]


def test_a_professors_university_is_not_part_of_the_name(attribute):
    text = (
        '"Strikes deep behind the lines will not end this war"\n- Prof. Maja Nyqvist of '
        "Uppsala University.\nNyqvist has suggested pairing deliveries with talks."
    )
    result = attribute(text)  # the small model reads "Maja Nyqvist" as a body
    assert {holder for _, holder, _, _ in result} == {"Nyqvist"}


def test_an_mp_title_is_not_part_of_the_name(attribute):
    text = (
        "Independent MP Derwent Holby, who chairs a small group of anti-war backbenchers, "
        "said Britain should press for talks. Holby added that he would vote against."
    )
    result = attribute(text)
    assert names(result, 0) == names(result, 1) == ["Holby"]


def _registry(pipeline_cfg):
    from omegaconf import OmegaConf

    from stance.holders import HolderRegistry, RegistrySettings

    attribution = pipeline_cfg.pipeline.attribution
    settings = RegistrySettings(
        attribution.role_lookahead,
        attribution.lead_lookahead,
        tuple(attribution.family_name_words),
        tuple(attribution.person_name_words),
    )
    return HolderRegistry(OmegaConf.to_container(attribution.lexicon), settings)


def _parsed(attributor, text: str, entity: str, label: str):
    """The real parse, with the tagger's reading of `entity` forced to `label`: the small
    model reads some people's names as organisations, depending on the words around."""
    from spacy.tokens import Span

    doc = attributor.nlp(text)
    start = doc.text.index(entity)
    span = doc.char_span(start, start + len(entity), label=label)
    assert span is not None
    doc.ents = [Span(doc, span.start, span.end, label)]
    return doc


def _key_of(registry, docs, index: int, word: str) -> str | None:
    """Learn every sentence first, as the pipeline does, then resolve `word` of one."""
    for doc in docs:
        registry.learn(doc)
    registry.resolving = True
    resolved = registry.resolve(next(t for t in docs[index] if t.text == word), speaking=True)
    return resolved and resolved.key


def test_a_professor_read_as_a_body_with_the_university_is_the_professor(pipeline_cfg, attributor):
    doc = _parsed(
        attributor,
        "Prof. Maja Nyqvist of Uppsala University said talks could start.",
        "Maja Nyqvist of Uppsala University",
        "ORG",
    )
    registry = _registry(pipeline_cfg)
    key = _key_of(registry, [doc], 0, "Nyqvist")
    assert key is not None and registry.entries[key].full_name == "Maja Nyqvist"


def test_a_father_and_son_with_generation_suffixes_stay_two_holders(attribute):
    text = (
        "The Rev. Charles Elliott Jr. said the church would stay open. Assistant pastor "
        "Charles Elliott III said the vigil would go on."
    )
    result = attribute(text)
    assert (names(result, 0), names(result, 1)) == (
        ["Charles Elliott Jr."],
        ["Charles Elliott III"],
    )


def test_a_display_name_survives_an_empty_name_in_the_article(pipeline_cfg):
    from stance.pronouns import PERSON, HolderEntry

    registry = _registry(pipeline_cfg)
    registry.entries = {
        "": HolderEntry("", "", PERSON),
        "tovar": HolderEntry("tovar", "Rui Tovar", PERSON),
    }
    assert registry.display_name("tovar") == "Tovar"


def test_a_name_the_parser_hangs_across_a_semicolon_teaches_no_alias(pipeline_cfg):
    """Built by hand: the parser made "Halvorsen" an appositive of "test" across ";"."""
    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    headline = Doc(
        vocab,
        words=["Leaders", "denounce", "the", "test", ";", "Halvorsen", "."],
        pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "PUNCT"],
        tags=["NNS", "VBP", "DT", "NN", ":", "NNP", "."],
        deps=["nsubj", "ROOT", "det", "dobj", "punct", "appos", "punct"],
        heads=[1, 1, 3, 1, 3, 3, 1],
        lemmas=["leader", "denounce", "the", "test", ";", "Halvorsen", "."],
        ents=["O", "O", "O", "O", "O", "B-PERSON", "O"],
    )
    later = Doc(
        vocab,
        words=["The", "test", "comes", "."],
        pos=["DET", "NOUN", "VERB", "PUNCT"],
        tags=["DT", "NN", "VBZ", "."],
        deps=["det", "nsubj", "ROOT", "punct"],
        heads=[1, 2, 2, 2],
        lemmas=["the", "test", "come", "."],
    )
    registry = _registry(pipeline_cfg)
    resolved = _key_of(registry, [headline, later], 1, "test")
    assert resolved != "halvorsen"


def test_a_senator_whose_surname_ends_like_a_body_keeps_the_title_apart(attribute):
    text = "Sen. Ellis Courts said the bill would pass. The senator added that the vote was Friday."
    result = attribute(text)
    assert names(result, 0) == names(result, 1) == ["Courts"]


def test_a_body_named_again_without_its_country_is_the_body_named_in_full(attribute):
    text = (
        "The Tervian Foreign Office said the envoy had been summoned. "
        "The Foreign Office added that the embassy would stay open."
    )
    result = attribute(text)
    assert names(result, 0) == names(result, 1) == ["Tervian Foreign Office"]


def test_a_short_body_name_two_bodies_end_in_stays_its_own(attribute):
    text = (
        "The Russian Foreign Ministry said the talks were premature. The Ukrainian Foreign "
        "Ministry said they were overdue. The Foreign Ministry said it had nothing to add."
    )
    holders = [names(attribute(text), i) for i in range(3)]
    assert holders == [
        ["Russian Foreign Ministry"],
        ["Ukrainian Foreign Ministry"],
        ["Foreign Ministry"],
    ]


def test_a_person_is_never_the_company_the_parser_hung_beside_them(attribute):
    text = (
        "Among Holm's believers is Anders Ruud Paulsen, a founder of T3C, a company outside "
        "Bergen. Mr. Ruud Paulsen said the plan would work. The company said it had raised "
        "new money."
    )
    result = attribute(text)
    assert (names(result, 1), names(result, 2)) == (["Paulsen"], ["company"])


def test_two_countries_possessed_bodies_stay_two_holders(attribute):
    text = (
        "Russia's Foreign Ministry said the talks were premature. "
        "Ukraine's Foreign Ministry said they were overdue. "
        "The Ukrainian Foreign Ministry later added that a second round was possible."
    )
    holders = [names(attribute(text), i) for i in range(3)]
    assert holders == [
        ["Russia's Foreign Ministry"],
        ["Ukraine's Foreign Ministry"],
        ["Ukraine's Foreign Ministry"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Labour Party said the aid should continue. A Conservative lawmaker disagreed. "
            "The Conservative Party said the aid should be capped.",
            {0: ["Labour Party"], 2: ["Conservative Party"]},
        ),
        (
            "The Ukrainian Foreign Ministry said the talks were overdue. Russia's Foreign "
            "Ministry said they were premature.",
            {0: ["Ukrainian Foreign Ministry"], 1: ["Russia's Foreign Ministry"]},
        ),
        (
            "The Federal Security Service said it had foiled a plot. Ukraine's Security "
            "Service said the claim was false.",
            {0: ["Federal Security Service"], 1: ["Ukraine's Security Service"]},
        ),
        (
            "Poland's Foreign Ministry said the envoy had been summoned. The Polish Foreign "
            "Ministry added that the embassy would stay open.",
            {0: ["Poland's Foreign Ministry"], 1: ["Poland's Foreign Ministry"]},
        ),
    ],
)
def test_bodies_named_with_other_words_are_other_bodies(attribute, text, expected):
    result = attribute(text)
    assert {i: names(result, i) for i in expected} == expected


def test_a_company_the_tagger_reads_as_a_person_keeps_its_own_appositive(attribute):
    text = (
        "Tomas Reyes, the chief executive of Vantaro, a company in Porto, said orders had "
        "doubled. The company said it would hire 200 workers."
    )
    assert names(attribute(text), 1) == ["Vantaro"]


@pytest.mark.parametrize(("first", "second"), [("Chilean", "Peruvian"), ("Tervian", "Oslandic")])
def test_two_countries_navies_stay_apart_when_the_nationality_is_read_as_an_adjective(
    attribute, first, second
):
    text = (
        f"The {first} Navy said its frigates would stay in port. The {second} Navy said the "
        f"frigates had sailed at dawn. The {first} Navy later denied that."
    )
    result = attribute(text)
    assert names(result, 0) == names(result, 2) == [f"{first} Navy"]
    assert names(result, 1) == [f"{second} Navy"]


def test_the_bare_navy_after_one_named_navy_is_that_navy(attribute):
    text = (
        "The Tervian Navy said its frigates would stay in port. "
        "The Navy later added that shore leave was cancelled."
    )
    result = attribute(text)
    assert names(result, 1) == names(result, 0) == ["Tervian Navy"]


def test_offices_owned_by_different_roles_are_different_bodies(attribute):
    text = (
        "Peru's Prosecutor General's Office said it had opened a case against the mayor. "
        "The President's Office said the case was political. "
        "The Prosecutor General's Office said more charges would follow."
    )
    result = attribute(text)
    assert names(result, 0) == names(result, 2) == ["Peru's Prosecutor General's Office"]
    assert names(result, 1) == ["President's Office"]


@pytest.mark.parametrize(
    ("first", "second"),
    [("The Andean Council's", "The Pacific League's"), ("OPBA's", "TSCU's")],
)
def test_committees_of_two_named_bodies_stay_apart(attribute, first, second):
    text = (
        f"{first} Trade Committee said tariffs would fall. "
        f"{second} Trade Committee said they would rise."
    )
    result = attribute(text)
    assert names(result, 0) == [f"{first.removeprefix('The ')} Trade Committee"]
    assert names(result, 1) == [f"{second.removeprefix('The ')} Trade Committee"]


def test_a_named_persons_office_speaks_for_them_capitalised_too(attribute):
    text = (
        "Ana Sorel said the tariffs would stay. Later, Sorel's Office said they would be reviewed."
    )
    result = attribute(text)
    assert names(result, 1) == names(result, 0) == ["Sorel"]


def test_ministries_named_with_of_complements_for_two_countries_stay_apart(attribute):
    text = (
        "The Ministry of Fisheries of Chile said the quota would fall. "
        "The Ministry of Fisheries of Peru said it would rise."
    )
    result = attribute(text)
    assert names(result, 0) == ["Ministry of Fisheries of Chile"]
    assert names(result, 1) == ["Ministry of Fisheries of Peru"]


def test_a_role_described_by_its_country_is_that_countrys_role_named_before(attribute):
    text = (
        "Chile's trade minister said tariffs would fall. Peru's trade minister said they "
        "would rise. The Chilean minister added that talks would resume."
    )
    result = attribute(text)
    assert names(result, 2) == names(result, 0) == ["Chile's trade minister"]


def test_an_unnamed_ambassador_is_the_envoy_of_the_same_country(attribute):
    text = (
        "The Chilean ambassador said the talks were over. The Peruvian ambassador said they "
        "had never begun. The Chilean envoy later said Santiago was open to a new round."
    )
    result = attribute(text)
    assert names(result, 2) == names(result, 0) == ["Chilean ambassador"]
    assert names(result, 1) == ["Peruvian ambassador"]


def test_a_place_named_again_as_owner_is_the_ministry_of_its_adjective(attribute):
    text = (
        "The Tervian trade ministry said tariffs would fall. The Oslandic trade ministry "
        "said they would rise. Tervia's trade ministry later said talks would resume."
    )
    result = attribute(text)
    assert names(result, 2) == names(result, 0) == ["Tervian trade ministry"]


def test_a_persons_own_spokesman_is_not_a_spokesman_named_before(attribute):
    text = (
        "A spokesman for the dockers' union said the strike would go on. Ana Sorel "
        "declined to comment, and her spokesman said she was travelling."
    )
    result = attribute(text)
    assert names(result, 0) == ["spokesman"]
    assert "her spokesman" in names(result, 1)


@pytest.mark.parametrize(("determiner", "same"), [("Another", False), ("The", True)])
def test_another_official_is_not_the_official_named_before(attribute, determiner, same):
    text = (
        "One port official said the cranes were unsafe. "
        f"{determiner} port official speaking to local radio said the cranes were fine."
    )
    result = attribute(text)
    assert (names(result, 1) == names(result, 0)) is same


@pytest.mark.parametrize(
    "text",
    [
        # a group of ministers is not one of them
        "The bloc's fisheries ministers said the quota would stay. "
        "The fisheries minister said her country would veto it.",
        # nor is a deputy the minister
        "Tervia's deputy foreign minister said the talks were stalled. "
        "The minister said Tervia wanted guarantees.",
        # nor "the other minister" the one named before
        "Osland's foreign minister said the fund was ready. The other minister said it was not.",
    ],
)
def test_a_role_description_does_not_reach_a_group_a_deputy_or_the_other_one(attribute, text):
    result = attribute(text)
    assert names(result, 1) != names(result, 0)


def test_the_deputy_named_again_as_the_deputy_is_the_same_person(attribute):
    text = (
        "Chile's deputy trade minister said tariffs would fall. "
        "The deputy minister added that talks would resume."
    )
    result = attribute(text)
    assert names(result, 1) == names(result, 0) == ["Chile's deputy trade minister"]


@pytest.mark.parametrize(
    ("second", "same"),
    [
        ("The Peruvian president said the war had to end.", False),
        ("The Chilean president added that talks were possible.", True),
        ("The president added that talks were possible.", True),
    ],
)
def test_a_president_of_another_country_is_not_the_president_named_before(attribute, second, same):
    result = attribute(f"Chilean President Ana Sorel said aid must continue. {second}")
    assert names(result, 0) == ["Sorel"]
    assert (names(result, 1) == ["Sorel"]) is same


def test_a_senator_of_the_other_party_is_not_the_senator_named_before(attribute):
    text = (
        "Democratic Sen. Ana Sorel said aid must continue. "
        "The Republican senator said it must stop."
    )
    assert names(attribute(text), 1) != ["Sorel"]


@pytest.mark.parametrize(("owner", "same"), [("Peru's", False), ("Chile's", True)])
def test_a_lead_role_is_the_person_named_next_only_for_the_same_country(attribute, owner, same):
    text = (
        f"{owner} foreign minister said the talks were over. "
        "Chilean Foreign Minister Rui Tovar told reporters they would resume."
    )
    result = attribute(text)
    assert names(result, 1) == ["Tovar"]
    assert (names(result, 0) == ["Tovar"]) is same


def test_a_possessor_named_as_a_person_is_no_part_of_a_bodys_name(attribute):
    text = (
        "Ana Marchetti said the hill would fall. "
        "Marchetti's Defence Ministry said it had taken the hill."
    )
    assert names(attribute(text), 1) == ["Defence Ministry"]


def test_bodies_owned_by_two_companies_stay_apart(attribute):
    text = (
        "Norvatek's Management Committee said prices would rise. "
        "Baltogaz's Management Committee said they would fall."
    )
    result = attribute(text)
    assert names(result, 0) == ["Norvatek's Management Committee"]
    assert names(result, 1) == ["Baltogaz's Management Committee"]


@pytest.mark.parametrize(
    "text",
    [
        # another name of the same country
        "U.S. President Joe Halloran said aid would continue. "
        "The American president told reporters the package was ready.",
        "British Prime Minister Ana Harding said aid must continue. "
        "The UK prime minister added that the package was ready.",
        # a party or a faith never clashes with a country
        "Republican Sen. Ana Morrow said aid would continue. "
        "The American senator told reporters the package was ready.",
        "Ukrainian President Ivan Bondar said aid must continue. "
        "The Jewish president told reporters the package was ready.",
    ],
)
def test_a_role_described_another_way_is_still_the_person_named_before(attribute, text):
    result = attribute(text)
    assert names(result, 1) == names(result, 0)


@pytest.mark.parametrize(("role", "same"), [("president", False), ("vice president", True)])
def test_a_vice_president_is_not_the_president(attribute, role, same):
    text = f"Vice President Kara Lewis said aid must continue. The {role} said it was ready."
    result = attribute(text)
    assert (names(result, 1) == ["Lewis"]) is same


@pytest.mark.parametrize(
    "text",
    [
        # a party of another country
        "Ukrainian President Ivan Bondar said aid must continue. "
        "The Democratic president said the package was ready.",
        # another party, written as a noun
        "Democrat Sen. Ana Morrow said aid would continue. "
        "The Republican senator said it must stop.",
        "Liberal Democrats leader Ed Carey said aid would continue. "
        "The Conservative leader said it must stop.",
        # a deputy is no envoy, whichever word names the office
        "Deputy Ambassador Ana Voss said the talks were over. "
        "The envoy told reporters they would resume.",
    ],
)
def test_a_role_of_another_party_country_or_rank_is_someone_else(attribute, text):
    result = attribute(text)
    assert names(result, 1) != names(result, 0)


def test_an_acting_mayor_is_the_mayor(attribute):
    text = (
        "Acting Mayor Ihor Terekh said the shelters were full. "
        "The mayor added that more would open."
    )
    result = attribute(text)
    assert names(result, 1) == names(result, 0) == ["Terekh"]
