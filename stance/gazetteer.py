"""The parser, with known places the statistical tagger missed or took for people.

The small English model reads many transliterated places as people ("Kyiv said", "who left
Kharkiv" tagged PERSON) or as nothing at all, and a place taken for a person then catches
"she" and "he". After its tagger runs, a name of the config's gazetteer
(`pipeline.attribution.gazetteer`: entity label -> names) takes the gazetteer's label when
the tagger left it outside any entity or tagged only people inside it ("Kyiv" or "Kyiv
Oblast" tagged PERSON). Other entities stay: "Transparency International Ukraine" remains
one organisation, and a place already tagged as one keeps its own span.
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
        kept = list(doc.ents)
        matches: dict[tuple[int, int], int] = {}
        for label, start, end in self.matcher(doc, as_spans=False):
            matches.setdefault((start, end), label)  # a name listed twice keeps its first label
        for (start, end), label in sorted(matches.items(), key=lambda m: m[0][0] - m[0][1]):
            overlapping = [e for e in kept if e.start < end and start < e.end]
            misread = [
                e for e in overlapping if e.label_ == PERSON and start <= e.start and e.end <= end
            ]
            if len(misread) < len(overlapping):
                continue  # an entity of its own ("Kyiv Independent") or a longer place
            kept = [e for e in kept if e not in overlapping]
            kept.append(Span(doc, start, end, label=doc.vocab.strings[label]))
        doc.ents = sorted(kept, key=lambda e: e.start)
        return doc


def load_parser(spacy_model: str, gazetteer: dict[str, list[str]] | None = None) -> Language:
    """The spaCy pipeline `spacy_model`, with the gazetteer's places marked after NER."""
    nlp = spacy.load(spacy_model)
    if gazetteer and "ner" in nlp.pipe_names:
        nlp.add_pipe("place_names", after="ner", config={"gazetteer": dict(gazetteer)})
    return nlp
