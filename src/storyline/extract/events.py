"""Event mentions of one document with participants, place, date and status.

Triggers are verbs and event nouns of the dependency parse. A trigger listed in
``data/events/triggers.txt`` names an event of that type (``meet``, ``supply``, ...; CAMEO root
codes in ``types.txt``, documented in docs/events.md); any other verb or event noun an entity
takes part in becomes ``type: "other"`` with its lemma, which is what entity timelines need.
Arguments (event_args), status (event_status) and date (event_dates) are read off the parse;
a last pass applies denials ("North Korea denied this", "a claim that X has denied").
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from storyline.extract.event_args import (
    ARG_PREPS,
    PLACE_TYPES,
    EntityLocator,
    argument_tokens,
    entities_of,
    find_place,
    find_quantity,
)
from storyline.extract.event_context import date_from_lead, date_from_mentions, date_of_governing_event, lead_time
from storyline.extract.event_dates import anchor_date, fallback_times, place_times
from storyline.extract.event_lexicon import load_lexicon
from storyline.extract.event_status import read_status, reported_tense
from storyline.records import Document, Event, LocalEntity, Mention, Quote, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from storyline.extract.descriptions import DescriptionResolver

log = logging.getLogger(__name__)

# Suffixes of English nominalisations of actions ("production", "announcement", "arrival",
# "departure", "acceptance"); a noun with one of them counts as an event noun when an entity
# takes part in it. Short words are left out ("nation", "mental" are not events).
NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "sal", "val")
MIN_NOMINAL_LENGTH = 7
# Verbs that lend their subject to a noun object and name no event of their own.
LIGHT_VERBS = {"hold", "make", "have", "take", "conduct", "pay", "give", "carry", "stage", "place", "impose"}
# Verbs of motion that make a travel event when they lead "to" a place ("went to Pyongyang").
MOTION_VERBS = {"go", "come", "head", "return", "fly", "travel", "move"}
# Nouns that name a report or claim; a relative clause "that X denied" on them denies it.
CLAIM_NOUNS = {"claim", "allegation", "report", "accusation", "charge", "suggestion", "assertion"}
DEMONSTRATIVES = {"this", "that", "it", "these", "those", "them"}
TRAVEL_TYPES = {"visit", "travel"}
# Statuses an event keeps when the document date can stand for it ("reported as happened").
DATED_BY_REPORT = {"occurred", "claimed", "denied"}
# Undated plans and expectations, and states told in the present, hold as of the statement
# that reports them ("says it will be compensated", "stated that he owns").
STATED_AS_OF_REPORT = {"expected", "planned"}
PRESENT_TAGS = {"VBZ", "VBP"}


def find_events(
    document: Document,
    parsed: Doc,
    entities: tuple[LocalEntity, ...],
    mentions: tuple[Mention, ...],
    times: tuple[TimeExpression, ...],
    quotes: tuple[Quote, ...],
    descriptions: DescriptionResolver | None = None,
) -> tuple[Event, ...]:
    """Event mentions of ``document``; see the module docstring. ``descriptions`` is the
    document's resolver shared with the quote stage (built here when not given)."""
    lexicon = load_lexicon()
    # quoted events are reported like any other; a quote's "I" and "we" are its speaker's side
    locator = EntityLocator.build(parsed, entities, mentions, quotes, descriptions)
    published = document.metadata.published
    placed = place_times(parsed, times or fallback_times(document.text, published))
    events: list[Event] = []
    by_token: dict[int, int] = {}
    headline_end = next(iter(parsed.sents)).end if len(parsed) else 0
    for token in parsed:
        kind = _trigger_type(token, lexicon.verbs, lexicon.nouns, lexicon.event_nouns, lexicon.not_events)
        if kind is None:
            continue
        reading = read_status(token)
        if reading.negated:
            continue
        participants = _participants(token, locator)
        participants += [k for k in _family_participants(token, kind, locator) if k not in participants]
        if kind == "other" and not participants:
            continue
        if kind == "other" and _travels_to_place(token, locator, lexicon.vehicles):
            kind = "travel"
        place = find_place(token, locator, origin_ok=kind not in TRAVEL_TYPES)
        if place is not None and kind in TRAVEL_TYPES and place not in participants:
            participants.append(place)
        if kind in TRAVEL_TYPES:
            # "went to Vladivostok" where the report says "Vladivostok, Russia": Russia is visited too
            participants += [c for p in participants if (c := locator.containers.get(p)) and c not in participants]
        status = reading.status
        modality = reading.modality
        if status == "cancelled":
            status, modality = "hypothetical", "cancelled"
        claimed_by = list(dict.fromkeys(k for c in reading.claimers for k in entities_of(c, locator)))
        by_report = status in DATED_BY_REPORT and modality != "cancelled" and reported_tense(token, headline_end)
        date = anchor_date(token, placed, published, by_report)
        if date is None and (status in STATED_AS_OF_REPORT or token.tag_ in PRESENT_TAGS):
            date = date_of_governing_event(token, events, by_token)
        start, end = _trigger_span(token)
        sentence = token.sent
        by_token[token.i] = len(events)
        events.append(
            Event(
                key=f"v{len(events)}",
                start=start,
                end=end,
                trigger=document.text[start:end],
                type=kind,
                lemma=token.lemma_.lower(),
                participants=tuple(participants),
                place=place,
                date=date,
                status=status,  # type: ignore[arg-type]
                claimed_by=tuple(claimed_by),
                quantity=find_quantity(token),
                sentence_start=sentence.start_char,
                sentence_end=sentence.end_char,
                modality=modality,
            )
        )
    _apply_denials(parsed, events, by_token, locator)
    date_from_mentions(events, published)
    date_from_lead(events, published, lead_time(parsed, placed, published))
    log.debug("%s: %d event mentions", document.id, len(events))
    return tuple(events)


