"""The status of an event mention: tense, modals, governing verbs of plan, claim and denial.

Cues come from ``data/events/status_cues.txt``. The words looked at are the trigger's own
auxiliaries and the verbs (with their auxiliaries) that govern it up the clause chain: in "are
expected to meet", "meet" is governed by "expected"; in "suspect North Korea has been
providing", "providing" is governed by "suspect", whose subject becomes ``claimed_by``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.extract.event_lexicon import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that report what someone said or believes: the event under them is their claim.
REPORTING = {"say", "tell", "report", "claim", "allege", "suspect", "accuse", "believe", "add", "state", "announce"}
# How many governing verbs to climb: "said (1) that it was expected (2) to sign (trigger)".
MAX_CHAIN = 3


@dataclass(frozen=True, slots=True)
class StatusReading:
    status: str  # one of records.Status, or "cancelled"
    modality: str | None
    claimers: tuple[Token, ...] = ()  # subject tokens of a reporting verb above the trigger
    negated: bool = False


def _cue_of(token: Token) -> tuple[str, str] | None:
    """(status, cue) set by a token itself and its auxiliaries, nearest first."""
    cues = load_lexicon().cues
    auxes = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    lemmas = [a.lower_ for a in auxes]
    if "have" in lemmas or "has" in lemmas or "had" in lemmas:
        for modal in ("could", "may", "might", "must"):
            if modal in lemmas and f"{modal} have" in cues:
                return cues[f"{modal} have"], f"{modal} have"
    for aux in auxes:
        if aux.lower_ in cues:
            return cues[aux.lower_], aux.lower_
    for child in token.children:
        if child.dep_ == "advmod" and child.lower_ in cues and child.lower_ != "later":
            return cues[child.lower_], child.lower_
        if child.dep_ == "amod" and child.lower_ in cues:  # "the upcoming meeting", "the alleged sale"
            return cues[child.lower_], child.lower_
    return None


def read_status(trigger: Token) -> StatusReading:
    """The status the words around ``trigger`` give it."""
    cues = load_lexicon().cues
    negated = any(c.dep_ == "neg" for c in trigger.children)
    own = _cue_of(trigger)
    claimers: list[Token] = []
    found: tuple[str, str] | None = own
    head = trigger
    # a noun trigger takes the status of the verb it is an argument of ("plans a visit")
    for _ in range(MAX_CHAIN):
        if head.dep_ in {"ROOT"} or head.head.i == head.i:
            break
        if head.dep_ not in {"xcomp", "ccomp", "dobj", "pobj", "prep", "advcl", "conj", "nsubjpass", "acl"}:
            break
        head = head.head
        lemma = head.lemma_.lower()
        if found is None and head.dep_ != "prep":
            if lemma in cues and head.pos_ in {"VERB", "ADJ", "NOUN"}:
                found = (cues[lemma], lemma)
            elif (governing := _cue_of(head)) is not None and head.pos_ in {"VERB", "AUX"}:
                found = governing
        if lemma in REPORTING:
            claimers.extend(c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"})
    if found is None:
        return StatusReading("occurred", None, tuple(claimers), negated)
    status, cue = found
    return StatusReading(status, cue, tuple(claimers), negated)


def reported_tense(trigger: Token, headline_end: int = 0) -> bool:
    """May the report date stand for the event? Not for what had happened before the story's
    time (past perfect "had offered"), nor for a state or habit told in the present ("Airbus is
    owned by EADS", "it charges"); a headline's present tells the news and still counts. An
    event noun takes the tense of the verb it is the subject or object of ("sales grow").

    Measured on the MEANTIME/TimeLine dev articles, where such events are mostly left undated
    in the gold; the present perfect ("has signed") is not excluded: it mostly reports news.
    """
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else None
    if verb is None and trigger.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} and trigger.head.pos_ in {"VERB", "AUX"}:
        verb = trigger.head
    if verb is None:
        return True
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBN" and any(a.lower_ == "had" for a in auxes):
        return False
    if verb.i < headline_end:
        return True  # the headline's present tells the news
    if not auxes and verb.tag_ in {"VBZ", "VBP"} and verb.lemma_.lower() not in REPORTING:
        return False
    return verb.tag_ != "VBN" or not any(a.dep_ == "auxpass" and a.lower_ in {"is", "are"} for a in auxes)


def is_future_or_generic(trigger: Token) -> bool:
    """A present-tense clause about nothing in particular, or a plain future: no report date."""
    return any(c.lower_ in {"will", "shall", "would"} for c in trigger.children if c.dep_ == "aux")


__all__ = ["REPORTING", "StatusReading", "is_future_or_generic", "read_status", "reported_tense"]
