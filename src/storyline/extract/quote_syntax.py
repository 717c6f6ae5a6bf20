"""Attribution structures in the dependency parse: a cue, its source subject and its content.

- speech and cognition verbs with a clause complement: "Ushakov said [the leaders may sign]",
  "officials expect [the talks to resume]" (ccomp), "she plans [to visit]" (xcomp);
- denials and proposals with a noun phrase: "the ministry denied [the report]";
- source phrases: "[5 million shells were sent], according to the ministry";
- statement nouns with a "that" clause: "his claim [that the deal is off]".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.extract.quote_clauses import misread_clause
from storyline.extract.quote_coordination import first_cue, next_cue_start
from storyline.extract.quote_judgements import idiom, judgement, stance
from storyline.extract.quote_lexicon import QuoteLexicon, lexicon
from storyline.extract.quote_misreads import (
    addressee_clause,
    closed_before,
    medium_clause,
    only_framing,
    question_asked,
)
from storyline.extract.quote_noun_phrases import by_actor
from storyline.extract.quote_questions import put_to_subject
from storyline.extract.quote_subjects import SUBJECTS, described_before, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Verbs of evidence: a poll or document "shows" its object, a person does not report one.
EVIDENCE = {"show", "find", "indicate", "demonstrate"}
# Clause dependents that carry content when the parser attaches a "that" clause elsewhere.
CLAUSES = ("ccomp",)


@dataclass(frozen=True, slots=True)
class Attribution:
    """A cue with the token naming its source (or None) and its content as a character span."""

    cue: Token
    cue_start: int
    cue_end: int
    source: Token | None
    start: int
    end: int
    lemma: str
    # A content around its cue ("The plan, according to X, would cost ..."): each side's span.
    parts: tuple[tuple[int, int], ...] = ()


def find_attributions(parsed: Doc, lex: QuoteLexicon) -> list[Attribution]:
    """Every cue of the parse with a content span; the source token where the parse has one."""
    out: list[Attribution] = []
    cues = lex.cue_verbs
    phrase_starts = lex.phrase_starts
    for token in parsed:
        lemma = cue_lemma(token)
        judged = judgement(token, lex) or idiom(token, lex) or stance(token, lex)
        if judged is not None:
            out.append(_make(token, judged[1], judged[0], token.lemma_.lower()))
        elif is_cue_verb(token, cues) and not put_to_subject(token, lemma):
            # "said A, adding that B": the second cue's speaker is the first's.
            speaking = first_cue(token, lambda t: is_cue_verb(t, cues)) or token
            for found in _verb_content(token, lemma, lex):
                out.append(_make(token, subject_of(speaking), found, lemma))
        elif _as_put_it(token):
            # "As Sullivan put it, ...": the idiom is a speech cue with the clause it introduces.
            for found in _around(token):
                out.append(_make(token, subject_of(token), found, "put it"))
        elif token.lower_ in phrase_starts:
            phrase = source_phrase(token, lex)
            if phrase is not None:
                out.append(phrase)
        elif token.lower_ in lex.source_adverbs and token.head != token:
            reported = _reported_clause(token, lex)
            if reported is not None:
                out.append(reported)
        elif token.pos_ == "NOUN" and lemma in lex.cue_nouns:
            noun = _noun_content(token)
            if noun is not None:
                out.append(noun)
    return out


_SENTENCES = "storyline_quote_sentences"
_TEXT = "storyline_quote_text"


def doc_text(doc: Doc) -> str:
    """``Doc.text``, joined once per document (the property joins every token on each call)."""
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT] = text
    return text


def sentence_of(token: Token) -> Span:
    """The sentence holding ``token``. ``Token.sent`` walks the whole document on every call;
    the sentence starts are listed once per document instead (in ``Doc.user_data``)."""
    doc = token.doc
    # Plain token offsets, so the cache survives serialising the Doc with its user data.
    cached: tuple[list[int], list[int]] | None = doc.user_data.get(_SENTENCES)
    if cached is None:
        sents = list(doc.sents)
        cached = ([s.start for s in sents], [s.end for s in sents])
        doc.user_data[_SENTENCES] = cached
    starts, ends = cached
    i = max(bisect.bisect_right(starts, token.i) - 1, 0)
    return doc[starts[i] : ends[i]]


def cue_lemma(token: Token) -> str:
    """The lemma of a possible cue; "Wants" in a headline is tagged a proper noun, lemma and all."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("PROPN", "NOUN") and lemma.endswith("s") and lemma == token.lower_:
        return lemma[:-1]
    cues = lexicon().cue_verbs
    if token.pos_ == "VERB" and lemma not in cues:
        # The lemmatizer takes "hopes", "hoped", "hoping" for forms of "hop": a regular form of
        # a cue verb is that cue.
        word = token.lower_
        for suffix, ending in _REGULAR:
            if word.endswith(suffix) and word[: len(word) - len(suffix)] + ending in cues:
                return word[: len(word) - len(suffix)] + ending
    return lemma


