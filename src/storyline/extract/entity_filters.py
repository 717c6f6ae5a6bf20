"""Found spans that are no mentions: junk, units, currencies, words of a title.

Page furniture and addresses are dropped; "16 GB" after a number is a unit; "US dollars" names a
currency; "National Security" in "National Security Advisor Jake Sullivan" is part of a title.
"""

from __future__ import annotations

import re

from storyline.extract.entity_lexicon import Lexicon
from storyline.extract.entity_models import ECHO_NOTE
from storyline.extract.entity_names import initials, name_key
from storyline.extract.entity_tokens import Candidate

# A currency word right after a country's name: the country only names the currency.
_CURRENCY_AFTER = re.compile(r"\s(?:dollars?|cents?|pounds? sterling|euros?|yen|yuan)\b")

# Role heads after a portfolio ("Defense Minister", "Security Advisor"): the portfolio is no mention.
_PORTFOLIO = re.compile(r"(?:Minister|Secretary|Advisor|Adviser|Spokesman|Spokeswoman)\b")


def is_junk(cand: Candidate, lex: Lexicon) -> bool:
    if cand.note == ECHO_NOTE:
        return False  # a bare model number once named with its maker ("the 787")
    key = name_key(cand.name)
    if not key or not re.search(r"[a-z]", key) or key in lex.junk:
        return True
    if cand.form == "name" and not any(ch.isupper() for ch in cand.name):
        # names carry a capital somewhere ("iPhone" does, "iu.edu" does not); plural model
        # numbers ("777s") are names without one
        return not (cand.label == "PRODUCT" and re.fullmatch(r"\d{3}s", cand.name))
    if "@" in cand.name or re.search(r"\.(?:com|org|edu|net|gov)\b", cand.name):
        return True
    if re.search(r"[$€£¥]\s?\d", cand.name):
        return True  # "US $299": an amount the tagger took for a name
    return len(key) < 2


def is_unit(text: str, cand: Candidate, lex: Lexicon) -> bool:
    """'a 16 GB model': a unit right after a number is no name; nor is the country that names a
    currency ("$9.99 US dollars", "the Canadian dollar" is no NORP mention either)."""
    if cand.name in lex.units and re.search(r"\d\s?$", text[max(0, cand.start - 2) : cand.start]) is not None:
        return True
    return cand.label in {"GPE", "NORP"} and _CURRENCY_AFTER.match(text, cand.end) is not None


def drop_inside_descriptions(found: list[Candidate], text: str, lex: Lexicon) -> list[Candidate]:
    """A span that is part of a capitalised title ("National Security" in "National Security Advisor
    Jake Sullivan") is no mention, unless the document names it elsewhere ("Apple CEO Steve Jobs")
    or it is a known body, the person's employer ("Federal Reserve Chairman Ben Bernanke").

    Only titles before the name count: an appositive role after it names other entities
    ("a researcher at the Korea Institute for National Unification").
    """
    spans = [
        (d.start, d.end)
        for c in found
        for d in c.descriptions
        if d.start is not None and d.end is not None and d.end <= c.start
    ]
    counts: dict[str, int] = {}
    for c in found:
        if not any(s <= c.start and c.end <= e for s, e in spans):
            counts[name_key(c.name)] = counts.get(name_key(c.name), 0) + 1
            if c.label == "ORG" and " " in c.name:
                # "GM Chief Executive ...": named elsewhere in full ("General Motors Corp.", whose
                # initials begin with the acronym)
                full = initials(c.name).lower()
                for end in range(2, len(full) + 1):
                    counts[full[:end]] = counts.get(full[:end], 0) + 1

    def in_title(c: Candidate) -> bool:
        following = text[c.end :].lstrip()
        if re.match(_PORTFOLIO, following) and c.label == "ORG":
            return True  # "a Russian Defense Minister": a portfolio, with or without a name after
        if not any(s <= c.start and c.end <= e for s, e in spans):
            return False
        known = lex.known.get(name_key(c.name))
        if known is not None and known.type == "ORG":
            return False
        return following[:1].isupper() and not counts.get(name_key(c.name))

    return [c for c in found if not in_title(c)]


__all__ = ["drop_inside_descriptions", "is_junk", "is_unit"]
