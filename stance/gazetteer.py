"""The parser, with known places the statistical tagger missed or took for people.

The small English model reads many transliterated places as people ("Kyiv said", "who left
Kharkiv" tagged PERSON) or as nothing at all, and a place taken for a person then catches
"she" and "he". After its tagger runs, a name of the config's gazetteer
(`pipeline.attribution.gazetteer`: entity label -> names) takes the gazetteer's label when
the tagger left it outside any entity or tagged exactly it as a PERSON. Other entities
stay: "Transparency International Ukraine" remains one organisation.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

PERSON = "PERSON"


@Language.factory("place_names", default_config={"gazetteer": {}})
def make_place_names(nlp: Language, name: str, gazetteer: dict[str, list[str]]) -> PlaceNames:
    return PlaceNames(nlp, gazetteer)


class PlaceNames:
    """Pipeline component: gazetteer places outside entities or misread as PERSON."""

    def __init__(self, nlp: Language, gazetteer: dict[str, list[str]]) -> None:
        self.matcher = PhraseMatcher(nlp.vocab)  # exact, case-sensitive text
        for label, names in gazetteer.items():
            self.matcher.add(label, list(nlp.tokenizer.pipe(names)))

    def __call__(self, doc: Doc) -> Doc:
        entities = {(ent.start, ent.end): ent for ent in doc.ents}
        kept = list(doc.ents)
        for label, start, end in self.matcher(doc, as_spans=False):
            misread = entities.get((start, end))
            if misread is not None and misread.label_ == PERSON:
                kept.remove(misread)
            elif any(doc[i].ent_type_ for i in range(start, end)):
                continue
            kept.append(Span(doc, start, end, label=label))
        doc.ents = spacy.util.filter_spans(kept)
        return doc


def load_parser(spacy_model: str, gazetteer: dict[str, list[str]] | None = None) -> Language:
    """The spaCy pipeline `spacy_model`, with the gazetteer's places marked after NER."""
    nlp = spacy.load(spacy_model)
    if gazetteer and "ner" in nlp.pipe_names:
        nlp.add_pipe("place_names", after="ner", config={"gazetteer": dict(gazetteer)})
    return nlp
