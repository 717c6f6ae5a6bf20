"""The source of a cue verb: its subject, the agent of a passive, a name after an inverted cue,
or the subject of the clause the cue hangs from ("smiled and said", "..., saying").
"""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from storyline.extract.quote_split_subjects import name_before_title

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def subject_of(verb: Token) -> Token | None:
    """The source of a cue verb: its subject, the agent of a passive, or the subject it shares."""
    source = _after_said(verb) or _parsed_source(verb)
    named = named_after_closing(verb)
    if named is not None and (source is None or not named[0] < source.i < verb.i):
        # The parser read the quotation's own subject ("We will ...") as the cue's, or a name
        # after it ('... said on Fox News "Fox and Friends"'), or none.
        return named[1]
    return source


def _after_said(verb: Token) -> Token | None:
    """ "..., Lee said, going on to say that ...": a participle (or a verb it leads to) right
    after a comma that follows a verb with a subject shares that subject, however the parser
    hung it (often on the next clause, whose subject is someone else)."""
    participle = verb
    while participle.dep_ == "xcomp" and participle.tag_ != "VBG" and participle.head != participle:
        participle = participle.head  # "going on to say": through "to say" to "going"
    doc = verb.doc
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or participle.i < 2:
        return None
    comma, before = doc[participle.i - 1], doc[participle.i - 2]
    if comma.text != "," or before.pos_ not in ("VERB", "AUX") or before.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subjects = [c for c in before.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < before.i]
    return subjects[-1] if len(subjects) == 1 else None


# How many words may stand between a quotation's closing mark and its cue: a name with a title
# and a short description ("Flynn, a top aide to the governor, said").
_NAME_REACH = 12


def named_after_closing(verb: Token) -> tuple[int, Token] | None:
    """'"...," police Chief Ann Lee said', '"...," Lee, a senator, said': the name standing
    between a quotation's closing mark (after its comma) and the cue is the source, however the
    parser hung it; with the closing mark's index. None when a verb of another clause stands
    there or no name opens the stretch."""
    doc = verb.doc
    mark = next(
        (i for i in range(verb.i - 1, max(verb.i - _NAME_REACH, 0) - 1, -1) if doc[i].text in _CLOSING_MARKS), None
    )
    if mark is None or mark < 1 or doc[mark - 1].text not in (",", "?", "!") or mark + 1 >= verb.i:
        return None
    between = doc[mark + 1 : verb.i]
    if any(_other_verb(t, verb) for t in between):
        return None
    if not _capitalised_word(between[0]):
        return None
    name = [t for t in between if t.ent_type_ in ("PERSON", "ORG")] or [
        t for t in between if t.pos_ == "PROPN" and _capitalised_word(t)
    ]
    if not name:
        return None
    first = name[0]
    last = first
    while last.i + 1 < verb.i and doc[last.i + 1] in name and doc[last.i + 1].ent_type_ == first.ent_type_:
        last = doc[last.i + 1]  # to the end of the first name: "Chuck Jordan", not a later one
    return mark, last


def _other_verb(token: Token, verb: Token) -> bool:
    """A verb other than the cue's auxiliaries; a word of a name the tagger took for a verb
    ("Tulsa police Chief ...") is none."""
    if token.pos_ not in ("VERB", "AUX") or token.ent_type_:
        return False
    return not (token.dep_ in ("aux", "neg") and token.head.i == verb.i)


def _capitalised_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def _parsed_source(verb: Token) -> Token | None:
    """The source of a cue verb as the parse gives it."""
    closing = verb.i > 0 and verb.doc[verb.i - 1].text in _CLOSING_MARKS
    quoted_subject = any(c.dep_ in SUBJECTS and c.i < verb.i for c in verb.children)
    postposed = _postposed(verb) if closing and quoted_subject else None
    if postposed is not None:
        # '"Safety," said Grimm': after an inversion the name that follows is the source, even
        # where the parser made a quoted word the subject.
        return postposed
    seen = 0
    adjunct = False  # whether the cue is a participle set into the clause reached
    while seen < 4:  # conj/advcl chains are short; the bound only guards odd parses
        seen += 1
        subjects = name_before_title([c for c in verb.children if c.dep_ in SUBJECTS])
        for child in _outside_quotation(verb, subjects):
            if child.dep_ == "nsubjpass" and seen > 1 and verb.lemma_.lower() in _WITNESSED:
                return child  # "Lee was quoted as saying", "Lee can be heard yelling"
            if child.dep_ == "nsubjpass" and adjunct:
                # "After saying her foot was swollen, she was whisked off": the passive
                # subject is who said it, unless an agent is named.
                return _agent(verb) or child
            if child.dep_ == "nsubjpass" or child.lower_ == "there":
                return _agent(verb)
            return child
        agent = _agent(verb)
        if agent is not None:
            return agent
        postposed = _postposed(verb)
        if postposed is not None:
            return postposed
        if verb.dep_ == "relcl" or _described_speaker(verb):
            return verb.head
        if verb.dep_ == "xcomp" and verb.head != verb:
            controller = _object_controller(verb)
            if controller is not None:
                return controller
        if verb.dep_ in _SHARES_SUBJECT and verb.head != verb:
            if verb.dep_ != "prep":  # "After saying ...": through the preposition to its clause
                adjunct = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "pcomp")
            verb = verb.head
            continue
        described = described_before(verb)
        return described[1] if described is not None else None
    return None


