"""Reported speech, "according to", acts and narrative actors. Part of the article pass.

Mixin of `stance.attribution._ArticleAttributor`: a cue verb's subjects give indirect
attributions unless the cue sits inside another cue's reported clause ("X said Y
wanted"); "according to X" its own kind; an act verb the narrator tells ("Freedonia
vetoed the deal") and, in a sentence without any other source, the subject of the main
verb give narrative ones. An act's subject must be named or an institution: "troops
blocked the road" is narration, not a holder's act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from stance.acts import ActVerbs
from stance.holders import HolderRegistry, Resolution
from stance.names import subtree_end
from stance.relatives import RELATIVE_PRONOUNS, group_before, noun_before, partitive_relative
from stance.types import Attribution, Quote, Sentence, Span

if TYPE_CHECKING:
    from stance.attribution import Attributor

# the mention types (our own, see `Resolution`) that can be a narrative actor
NARRATIVE_MENTIONS = {"name", "pronoun", "role", "institution", "relative"}


class ReportedSpeech(ActVerbs):
    """Uses the article pass's registry, text, quotes and attribution helpers."""

    owner: Attributor
    registry: HolderRegistry
    text: str
    quotes: list[Quote]

    def _frame_attributions(
        self, sentence: Sentence, doc: Doc, used_cues: set[int]
    ) -> list[Attribution]:
        """Reported speech, "according to" and acts of one sentence, outside its quotes."""
        results = []
        for token in doc:
            if not self._outside_quotes(sentence, token):
                continue
            if (
                token.lower_ == "according"
                and token.i + 1 < len(doc)
                and doc[token.i + 1].lower_ == "to"
            ):
                results += self._according_to(sentence, doc, token)
            elif self._is_act_verb(token):
                for subject in self._subjects(token):
                    if self._outside_quotes(sentence, subject):
                        results += self._act(sentence, token, subject)
            elif self._is_cue_verb(token) and not self._reported_inside_cue(token):
                quoted = sentence.start + token.idx in used_cues
                for subject in self._subjects(token):
                    # a quote's cue already gave its speaker; "X and Y said" adds Y
                    if (quoted and subject.dep_ != "conj") or not self._outside_quotes(
                        sentence, subject
                    ):
                        continue
                    results += self._reported(sentence, token, subject, quoted)
        return results

    def _possessor_attributions(self, sentence: Sentence, doc: Doc) -> list[Attribution]:
        """ "Veld's call to hold talks", "her refusal to sign": the possessor holds the view.

        Asked only of a sentence without another source: beside one ("X dismissed Y's
        call"), the possessor's view is part of what X says.
        """
        results = []
        for noun in doc:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.owner.view_nouns:
                continue
            if self._reported_inside_cue(noun) or not _has_clause(noun):
                continue
            for possessor in (c for c in noun.children if c.dep_ == "poss"):
                if not self._outside_quotes(sentence, possessor):
                    continue
                resolved = self.registry.resolve(possessor, speaking=True)
                if resolved is not None:
                    results.append(self._make(sentence, resolved, noun, "indirect", "view-noun"))
        return results

    def _reported_inside_cue(self, verb: Token) -> bool:
        """A cue verb inside another one's reported clause is content, not a new source.

        "X said Y wanted ...", "X said in a statement that Y accused ...": above the verb
        there is a complement clause, and above that a cue verb.
        """
        child, content = verb, False
        while child.head.i != child.i:
            marked = child.dep_ == "acl" and any(c.dep_ == "mark" for c in child.children)
            content = content or child.dep_ == "ccomp" or marked
            if content and self._is_cue_verb(child.head):
                return True
            child = child.head
        return False

    def _reported(
        self, sentence: Sentence, verb: Token, subject: Token, quoted: bool = False
    ) -> list[Attribution]:
        """Reported speech by `subject`; "X, who said ..." goes to X, mention "who"."""
        resolved = self._resolve_subject(verb, subject)
        if resolved is None:
            return []
        rule = "relative-clause" if resolved.mention_type == "relative" else "speech-verb"
        return [self._make(sentence, resolved, verb, "direct" if quoted else "indirect", rule)]

    def _act(self, sentence: Sentence, verb: Token, subject: Token) -> list[Attribution]:
        """ "Freedonia and Sylvania vetoed the deal": each actor a narrative holder.

        Only a named actor, a single institution ("the parliament approved") or a pronoun
        or role that resolves to one; groups ("troops", "protesters") are not holders here.
        """
        resolved = self._resolve_subject(verb, subject, speaking=False)
        if resolved is None or resolved.key.startswith("anon:"):
            return []
        plural_noun = subject.pos_ == "NOUN" and subject.tag_ == "NNS"
        if resolved.mention_type not in NARRATIVE_MENTIONS or plural_noun:
            return []
        return [self._make(sentence, resolved, verb, "narrative", "act-verb")]

    def _resolve_subject(
        self, verb: Token, subject: Token, speaking: bool = True
    ) -> Resolution | None:
        """Holder of a cue verb's subject; for "X, who said" it is X, mentioned as "who".

        "Who" is a person: after "X in <place>" the parser may hang it on the place
        (`PersonNames.who_antecedent`).
        """
        if partitive_relative(subject):  # "lawmakers, several of whom said": the group
            group = group_before(subject)
            if group is None:
                return None  # "them, several of whom said": no group named
            resolved = self.registry.resolve(group, speaking=True)
            if resolved is None:
                return None
            return Resolution(resolved.key, subject.idx, subtree_end(subject), "relative")
        if subject.lower_ not in RELATIVE_PRONOUNS:
            return self.registry.resolve(subject, speaking=speaking)
        if verb.dep_ != "relcl" or subject.lower_ not in {"who", "which"}:
            return None
        antecedent = verb.head
        if subject.lower_ == "who":
            antecedent = self.registry.who_antecedent(antecedent)
        else:
            antecedent = self._which_antecedent(subject, antecedent)
            if antecedent is None:
                return None
        resolved = self.registry.resolve(antecedent)
        if resolved is None:
            return None
        return Resolution(resolved.key, subject.idx, subject.idx + len(subject.text), "relative")

    def _which_antecedent(self, which: Token, head: Token) -> Token | None:
        """The organisation a "which" clause describes: the parser's choice, unless it is
        a person or no organisation ("X, leader of the Y party, which has called for": the
        clause hangs on X), then the noun right before "which". A plan is nobody."""
        person = self.registry.is_known_name(head) or head.ent_type_ == "PERSON"
        if not person and self.registry.is_organisation(head):
            return head
        before = noun_before(which)
        if before is None or self.registry.is_known_name(before):
            return None
        return before if self.registry.is_organisation(before) else None

    def _according_to(self, sentence: Sentence, doc: Doc, according: Token) -> list[Attribution]:
        results = []
        for obj in doc[according.i + 1].children:
            if obj.dep_ == "pobj":
                for member in [obj, *[c for c in obj.children if c.dep_ == "conj"]]:
                    resolved = self.registry.resolve(member)
                    if resolved:
                        start = sentence.start + according.idx
                        end = sentence.start + doc[according.i + 1].idx + 2
                        cue = Span(self.text[start:end], start, end)
                        results.append(
                            self._attribution(
                                sentence, resolved, cue, "according_to", "according-to"
                            )
                        )
        return results

    def _narrative(self, sentence: Sentence, doc: Doc) -> list[Attribution]:
        if any(q.start < sentence.end and q.end > sentence.start for q in self.quotes):
            return []
        results = []
        roots = [t for t in doc if t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"}]
        acts = [t for t in roots if t.lemma_.lower() not in self.owner.state_verbs]
        for root in (t for t in acts if not self._fighting(t)):
            for subject in self._subjects(root):
                if not self._actor_like(subject):
                    continue
                resolved = self.registry.resolve(subject)
                anonymous = resolved is not None and resolved.key.startswith("anon:")
                if resolved and resolved.mention_type in NARRATIVE_MENTIONS and not anonymous:
                    results.append(
                        self._make(sentence, resolved, root, "narrative", "actor-subject")
                    )
        return results

    def _reported_acts(
        self, sentence: Sentence, doc: Doc, found: list[Attribution]
    ) -> list[Attribution]:
        """Acts a source reports stay the actor's (docs/annotation.md, clarification 20):
        "Quito has abstained, two diplomats said" (a done act told before its cue) and
        "Quito has shipped the radars, according to a diplomat". A named actor only; a view
        a source reports ("X said Y wanted", "Y wants it, according to X") stays the
        source's account, and a passive subject is no actor ("Y was shelled").
        """
        holders = {a.holder for a in found}
        results = []
        for verb in doc:
            fronted = verb.dep_ == "ccomp" and verb.i < verb.head.i and self._is_cue_verb(verb.head)
            according = any(c.lower_ == "according" for c in verb.children)
            if fronted and self._done_act(verb):
                rule = "reported-act"
            elif according and self._act_told(verb):
                rule = "according-to-subject"
            else:
                continue
            for subject in self._subjects(verb):
                named = subject.pos_ == "PROPN" and subject.dep_ != "nsubjpass"
                if not (
                    named and self._actor_like(subject) and self._outside_quotes(sentence, subject)
                ):
                    continue
                resolved = self.registry.resolve(subject)
                if resolved is None or resolved.key in holders or resolved.key.startswith("anon:"):
                    continue
                if resolved.mention_type in NARRATIVE_MENTIONS:
                    holders.add(resolved.key)
                    results.append(self._make(sentence, resolved, verb, "narrative", rule))
        return results

    def _actor_like(self, token: Token) -> bool:
        if self.registry.looks_like_name(token):
            return token.ent_type_ in self.owner.narrative_entities or self.registry.is_known_name(
                token
            )
        return token.pos_ in {"PRON", "NOUN"}

    def _is_act_verb(self, token: Token) -> bool:
        """An act verb the narrator tells, not in a relative or another source's clause.

        An act inside a source's clause ("she said Quito had abstained", "would veto")
        belongs to that source's statement.
        """
        return (
            token.pos_ == "VERB"
            and token.lemma_.lower() in self.owner.act_verbs
            and token.dep_ != "relcl"
            and not self._reported_inside_cue(token)
        )

    def _is_cue_verb(self, token: Token) -> bool:
        return self.owner.is_cue_verb(token)


def _has_clause(noun: Token) -> bool:
    """The noun states the view itself: "claim that ...", "refusal to sign ...", not a
    participle about it ("remarks made on Monday")."""
    for child in noun.children:
        if child.dep_ == "ccomp":
            return True
        marked = any(
            c.dep_ == "mark" or (c.dep_ == "aux" and c.lower_ == "to") for c in child.children
        )
        if child.dep_ == "acl" and marked:
            return True
    return False


def verb_forms(token: Token) -> set[str]:
    """The parser's lemma plus the word with a regular ending removed: the small model
    lemmatises some verbs wrongly ("hopes" -> "hop"), and a lexicon entry should still match.
    """
    word = token.text.lower()
    forms = {token.lemma_.lower(), word}
    for ending in ("es", "s", "ed", "d", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.add(word[: -len(ending)])
    return forms