# Regular verb endings and what replaces them in the base form ("hoping" -> "hope").
_REGULAR = (("es", "e"), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""))


def is_cue_verb(token: Token, cues: frozenset[str]) -> bool:
    """A verb of the lexicon used as a predicate ("so-called", "the alleged plot" are not cues)."""
    if token.dep_ == "amod" or cue_lemma(token) not in cues:
        return False
    if token.pos_ not in ("VERB", "AUX") and not any(c.dep_ in SUBJECTS for c in token.children):
        return False  # a noun ("hopes for peace") unless the tagger mistook a verb with a subject
    return not (token.i > 0 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 1].whitespace_)


def _make(cue: Token, source: Token | None, span: tuple[int, int], lemma: str) -> Attribution:
    return Attribution(cue, cue.idx, cue.idx + len(cue.text), source, span[0], span[1], lemma)


def _verb_content(verb: Token, lemma: str, lex: QuoteLexicon) -> list[tuple[int, int]]:
    """Content spans of a cue verb: usually one; two around a parenthetical cue."""
    parenthetical = verb.dep_ in ("parataxis", "ccomp") and verb.head.pos_ in ("VERB", "AUX")
    if verb.dep_ == "ccomp" and verb.i > verb.head.i and is_cue_verb(verb.head, lex.speech):
        # "the police said officers were called to the home": the clause a speech verb
        # introduces is its content, not a parenthetical cue around it.
        parenthetical = False
    parenthetical = parenthetical or (verb.dep_ == "advcl" and _has_mark(verb, "as"))  # "As she told ..."
    # "as she continues to face ...": a verb with its own complement is no parenthetical cue.
    own = any(c.dep_ in (*CLAUSES, "xcomp") for c in verb.children)
    # "The vote will fail, aides believe.": a belief is reported the same way.
    inserted = lemma in lex.speech or (lemma in lex.cognition and verb.dep_ == "parataxis")
    if parenthetical and inserted and not own:
        # "The goal is a truce, he said." / "Instead, Trump told CNN, his policy would be ...":
        # the parser hangs a parenthetical cue off the reported clause.
        return _around(verb)
    if verb.dep_ in ("relcl", "acl", "ccomp") and lemma in lex.denial and verb.head.pos_ == "NOUN":
        # "a claim that Moscow has denied": the described noun is what was denied.
        objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
        if not objects or objects[0].tag_ in ("WDT", "WP"):
            head = verb.head
            return [(head.left_edge.idx, verb.left_edge.idx)]
    found = _complement(verb, lemma, lex)
    return [found] if found is not None else []


# Speech verbs that also mark aspect: "continue working" reports nothing.
_ASPECTUAL = frozenset({"continue"})


def _has_mark(verb: Token, word: str) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == word for c in verb.children)


def _as_put_it(token: Token) -> bool:
    return token.dep_ == "advcl" and _has_mark(token, "as") and puts_it(token)


def puts_it(token: Token) -> bool:
    """ "put it" of "as Lee put it, ..." or "Lee put it this way: ...", the idiom of speech."""
    return token.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)