# Verbs whose object does not do what their complement says: "Lee promised them to say".
_SUBJECT_CONTROL = frozenset({"promise", "threaten", "vow", "pledge"})
_PERSONAL_OBJECTS = frozenset({"him", "her", "them", "me", "us"})


def _object_controller(verb: Token) -> Token | None:
    """ "forced Stumpf to admit", "footage of Lee saying": the object of the verb above a cue
    complement is the one who speaks, when it is a person, not the subject of that verb. A
    common-noun object counts through a name after "of" when the cue is a participle
    ("footage of Lee saying"); any other common noun ("took the stage to say") does not."""
    head = verb.head
    if head.lemma_.lower() in _SUBJECT_CONTROL:
        return None
    for child in head.children:
        if child.dep_ != "dobj" or child.i > verb.i:
            continue
        if child.ent_type_ in ("PERSON", "ORG", "NORP") or child.pos_ == "PROPN" or child.lower_ in _PERSONAL_OBJECTS:
            return child
        if verb.tag_ == "VBG" and child.pos_ == "NOUN":
            named = [
                g
                for p in child.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj" and g.ent_type_ == "PERSON"
            ]
            if named:
                return named[0]
    return None


def _outside_quotation(verb: Token, subjects: list[Token]) -> list[Token]:
    """'"One of the best," Rep. Ann Lee said': where the parser gave the verb two subjects, one
    inside the quotation before it and one after its closing mark, the one after is the source.
    Otherwise, past a comma, the one nearest before the verb: in "THE PLAN Back when he wrote
    it, Lee said" a heading run into the sentence is the other."""
    if len(subjects) < 2:
        return subjects
    # "... were made public ― Lee boasted": a dash the parser took for a noun is no subject.
    worded = [c for c in subjects if any(ch.isalnum() for ch in c.text)]
    if 0 < len(worded) < len(subjects):
        return _outside_quotation(verb, worded)
    doc = verb.doc
    after = [c for c in subjects[1:] if c.left_edge.i > 0 and doc[c.left_edge.i - 1].text in _CLOSING_MARKS]
    if after:
        return after
    before = [c for c in subjects if c.i < verb.i]
    if len(before) < 2 or not any(t.text == "," for t in doc[before[0].i : before[-1].left_edge.i]):
        return subjects  # "His ex-wife said": one subject the parser split at its hyphen
    if _apposition(before[-2], before[-1]):
        return before[-2:-1]
    return before[-1:]


def _apposition(name: Token, other: Token) -> bool:
    """ "Ann Lee, the head of the agency, said" parsed with two subjects: the description set
    off by a comma right after the name is its apposition, and the name is the source."""
    doc = name.doc
    comma = name.right_edge.i + 1
    return (
        name.ent_type_ in ("PERSON", "ORG")
        and name.pos_ == "PROPN"
        and other.pos_ == "NOUN"
        and comma < len(doc)
        and doc[comma].text == ","
        and other.left_edge.i == comma + 1
    )


def _ends_at(participle: Token, verb: Token) -> int:
    """Where the participle's phrase ends, leaving out the cue if the parser hung it there."""
    ends = [c.right_edge.i for c in participle.children if c.i < verb.i]
    return max([participle.i, *ends])


# Tags of the participle in such a phrase; the tagger often takes "asked" there for a past tense.
_PARTICIPLE_TAGS = ("VBG", "VBN", "VBD")


