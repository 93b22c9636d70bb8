"""Which verbs tell a holder's act: not a state, a view, a denial or fighting.

Mixin of `stance.reported_speech.ReportedSpeech`. The annotation guideline counts a
holder's act on or next to a target ("Spain has sent tanks", "Quito abstained") as an
attribution, but not narration without such an act: a state ("Germany is the largest
donor", `state_verbs`), fighting ("Russia fired missiles", `combat_verbs`, `combat_nouns`)
or a view told by someone else (`attitude_verbs`; docs/annotation.md, clarification 20).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from stance.attribution import Attributor


class ActVerbs:
    """Uses the attributor's verb lexicons (`owner`)."""

    owner: Attributor

    def _act_told(self, verb: Token) -> bool:
        """An act ("has shipped", "has pledged"), not a state ("Germany is the largest
        donor"), a view ("wants"), fighting or a denial."""
        lemma = verb.lemma_.lower()
        owner = self.owner
        excluded = owner.state_verbs | owner.attitude_verbs
        if verb.pos_ != "VERB" or lemma in excluded or self._fighting(verb):
            return False
        return not any(c.dep_ == "neg" for c in verb.children)

    def _fighting(self, verb: Token) -> bool:
        """Fighting is narration, not a holder's act (docs/annotation.md, clarification
        20): "Russia fired missiles", "continued to shell the city", "carried out an
        attack"; not "struck a cautious note" (`combat_idiom_objects`)."""
        owner = self.owner
        chain = [verb]  # "continued to shell": the verbs of an xcomp chain
        while len(chain) < 4:
            following = [c for c in chain[-1].children if c.dep_ == "xcomp"]
            if not following:
                break
            chain.append(following[0])
        for step in chain:
            objects = {c.lemma_.lower() for c in step.children if c.dep_ == "dobj"}
            if objects & owner.combat_nouns:
                return True
            if step.lemma_.lower() in owner.combat_verbs and not objects & owner.combat_idioms:
                return True
        return False

    def _done_act(self, verb: Token) -> bool:
        """A verb telling an act that happened: "vetoed", "has sent", not "would send",
        "has not replied", "remained", "wanted" or "fired"."""
        lemma = verb.lemma_.lower()
        state = lemma in self.owner.state_verbs or lemma in self.owner.attitude_verbs
        if verb.pos_ != "VERB" or state or self._fighting(verb):
            return False
        children = list(verb.children)
        if any(c.dep_ == "neg" or c.tag_ == "MD" for c in children):
            return False
        perfect = verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in children
        )
        return verb.tag_ == "VBD" or perfect