def _trigger_type(
    token: Token, verbs: dict[str, str], nouns: dict[str, str], event_nouns: frozenset[str], not_events: frozenset[str]
) -> str | None:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and token.dep_ not in {"aux", "auxpass", "amod"}:
        if lemma in {"shut", "close", "seal", "reopen", "open"} and any(
            c.lemma_.lower() == "border" for c in token.children if c.dep_ in {"dobj", "nsubjpass"}
        ):
            return "close_border" if lemma != "reopen" and lemma != "open" else "other"
        if lemma in MOTION_VERBS and any(
            c.dep_ == "prep" and c.lower_ in {"to", "into"} and any(g.ent_type_ in PLACE_TYPES for g in c.subtree)
            for c in token.children
        ):
            return "travel"
        if lemma in not_events:
            return None
        if lemma in LIGHT_VERBS and any(
            _noun_trigger(c, nouns, event_nouns) for c in token.children if c.dep_ == "dobj"
        ):
            return None
        return verbs.get(lemma, "other")
    if token.pos_ == "NOUN":
        if not _noun_trigger(token, nouns, event_nouns):
            return None
        named = nouns.get(lemma)
        if token.dep_ in {"dobj", "nsubjpass"} and named is not None and verbs.get(token.head.lemma_.lower()) == named:
            return None  # "signed a treaty": the verb already names the event
        return nouns.get(lemma) or nouns.get(token.lower_) or "other"
    return None


def _travels_to_place(token: Token, locator: EntityLocator, vehicles: frozenset[str]) -> bool:
    """ "went to Vladivostok", "took a train to Vladivostok": a motion verb, or taking or
    boarding a vehicle, that leads to a named place (by the entities found, which know places
    the parser's own labels may miss)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB":
        return False
    if lemma not in MOTION_VERBS and not (
        lemma in {"take", "board", "catch", "ride"}
        and any(c.dep_ == "dobj" and c.lemma_.lower() in vehicles for c in token.children)
    ):
        return False
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in {"to", "into"}:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if any(locator.type_of(k) in PLACE_TYPES for k in entities_of(obj, locator)):
                    return True
    return False


def _noun_trigger(token: Token, nouns: dict[str, str], event_nouns: frozenset[str]) -> bool:
    lemma = token.lemma_.lower()
    if lemma in nouns or token.lower_ in nouns or lemma in event_nouns or token.lower_ in event_nouns:
        return True
    return len(lemma) >= MIN_NOMINAL_LENGTH and lemma.endswith(NOMINAL_SUFFIXES)


def _participants(token: Token, locator: EntityLocator) -> list[str]:
    """Entities in the trigger's argument slots; a place named only in a prepositional phrase
    ("met in Vladivostok") is the event's place, not a participant."""
    keys: list[str] = []
    own = locator.by_token.get(token.i)
    for arg in argument_tokens(token):
        in_pp = arg.dep_ == "pobj" and arg.head.lower_ not in ARG_PREPS
        for key in entities_of(arg, locator):
            if in_pp and locator.type_of(key) in PLACE_TYPES:
                continue
            if key != own and key not in keys:
                keys.append(key)
    return keys


