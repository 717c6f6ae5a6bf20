"""What an entity's descriptions say about it, for resolving a speaker: its gender ("a
spokeswoman for ...") and the role nouns a later "the senator said" can refer to it by.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.records import LocalEntity

if TYPE_CHECKING:
    from spacy.tokens import Token

_WORD = re.compile(r"\w+")
# Words after which a description goes on about something else than its head ("the mother of
# a soldier", "a lawyer whose son ..."): the head is the last word before the first of them.
_AFTER_HEAD = re.compile(r"\s(?:of|for|at|in|on|with|from|to|who|whose|which|that|and)\s|[,;(]")
_RELATIVE = re.compile(r"(?i)\s*(?:who|whose|which|that)\b")
# Modifiers of a described speaker that a description seldom repeats ("the former senator").
# "Next", "new" and the like are left in: "the next president" is no one named yet.
_TIME_WORDS = frozenset({"former", "then", "current", "longtime", "veteran"})


def head_noun(description: str) -> str:
    """The head of a description: "spokeswoman" of "a spokeswoman for the port"."""
    words = _WORD.findall(_AFTER_HEAD.split(description.lower(), maxsplit=1)[0])
    return words[-1] if words else ""


def described_gender(entity: LocalEntity, lex: QuoteLexicon) -> str:
    """ "f" or "m" when the entity's descriptions use only one gender's nouns, else ""."""
    heads = {head_noun(d.text) for d in entity.descriptions if not _RELATIVE.match(d.text)}
    female = bool(heads & lex.female_nouns)
    male = bool(heads & lex.male_nouns)
    return "f" if female and not male else "m" if male and not female else ""


def role_descriptions(entity: LocalEntity, lex: QuoteLexicon) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Per description: the nouns it can be referred back by (its head, or what an abbreviated
    title stands for: "Sen." -> "senator") and all its words. A title written more than one way
    adds its group's key to both ("chief executive" is also referred back by "the CEO")."""
    out = []
    for d in entity.descriptions:
        words = _WORD.findall(d.text.lower())
        keys = frozenset(group for group, form in lex.title_forms() if _holds(words, form))
        out.append((lex.title_nouns(head_noun(d.text)) | keys, frozenset(words) | keys))
    return out


def address_roles(before: str, name: str, lex: QuoteLexicon) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The role a form of address gives ("Dr. Ann Lee": the doctor), as ``role_descriptions``
    gives it; the form is the last word of ``before`` or the first of the ``name`` mention."""
    words = _WORD.findall(before.lower())[-1:] + _WORD.findall(name.lower())[:1]
    keys = frozenset(group for group, form in lex.title_forms() if len(form) == 1 and form[0] in words)
    return [(keys, keys)] if keys else []


def title_keys(noun: Token, modifiers: frozenset[str], lex: QuoteLexicon) -> list[tuple[str, frozenset[str]]]:
    """The groups a role noun names with its modifiers ("the chief executive": the group of
    "CEO"), each with the modifiers left once the form's words are taken out."""
    phrase = [w for c in noun.lefts if c.dep_ in ("amod", "compound") for w in _WORD.findall(c.text.lower())]
    phrase.append(noun.lower_)
    return [
        (group, modifiers - set(form))
        for group, form in lex.title_forms()
        if tuple(phrase[len(phrase) - len(form) :]) == form
    ]


def _holds(words: list[str], form: tuple[str, ...]) -> bool:
    n = len(form)
    return any(tuple(words[i : i + n]) == form for i in range(len(words) - n + 1))


def role_modifiers(noun: Token) -> frozenset[str]:
    """Words modifying a role noun that a description must share: "the New Jersey governor" is
    not the "former Florida governor" named before. "Former" is dropped as often as written."""
    return frozenset(
        w
        for c in noun.lefts
        if c.dep_ in ("amod", "compound", "nmod")
        for w in _WORD.findall(c.text.lower())
        if w not in _TIME_WORDS
    )


__all__ = ["address_roles", "described_gender", "head_noun", "role_descriptions", "role_modifiers", "title_keys"]