def _complement(verb: Token, lemma: str, lex: QuoteLexicon) -> tuple[int, int] | None:
    clauses = [c for c in verb.children if c.dep_ in CLAUSES]
    if clauses and clauses[0].i < verb.i and described_before(verb) is not None:
        # "Lee, noting the delay, said ...": the stretch before the cue is its subject, misread.
        clauses = [c for c in clauses if c.i > verb.i]
        if not clauses:
            return None
    if len(clauses) > 1 and clauses[0].i < verb.i < clauses[-1].i and _has_mark(clauses[-1], "that"):
        # "Writing for a panel that agreed Lee won, Ann noted that ...": a clause the cue opens
        # with "that" is what it reports; one before it is a misread part of the framing.
        clauses = [c for c in clauses if c.i > verb.i]
    if len(clauses) > 1 and clauses[0].i < verb.i < clauses[-1].i and closed_before(clauses[0], verb):
        # "The runner spoke out; he says he fears ...": a clause ended by a semicolon, colon or
        # dash before the cue is a sentence of its own; what the cue reports follows it.
        clauses = clauses[1:]
    if clauses:
        first = clauses[0]
        if first.i < verb.i:
            return subtree_span(first)
        # The parser often hangs the rest of a reported sentence ("..., if he wins") on the cue
        # verb; annotators count everything after the cue as content, so run to its end, or to
        # a second cue of the speaker's ("..., adding that ...") that gives a quote of its own.
        end = _clause_end(verb)
        second = next_cue_start(verb, first, lambda t: is_cue_verb(t, lex.cue_verbs))
        return first.left_edge.idx, end if second is None else min(end, second)
    if (lemma in lex.speech or lemma in lex.cognition) and lemma not in _ASPECTUAL:
        misread = misread_clause(verb, lemma in lex.speech)
        if misread is not None:
            clause, start = misread
            end = subtree_span(clause)[1]
            second = next_cue_start(verb, clause, lambda t: is_cue_verb(t, lex.cue_verbs))
            return start, end if second is None else min(end, second)
    if lemma in lex.intention:
        for child in verb.children:
            if child.dep_ == "xcomp" and child.i > verb.i:
                return subtree_span(child)
    if lemma in lex.speech and lemma not in _ASPECTUAL:
        for child in verb.children:
            if child.dep_ in ("xcomp", "csubj") and child.tag_ == "VBG" and child.i == verb.i + 1:
                # "said having Trump on the ticket puts ...": a gerund subject of the reported
                # clause, which the parser hangs on the cue.
                return child.left_edge.idx, _clause_end(verb)
    question = question_asked(verb, lemma)
    if question is not None:
        return question
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    predicates = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
    if not objects and len(predicates) > 1:
        # "called Lee a liar" parsed with two predicates: the first is the one called a liar.
        objects = predicates[:1]
    if objects and lemma in lex.speech and _comparative_correlative(objects[0]):
        # "say the more votes she wins, the more ...": the parser reads the first half of the
        # "the more ..., the more ..." clause as the verb's object.
        return objects[0].left_edge.idx, _clause_end(verb)
    if objects and lemma in lex.speech:
        # "asked her to call", "urged Congress to act", "accused him of lying": the object and
        # what it is asked, urged or accused of, as PolNeAR marks such content.
        for child in verb.children:
            wanted = child.dep_ in ("xcomp", "ccomp", "oprd") or (
                child.dep_ == "prep" and child.lower_ in ("of", "for")
            )
            if child.i > objects[0].i and wanted:
                return objects[0].left_edge.idx, subtree_span(child)[1]
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i and f"{lemma} {child.lower_}" in lex.objects:
            return _with_infinitive(verb, _after(child))
        mark = child.left_edge
        if (
            child.dep_ == "advcl"
            and mark.dep_ == "mark"
            and mark.i > verb.i
            and f"{lemma} {mark.lower_}" in lex.objects
        ):
            # "calling for the state to act": the parser reads "for" as the mark of a clause.
            return _after_mark(child)
        if child.dep_ == "dobj" and lemma in EVIDENCE and child.i > verb.i and _personal(subject_of(verb)):
            return None  # "he showed stamina": a person showing something is not a report
        # "said that ..." parsed with the clause as an object or a prepositional phrase.
        if child.dep_ in ("dobj", "attr") and child.left_edge.lower_ == "that" and child.i > verb.i:
            return subtree_span(child)
        if child.dep_ == "dobj" and lemma in lex.objects | lex.denial and child.i > verb.i:
            return _object_span(verb, child)
    if lemma not in lex.speech:
        return None
    return medium_clause(verb, lex) or addressee_clause(verb)


def _comparative_correlative(obj: Token) -> bool:
    """Whether an object opens "the more ..., the more ...": twice "the" and a comparative
    ("more", "fewer", "better"), the second after a comma, in one sentence."""
    doc = obj.doc
    sent = sentence_of(obj)

    def opens(i: int) -> bool:
        return doc[i].lower_ == "the" and i + 1 < sent.end and doc[i + 1].tag_ in ("JJR", "RBR")

    first = obj.left_edge.i
    return opens(first) and any(doc[i].text == "," and opens(i + 1) for i in range(first + 2, sent.end - 1))


def _object_span(verb: Token, obj: Token) -> tuple[int, int]:
    """The object, with the "as ..." that says what it was called ("described it as a hoax")."""
    start, end = subtree_span(obj)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and child.i > obj.i:
            end = max(end, subtree_span(child)[1])
        elif child.dep_ == "prep" and child.i == obj.right_edge.i + 1 and by_actor(child):
            # "described crass behavior by the mayor": a verb with an object has no agent, so
            # "by" and a named actor right after the object say whose the behaviour was.
            end = max(end, subtree_span(child)[1])
    return start, end