def _family_participants(token: Token, kind: str, locator: EntityLocator) -> list[str]:
    """Roles some families express outside the trigger's own slots.

    - sanction: the target of the purpose clause ("sanctions to stop Iran from ...").
    - vote: the body voting, named in an "at"/"in" phrase of the vote's clause ("voted to
      disband the panel at the Security Council").
    """
    keys: list[str] = []
    if kind == "sanction":
        heads = [token, token.head] if token.dep_ in {"dobj", "nsubjpass"} else [token]
        for head in heads:
            for clause in head.children:
                if clause.dep_ in {"advcl", "xcomp", "acl"} and any(c.lower_ == "to" for c in clause.children):
                    for obj in (c for c in clause.children if c.dep_ == "dobj"):
                        keys += entities_of(obj, locator)
    elif kind == "vote":
        for item in token.subtree:
            if item.dep_ == "pobj" and item.head.lower_ in {"at", "in"}:
                keys += [k for k in entities_of(item, locator) if locator.type_of(k) == "ORG"]
    return keys


def _trigger_span(token: Token) -> tuple[int, int]:
    """The trigger word, with a particle right after it ("lifting off", "shut down")."""
    end = token.idx + len(token.text)
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.dep_ == "prt" and nxt.head.i == token.i:
        end = nxt.idx + len(nxt.text)
    return token.idx, end


def _apply_denials(parsed: Doc, events: list[Event], by_token: dict[int, int], locator: EntityLocator) -> None:
    """Mark the events a denial refers to: in its clause, the claim it qualifies, or "this"."""
    cues = load_lexicon().cues
    for token in parsed:
        if cues.get(token.lemma_.lower()) != "denied" or token.pos_ not in {"VERB", "NOUN"}:
            continue
        deniers = [c for c in token.children if c.dep_ in {"nsubj", "poss", "agent"}]
        deniers += [c for a in token.children if a.dep_ == "agent" for c in a.children]
        denied_by = list(dict.fromkeys(k for d in deniers for k in entities_of(d, locator)))
        targets: list[int] = []
        clauses = [c for c in token.children if c.dep_ in {"ccomp", "xcomp"}]
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if clauses:
            targets = [by_token[t.i] for c in clauses for t in c.subtree if t.i in by_token]
            new_status = "denied"
        elif token.dep_ in {"relcl", "acl"} and token.head.lemma_.lower() in CLAIM_NOUNS:
            claim = token.head
            sentence = token.sent
            targets = [by_token[i] for i in range(sentence.start, claim.i) if i in by_token]
            new_status = "claimed"
        elif objects and (objects[0].lower_ in DEMONSTRATIVES or objects[0].lemma_.lower() in CLAIM_NOUNS):
            sentence = token.sent
            previous = parsed[sentence.start - 1].sent if sentence.start > 0 else None
            if previous is not None:
                targets = [by_token[i] for i in range(previous.start, previous.end) if i in by_token]
            new_status = "claimed"
        for index in targets:
            event = events[index]
            if event.type == "other" and not event.claimed_by and new_status == "claimed":
                continue  # only named events and reported claims are what a denial answers
            status = "claimed" if new_status == "claimed" or event.claimed_by else "denied"
            events[index] = dataclasses.replace(
                event,
                status=status,  # type: ignore[arg-type]
                denied_by=tuple(dict.fromkeys([*event.denied_by, *denied_by])),
                modality=event.modality or token.lower_,
            )


__all__ = ["find_events"]
