"""Stage 2, learned part: the source tagger's spans become attributions next to the rules'.

The rules run first. The tagger's sources then fill sentences where the rules found
no source (cue verbs outside the lexicon, nominal sources, parses the rules cannot read);
optionally they also add sources the rules missed beside rule attributions, lend their
span to an overlapping rule mention, or veto reported-speech attributions they do not
support. A tagged span inside a speech quote is never a source. Holders still come from
the article's `HolderRegistry`, so "he" and "the envoy" resolve as the rules' would.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Token

from stance.holders import HolderRegistry, Resolution
from stance.relatives import RELATIVE_OBJECTS, RELATIVE_PRONOUNS, group_before, partitive_relative
from stance.source_tagger import CUE, SOURCE, TaggedSpan
from stance.subjects import conjuncts
from stance.types import Attribution, Quote, Sentence, Span

RULE = "source_tagger"
NOMINAL = {"NOUN", "PROPN", "NUM", "PRON"}
SUBJECTS = {"nsubj", "nsubjpass"}
QUANTIFIER_TAGS = {"ADJ", "DET", "NUM", "PRON"}  # how the parser tags "many", "some", "two"
VETOABLE_RULES = {"speech-verb", "relative-clause"}
FLOATING_RULE = "floating-quote"


class SpanTagger(Protocol):
    """What the attributor needs of a tagger: spans per sentence text (`SourceTagger`)."""

    def tag(self, texts: list[str]) -> list[list[TaggedSpan]]: ...


@dataclass(frozen=True)
class MergeSettings:
    """How tagged sources combine with rule attributions (pipeline.source_tagger)."""

    fill: bool = True  # sentences where the rules found no source mention
    add: bool = False  # also untouched tagged sources beside rule attributions
    refine_spans: bool = False  # a rule mention takes the tagged span that overlaps it
    veto: bool = False  # drop reported-speech rule attributions without a tagged source
    # a source the registry cannot name keeps its phrase, where the rules found no source
    keep_unresolved: bool = False
    # a deed whose actor the tagger marks as a source is a view too ("the panel approved")
    promote_deeds: bool = False
    min_score: float = 0.0  # tagged sources less sure than this are ignored
    # beside a rule source, a tagged phrase inside the object of these restates its view
    container_prepositions: Collection[str] = ("in", "on", "at", "during")


class TaggedSources:
    """Merges one article's tagged spans into the rule attributions, sentence by sentence."""

    def __init__(
        self,
        registry: HolderRegistry,
        text: str,
        quotes: list[Quote],
        settings: MergeSettings,
    ) -> None:
        self.registry = registry
        self.text = text
        self.quotes = quotes
        self.settings = settings

    def merge(
        self, sentence: Sentence, doc: Doc, found: list[Attribution], spans: list[TaggedSpan]
    ) -> list[Attribution]:
        """The sentence's attributions after the tagger had its say."""
        cues = [self._absolute(sentence, s) for s in spans if s.label == CUE]
        tagged = [
            (self._absolute(sentence, s), s.score)
            for s in spans
            if s.label == SOURCE and not self._in_quote(sentence.start + s.start)
        ]
        if self.settings.refine_spans:
            found = [_refined(a, [s for s, _ in tagged]) for a in found]
        if self.settings.veto:  # any tagged source, however unsure, saves a rule attribution
            found = [a for a in found if a.rule not in VETOABLE_RULES or _supported(a, tagged)]
        sources = [s for s, score in tagged if score >= self.settings.min_score]
        if self.settings.promote_deeds:
            found = [_promoted(a, sources) for a in found]
        sourced = any(a.mention for a in found)  # a quote's continuation names nobody here
        if (sourced and not self.settings.add) or not (sourced or self.settings.fill):
            return found
        taken = [a.mention for a in found if a.mention]
        added = [
            a
            for source in sources
            if not any(_overlap(source, m) for m in taken)
            for a in self._attributions(sentence, doc, source, cues, plain=not sourced)
        ]
        if added:  # a named source beats the guess that a quote goes on the last speaker
            found = [a for a in found if a.rule != FLOATING_RULE]
        return found + added

    def _attributions(
        self, sentence: Sentence, doc: Doc, source: Span, cues: list[Span], plain: bool
    ) -> list[Attribution]:
        local = doc.char_span(
            source.start - sentence.start, source.end - sentence.start, alignment_mode="expand"
        )
        if local is None or local.root.is_space or local.root.is_punct:
            return []
        if not plain and _in_container(local.root, self.settings.container_prepositions):
            return []  # beside a rule source, "in a report for X" restates the same view
        cue = min(cues, key=lambda c: abs(c.start - source.end), default=None)
        speech = any(q.start < sentence.end and q.end > sentence.start for q in self.quotes)
        results = []
        for resolved in self._holders(local.root, plain and self.settings.keep_unresolved):
            kind = "anonymous" if resolved.key.startswith("anon:") else "indirect"
            results.append(
                Attribution(
                    sentence=sentence.index,
                    holder=resolved.key,
                    mention=source,
                    cue=cue,
                    kind="direct" if speech and kind == "indirect" else kind,
                    mention_type=resolved.mention_type,
                    rule=RULE,
                )
            )
        return results

    def _holders(self, head: Token, plain: bool) -> list[Resolution]:
        """Holders of the span's head and of the heads joined to it ("X and Y")."""
        agent_of = head.head.head if head.head.dep_ == "agent" else None
        if agent_of is not None and agent_of.lemma_.lower() in self.registry.question_verbs:
            return []  # "Asked by reporters whether ...": they only asked
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            who = head.lower_ == "who"
            head = head.head.head  # "the senator, who argued ..." -> the senator
            head = self.registry.who_antecedent(head) if who else head
        if head.lower_ in RELATIVE_OBJECTS and head.dep_ == "pobj" and head.head.lower_ == "of":
            head = head.head.head  # "whom" of "several of whom"
        if partitive_relative(head):  # "lawmakers, several of whom said": the lawmakers
            head = group_before(head) or head
        head = _counted_group(head)
        results = []
        for member in [head, *conjuncts(head)]:
            resolved = self.registry.resolve(member, speaking=True)
            if resolved is None and plain and _third_person(member):
                resolved = self.registry.phrase_holder(member)
            if resolved is not None and resolved.key not in {r.key for r in results}:
                results.append(resolved)
        return results

    def _absolute(self, sentence: Sentence, span: TaggedSpan) -> Span:
        start, end = sentence.start + span.start, sentence.start + span.end
        return Span(self.text[start:end], start, end)

    def _in_quote(self, position: int) -> bool:
        return any(q.start <= position < q.end for q in self.quotes)