def _after(prep: Token) -> tuple[int, int] | None:
    """The object of a preposition ("hopes for [a miracle]")."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return subtree_span(objects[0]) if objects else None


def _with_infinitive(verb: Token, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "called on [lawmakers to pass the bill]": the infinitive after the object belongs to it."""
    if span is None:
        return None
    for child in verb.children:
        if child.dep_ == "xcomp" and child.idx >= span[1]:
            return span[0], subtree_span(child)[1]
    return span


def _after_mark(clause: Token) -> tuple[int, int]:
    """A clause without its opening mark ("for [the state to act]")."""
    return clause.doc[clause.left_edge.i + 1].idx, subtree_span(clause)[1]


def _clause_end(verb: Token) -> int:
    sent = sentence_of(verb)
    right = _second_clause(verb.right_edge) or verb.right_edge
    end = right.idx + len(right.text)
    for token in sent:
        if token.i > verb.i and "\n\n" in token.text_with_ws:
            end = min(end, token.idx + len(token.text))
            break
    return end


def _second_clause(last: Token) -> Token | None:
    """A second complement the parser hangs on the main verb; returns its last token.

    "saying it was a start but that more work was needed": a "that" clause (a finite main clause
    never opens with "that"). "saying she was rooting for them but would now cheer for ...": a
    subjectless clause opening with a modal right after the content, with no comma between (with
    one, "..., but would not say how she would vote" goes on about the main clause's subject).
    """
    doc = last.doc
    i = last.i + 1
    comma = i < len(doc) and doc[i].text == ","
    i += comma
    if i + 1 >= len(doc) or doc[i].dep_ != "cc" or doc[i].lower_ not in ("and", "but"):
        return None
    opener = doc[i + 1]
    if opener.lower_ == "that" and opener.dep_ == "mark":
        clause = opener.head
    elif opener.tag_ == "MD" and opener.dep_ == "aux" and not comma:
        clause = opener.head
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            return None
    else:
        return None
    if clause.dep_ != "conj" or clause.left_edge.i != i + 1 or clause.head.i > last.i:
        return None
    if not any(a.i == clause.head.i for a in last.ancestors):
        return None  # coordinated with the cue's own clause or above it, not with something else
    return clause.right_edge


def _around(verb: Token) -> list[tuple[int, int]]:
    """The parts of the head clause on either side of a parenthetical cue."""
    head = verb.head
    sent = sentence_of(verb)
    lo = max(head.left_edge.idx, sent.start_char)
    hi = min(head.right_edge.idx + len(head.right_edge.text), sent.end_char)
    cue_lo, cue_hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
    text = doc_text(verb.doc)
    left, right = text[lo:cue_lo], text[cue_hi:hi]
    if "\n\n" in left:
        lo += left.rindex("\n\n") + 2
    if "\n\n" in right:
        hi = cue_hi + right.index("\n\n")
    sides = [(lo, cue_lo)] if not only_framing(head, lo, cue_lo) else []
    return [(a, b) for a, b in (*sides, (cue_hi, hi)) if b > a]


def _personal(token: Token | None) -> bool:
    return token is not None and (token.ent_type_ == "PERSON" or token.lower_ in ("he", "she", "i", "we", "you"))


def source_phrase(first: Token, lex: QuoteLexicon) -> Attribution | None:
    """ "according to X": X is the source; the clause the phrase modifies is the content."""
    doc = first.doc
    for phrase in lex.source_phrases:
        words = phrase.split()
        end = first.i + len(words)
        if end > len(doc) or [t.lower_ for t in doc[first.i : end]] != words:
            continue
        last = doc[end - 1]
        objects = [c for c in last.children if c.dep_ == "pobj"]
        source = objects[0] if objects else (doc[end] if end < len(doc) else None)
        clause = first.head if first.head != first else None
        while clause is not None and clause.dep_ not in ("ROOT", "ccomp") and clause.head != clause:
            clause = clause.head
        if clause is None:
            clause = sentence_of(first).root
        phrase_span = subtree_span(first)
        cue_end = doc[end - 1].idx + len(doc[end - 1].text)
        sides = _around_phrase(subtree_span(clause), phrase_span, doc_text(first.doc))
        if sides is not None:
            left, right = sides
            return Attribution(first, first.idx, cue_end, source, left[0], right[1], phrase, sides)
        span = _without(subtree_span(clause), phrase_span, doc_text(first.doc))
        if span is None:
            return None
        return Attribution(first, first.idx, cue_end, source, span[0], span[1], phrase)
    return None


