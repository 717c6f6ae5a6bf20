"""Tense of the verb governing a span, and parse-based vetoes, from a spaCy parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.timex.context import Tense
from storyline.extract.timex.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "going"}
# Entity labels under which a number is a count or an amount, not a year.
_NOT_YEAR = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT"}
# Entity labels under which a month or weekday word is part of a name ("April Ryan").
_NAMES = {"PERSON", "ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "GPE", "LAW"}


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb up the dependency tree (at most four steps: "on Tuesday" -> met)."""
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def verb_tense(verb: Token) -> Tense | None:
    """past / present / future of a verb with its auxiliaries.

    "will meet", "would meet", "is going to meet", "is meeting", "to meet" (planned) read as
    future; "met", "was meeting", "has met", "had met" as past; "meets" as present.
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if any(a.tag_ == "MD" for a in auxes):
        return None
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "future"  # present progressive: "arrives" plans ("is meeting Monday")
    if any(a.tag_ == "VBD" for a in auxes) or (verb.tag_ == "VBD"):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "past"
    if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"  # "is expected in December"
    if "to" in words:
        # An infinitive ("to meet Monday") points ahead of its governor's time: after a
        # pluperfect governor ("had been due to expire Friday") the day is still in the past;
        # after a simple past one ("agreed to buy it in February") it may lie on either side
        # of the anchor: the nearest reading.
        governor = _governing_verb(verb.head) if verb.head.i != verb.i else None
        if governor is not None and governor.dep_ == "acl" and governor.tag_ == "VBN":
            return "future"  # "the talks, set to resume Monday"
        if governor is not None and governor.i != verb.i and verb_tense(governor) == "past":
            pluperfect = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in governor.children)
            return "past" if pluperfect else "present"
        return "future"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl"):
        return "past"
    return None


def tense_at(parsed: Doc, start: int, end: int) -> Tense | None:
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = _governing_verb(span.root)
    return verb_tense(verb) if verb is not None else None


def accept_match(parsed: Doc, rule: str, start: int, end: int) -> bool:
    """False for matches the parse shows are no times: counts ("2000 troops"), the modal
    "May", months and weekdays inside names."""
    if rule not in ("year", "month_alone", "weekday", "spelled_year", "duration", "set_adverb"):
        return True
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    if rule == "duration":
        # "$2 million a year", "four flights a week": a rate, not a duration.
        if len(span) != 2 or span[0].lower_ not in ("a", "an", "per") or span[0].i == 0:
            return True
        before = parsed[span[0].i - 1]
        return not (span[-1].dep_ == "npadvmod" and before.pos_ in ("NOUN", "NUM", "PROPN", "SYM"))
    if rule == "set_adverb":
        if span[0].dep_ == "amod":
            return False  # "a quarterly dividend", "a daily newspaper"
        # "rise 8.5% annually", "$17.9 million annually": a rate after an amount, like
        # "$2 million a year" above, not a recurring time.
        preceding = parsed[max(0, span[0].i - 3) : span[0].i]
        return not any(t.ent_type_ in _NOT_YEAR or t.like_num for t in preceding)
    token = span[-1]
    if rule in ("year", "spelled_year"):
        return token.ent_type_ not in _NOT_YEAR
    if rule == "month_alone" and token.tag_ == "MD":
        return False
    lex = lexicon()
    token = next((t for t in span if t.lower_.rstrip(".") in lex.months or t.lower_ in lex.weekdays), token)
    if _in_name(parsed, token):
        return False
    # "Theresa May", "April Ryan": a proper noun compounded with the word makes it a name.
    if token.dep_ == "compound" and token.head.tag_ == "NNP" and token.head.i > token.i:
        return False
    return not any(c.dep_ == "compound" and c.tag_ == "NNP" and c.i < token.i for c in token.children)


def _in_name(parsed: Doc, token: Token) -> bool:
    for ent in parsed.ents:
        if ent.start <= token.i < ent.end:
            return ent.label_ in _NAMES and len(ent) > 1
    return False


__all__ = ["accept_match", "tense_at", "verb_tense"]