def _counted_group(head: Token) -> Token:
    """The group a quantifier picks from: "Many of his supporters" -> supporters.

    Not when the quantifier names its member ("One of the protesters, Ana Lind,").
    """
    if head.pos_ not in QUANTIFIER_TAGS or head.lower_ in RELATIVE_PRONOUNS:
        return head
    if any(c.dep_ == "appos" for c in head.children):
        return head
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ in NOMINAL):
            return noun
    return head


def _in_container(token: Token, prepositions: Collection[str]) -> bool:
    """Inside the object of "in", "on", ... (`container_prepositions`): the report,
    interview or show a view came in, and whoever carried it ("in remarks carried by
    the agency", "in an interview with the network"). Objects of "according to", "by"
    or "as" outside such a phrase are sources of their own."""
    for node in [token, *token.ancestors]:
        if node.dep_ == "pobj" and node.head.lower_ in prepositions:
            return True
    return False


def _third_person(token: Token) -> bool:
    """A phrase that can name a holder: not "I", "we" or "you" (nobody in the article).

    The parser tags some subject heads as adjectives ("the Battleground States average
    shows"); as subjects they name something all the same.
    """
    nominal = token.pos_ in NOMINAL or (token.pos_ == "ADJ" and token.dep_ in SUBJECTS)
    return nominal and not (set(token.morph.get("Person")) & {"1", "2"})


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _supported(attribution: Attribution, tagged: list[tuple[Span, float]]) -> bool:
    mention = attribution.mention
    return mention is None or any(_overlap(mention, s) for s, _ in tagged)


def _promoted(attribution: Attribution, sources: list[Span]) -> Attribution:
    """A narrative attribution becomes an indirect one when a sure tagged source marks
    its actor. PolNeAR annotates some deeds as attributions (a committee that approved a
    bill, a court that blocked a plan) though not most; the tagger, trained on it, tells
    those apart better than the act-verb rule."""
    mention = attribution.mention
    if attribution.kind != "narrative" or mention is None:
        return attribution
    if any(_overlap(mention, s) for s in sources):
        attribution.kind = "indirect"
        attribution.rule = f"{attribution.rule}+{RULE}"
    return attribution


def _refined(attribution: Attribution, sources: list[Span]) -> Attribution:
    """The attribution with the tagged span that overlaps it as its mention.

    A rule mention can cover two sources ("X, who chairs the panel, said"); the tagger
    then marks both, and the mention keeps the one it starts with, the name.
    """
    mention = attribution.mention
    if mention is None or attribution.mention_type == "relative":
        return attribution
    hits = [s for s in sources if _overlap(mention, s)]
    if len(hits) > 1:
        hits = [s for s in hits if s.start <= mention.start < s.end]
    if len(hits) == 1:
        attribution.mention = hits[0]
    return attribution