def described_before(verb: Token) -> tuple[Token, Token] | None:
    """ "Lee, noting the delay, said ...": the participle phrase between a subject and its cue,
    with that subject, where the parser hung the subject on the participle and left the cue
    without one (it then reads the whole stretch before the cue as the cue's complement).

    Only for a cue with no subject of its own, right after the phrase's closing comma.
    """
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and doc[i].dep_ in ("aux", "neg") and doc[i].head.i == verb.i:
        i -= 1  # "Lee, asked about it, had said ..."
    if i < 2 or doc[i].text != ",":
        return None
    last = doc[i - 1]
    participle: Token | None = last
    while participle is not None and not (
        participle.tag_ in _PARTICIPLE_TAGS and _ends_at(participle, verb) in (i - 1, i)
    ):
        head = participle.head
        participle = head if head.i != participle.i and head.i < verb.i else None
    if participle is None:
        return None
    subjects = [c for c in participle.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < participle.i]
    if not subjects or doc[participle.i - 1].text != ",":
        return None  # "Lee, noting ..., said": the phrase stands between commas after its subject
    return participle, subjects[-1]


# Passive verbs of hearing or quoting whose subject is the speaker of the cue below them: "was
# quoted as saying", "can be heard yelling", "was recorded telling", "was caught saying".
_WITNESSED = frozenset({"quote", "hear", "overhear", "record", "film", "catch", "see", "tape"})


# Attachments through which a cue shares the subject of the clause above it: "smiled and said"
# (conj), "..., saying" (advcl), "wants to add" (xcomp), "issued a statement that" (dobj of a
# noun cue), "after telling reporters" (pcomp/prep), "was quick to add" (acomp).
_SHARES_SUBJECT = ("conj", "advcl", "xcomp", "acl", "pcomp", "prep", "pobj", "dobj", "attr", "oprd", "acomp")


_NAMED = ("PERSON", "ORG", "GPE", "NORP")
_CLOSING_MARKS = {'"', "''", "\u201d", "\u2019"}
# What stands before an inverted cue: the end of the quotation or clause it reports.
_INVERSION_BEFORE = {",", '"', "'", "\u201d", "\u2019", "''", "\u2014", "--"}


# Cues whose past participle describes the person spoken to, not the speaker ("Lee, asked
# about the plan, said ..."): the participle of one of these never makes its noun the source.
_ADDRESSED = frozenset({"ask", "tell", "question", "press", "urge", "call", "advise", "inform", "remind"})


def _described_speaker(verb: Token) -> bool:
    """ "Mitt Romney, the former nominee, tweeted ...": the parser took the verb for a participle
    modifying the name; the name is still its subject."""
    if verb.dep_ != "acl" or verb.head.i > verb.i:
        return False
    head = verb.head
    if not (head.ent_type_ in ("PERSON", "ORG") or head.pos_ == "PROPN"):
        return False
    return not (verb.tag_ == "VBN" and verb.lemma_.lower() in _ADDRESSED)


def _postposed(verb: Token) -> Token | None:
    """ "..., said Mr. Lee": a name right after the cue that the parser took for an object.

    Only after an inversion (the cue follows the reported words and a comma or closing mark):
    elsewhere a name after the cue is its object, the addressee of "told POLITICO that".
    """
    doc = verb.doc
    if verb.i + 1 >= len(doc) or verb.i == 0 or doc[verb.i - 1].text not in _INVERSION_BEFORE:
        return None
    nxt = doc[verb.i + 1]
    for child in verb.rights:
        adjacent = child.dep_ in ("dobj", "attr", "npadvmod", "oprd") and child.left_edge.i == nxt.i
        if adjacent and (child.ent_type_ in _NAMED or (child.pos_ == "PROPN" and not child.ent_type_)):
            return child
    if nxt.ent_type_ in _NAMED or (not nxt.ent_type_ and (nxt.pos_ == "PROPN" or _capitalised(nxt))):
        # The tagger, puzzled by the inversion, made the name an adverb or a stray dependent:
        # the name runs to the last word of its entity or proper-noun run.
        last = nxt
        while last.i + 1 < len(doc) and _same_name(last, doc[last.i + 1]):
            last = doc[last.i + 1]
        return last
    return None


def _same_name(token: Token, nxt: Token) -> bool:
    if token.ent_type_ in _NAMED:
        return nxt.ent_type_ == token.ent_type_ and nxt.ent_iob_ == "I"
    return nxt.pos_ == "PROPN" or _capitalised(nxt)


def _capitalised(token: Token) -> bool:
    """A capitalised word inside a sentence: a name the tagger did not recognise ("said Skelly")."""
    if token.lower_ in _CALENDAR:
        return False
    return token.is_alpha and token.text[:1].isupper() and not token.is_sent_start


# Capitalised words that name a time, not a speaker ("said Monday" the tagger missed).
_CALENDAR = frozenset(n.lower() for n in (*calendar.day_name, *calendar.month_name) if n)


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


__all__ = ["SUBJECTS", "described_before", "subject_of"]