def _reported_clause(adverb: Token, lex: QuoteLexicon) -> Attribution | None:
    """ "The talks reportedly stalled": the clause, with no source, the adverb as cue."""
    head = adverb.head
    if is_cue_verb(head, lex.cue_verbs) and _verb_content(head, cue_lemma(head), lex):
        return None  # "reportedly said that ...": the verb is the cue
    sent = sentence_of(adverb)
    lo = max(head.left_edge.idx, sent.start_char)
    hi = min(head.right_edge.idx + len(head.right_edge.text), sent.end_char)
    # The clause as a whole, the adverb inside it: cutting it out would split the content.
    span = trim(doc_text(adverb.doc), lo, hi)
    if span is None:
        return None
    return Attribution(adverb, adverb.idx, adverb.idx + len(adverb.text), None, span[0], span[1], adverb.lower_)


def _noun_content(noun: Token) -> Attribution | None:
    """ "the claim that ...": content is the clause; the possessor or "by" object the source."""
    for child in noun.children:
        if (
            child.dep_ in ("acl", "ccomp")
            and child.left_edge.lower_ == "that"
            and child.i > noun.i
            and _complete(child)
        ):
            # "the Kremlin claim that ...", or "But Lee claims that ..." with "claims" read as a
            # noun: a name compounded with the noun is whose claim it is, before whoever
            # issued or rejected it.
            named = next((c for c in noun.children if c.dep_ == "compound" and _names_source(c)), None)
            source = (
                next((c for c in noun.children if c.dep_ == "poss"), None)
                or named
                or _from_source(noun)
                or subject_of(noun)
            )
            return _make(noun, source, subtree_span(child), noun.lemma_.lower())
    return None


def _from_source(noun: Token) -> Token | None:
    """ "a claim by the union that ...", "warnings from his lawyer that ...": the one the
    words come from, before whoever the sentence is about."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from") and prep.i > noun.i:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _names_source(token: Token) -> bool:
    """A proper name that can make a claim: a person, organisation or place, not a date."""
    return token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP")


def _complete(clause: Token) -> bool:
    """A "that" clause with its own subject and object is a complement ("the claim that X did Y"),
    not a relative clause ("the claim that X denied", where "that" is the object)."""
    if clause.left_edge.dep_ in ("nsubj", "dobj", "nsubjpass"):
        return False
    return not (
        clause.lemma_.lower() in ("deny", "reject", "dispute") and not any(c.dep_ == "dobj" for c in clause.children)
    )


# Words each side of a phrase inside a clause needs for the clause to go on around it ("The
# plan, according to the council, would cost ..."); a shorter side is an adverb or a conjunction.
MIN_SIDE_WORDS = 2


def _around_phrase(outer: tuple[int, int], hole: tuple[int, int], text: str) -> tuple[tuple[int, int], ...] | None:
    """Both parts of ``outer`` around ``hole`` when the clause runs on both sides of it."""
    left = trim(text, outer[0], hole[0])
    right = trim(text, hole[1], outer[1])
    if left is None or right is None:
        return None
    if min(len(_WORDS.findall(text[s:e])) for s, e in (left, right)) < MIN_SIDE_WORDS:
        return None
    return left, right


def _without(outer: tuple[int, int], hole: tuple[int, int], text: str) -> tuple[int, int] | None:
    """The larger part of ``outer`` left of or right of ``hole``, trimmed of punctuation."""
    left = (outer[0], hole[0])
    right = (hole[1], outer[1])
    best = max(left, right, key=lambda s: s[1] - s[0])
    return trim(text, *best)


_TRAILING = ",.;: \n\t-\u2014\u2013"
_WORDS = re.compile(r"\w+")


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop surrounding spaces and clause punctuation (not quote marks) from a content span."""
    while start < end and text[start] in _TRAILING:
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    while end > start and text[end - 1] == ")" and "(" not in text[start:end]:
        end -= 1  # "(his campaign said that he was ill)": the bracket closes the aside, not the content
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
    return (start, end) if end - start > 1 else None


def subtree_span(token: Token) -> tuple[int, int]:
    left, right = token.left_edge, token.right_edge
    return left.idx, right.idx + len(right.text)


__all__ = [
    "Attribution",
    "cue_lemma",
    "find_attributions",
    "is_cue_verb",
    "puts_it",
    "source_phrase",
    "subtree_span",
    "trim",
]
