"""Pronoun subjects of cues ("he said", "it said"), resolved to the nearest compatible
antecedent before them, if any."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from storyline.extract.quote_group_pronouns import described_group
from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_mentions import MentionIndex
from storyline.extract.quote_records import Speaker
from storyline.extract.quote_subjects import subject_of
from storyline.extract.quote_syntax import doc_text, is_cue_verb, sentence_of
from storyline.extract.quote_unnamed import unnamed_source
from storyline.records import LocalEntity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERSONAL = {"he": "m", "him": "m", "she": "f", "her": "f"}
# "it" is an organisation or a country that spoke; "they" is as often a group never named, so
# it is resolved only to a named group that spoke in the sentence right before.
GROUP_PRONOUNS = {"it"}
# How far back a pronoun looks for its antecedent, in sentences: news pronouns refer to someone
# named within the last few sentences; further back the nearest name is more often wrong.
PRONOUN_WINDOW = 6
# However long a chain of sentences about the same "he" runs, the search stops this far back.
PRONOUN_CHAIN = 20
# Cues whose source hands the word to someone else: after "Lee asked whether ...", "he said"
# is the one who answers (but in "Asked about it, Lee said ..." Lee is the one answering).
_QUESTIONS = frozenset({"ask", "question", "wonder"})


class PronounResolver(MentionIndex):
    """Resolves pronoun subjects of one parsed document to the local entities they refer to."""

    def __init__(
        self, parsed: Doc, entities: tuple[LocalEntity, ...], mentions: tuple[Mention, ...], lex: QuoteLexicon
    ) -> None:
        super().__init__(parsed, entities, mentions, lex)
        self._sources: set[int] | None = None  # tokens that are sources of speech cues, on demand

    def pronoun(self, token: Token, content: tuple[int, int] | None = None) -> Speaker:
        """A pronoun subject, resolved to the nearest compatible antecedent before it, if any."""
        span = Speaker(token.idx, token.idx + len(token.text), token.text)
        low = token.lower_
        if low in PERSONAL:
            key = self._antecedent(token, PERSONAL[low], ("PERSON",), content)
        elif low in GROUP_PRONOUNS:
            key = self._antecedent(token, "", ("ORG", "GPE", "NORP"), content)
        elif low == "they":
            key = self._group_speaker(token, content) or self._described_group(token, content)
        else:
            key = None
        if key is None:
            return span
        if isinstance(key, tuple):  # a speaker named as written, with no entity
            return Speaker(span.start, span.end, key[2])
        return Speaker(span.start, span.end, span.name, key)

    def _antecedent(
        self, token: Token, gender: str, types: tuple[str, ...], content: tuple[int, int] | None
    ) -> str | tuple[int, int, str] | None:
        # "It can help Putin ..., he says": a name inside the quoted words is not the speaker.
        lo, hi = content or (0, 0)
        sent = sentence_of(token)
        for s in self._sentences_back(sent, token.lower_):
            limit = token.idx if s == sent else s.end_char
            found = [m for m in self._mentions_in(s) if m.end <= limit and self._of_type(m, types)]
            # A name in that stretch that is itself the source of a cue is no quoted word: in
            # "Lee said she felt ... because 'most ...,' she said" the "she" is Lee.
            found = [
                m for m in found if self._compatible(m, gender) and (not lo <= m.start < hi or self._is_cue_source(m))
            ]
            found = [m for m in found if not self._quoted(m.start)]
            # "the Lee campaign", "a U.S. senator": a name modifying a noun names the thing, not
            # a person a later "he" or "she" can be, nor the body or country an "it" is.
            found = [m for m in found if not _modifies_noun(self.parsed, m)]
            if self._described_nearer(s, limit, gender, found):
                return None
            if s != sent and "PERSON" in types and not any(self._is_cue_source(m) for m in found):
                # '"...," said Coun. Ann Lee. "...," she said.': the nearer speaker is Ann Lee
                # even when the tagger gave her no entity.
                unnamed = unnamed_source(s, s.end_char, self._cue_sources(), self._mentions_in(s), gender, self.lex)
                if unnamed is not None:
                    return unnamed
            if not found:
                continue
            subjects = [m for m in found if _is_subject(self.parsed, m)]
            if s != sent:
                # In an earlier sentence the one who spoke there is the likeliest referent:
                # '"...," Tester said. He added ...' even when others are subjects too.
                speakers = [m for m in found if self._is_cue_source(m)]
                about_same = self._pronoun_speaks(s, token.lower_) or (
                    not subjects and _pronoun_subject(s, token.lower_)
                )
                if not speakers and about_same:
                    # "She has faced questions about Ann Lee's plan. She said ...": the earlier
                    # sentence is about the same "she"; the name inside it is someone else.
                    # So is one where the same "he" speaks: "Lee will win, he said."
                    continue
                pick = (speakers or subjects or found)[0]
            else:
                pick = (subjects or found)[-1]
            return self._full(pick.entity, pick.start)
        return None

    def _described_nearer(self, sent: Span, limit: int, gender: str, found: list[Mention]) -> bool:
        """ "My mother has softened, but she still says ...": a noun of the pronoun's sex as a
        subject after the last name in reach is the nearer referent; the pronoun is someone the
        document does not name, so no name is guessed for it."""
        if not gender:
            return False
        nouns = self.lex.female_nouns if gender == "f" else self.lex.male_nouns
        after = max((m.start for m in found), default=-1)
        return any(
            t.lower_ in nouns and t.dep_ in ("nsubj", "nsubjpass") and after < t.idx < limit and not self._quoted(t.idx)
            for t in sent
        )

    def _of_type(self, mention: Mention, types: tuple[str, ...]) -> bool:
        """Whether the mention's entity is of one of ``types``; a person's name the tagger
        mistyped ("Ava Lee" as an organisation) counts as a person."""
        entity = self.entities[mention.entity]
        return entity.type in types or ("PERSON" in types and self._personal(entity))

    def _group_speaker(self, token: Token, content: tuple[int, int] | None) -> str | None:
        """ "they" after a named group spoke in the sentence before ("Democrats said ... They
        added ..."): that group; else None, for "they" is as often a group never named."""
        sent = sentence_of(token)
        if sent.start == 0:
            return None
        before = sentence_of(self.parsed[sent.start - 1])
        lo, hi = content or (0, 0)
        found = [
            m
            for m in self._mentions_in(before)
            if self.entities[m.entity].type in ("NORP", "ORG")
            and not lo <= m.start < hi
            and not self._quoted(m.start)
            and self._is_cue_source(m)
            and _plural(self.parsed, m)
        ]
        return found[0].entity if len(found) == 1 else None

    def _described_group(self, token: Token, content: tuple[int, int] | None) -> tuple[int, int, str] | None:
        """ "Critics say ... They added ...": the described group, named by its own words."""
        lo, hi = content or (0, 0)
        sources = self._cue_sources()

        def spoke(noun: Token) -> bool:
            return noun.i in sources and not lo <= noun.idx < hi and not self._quoted(noun.idx)

        span = described_group(token, spoke)
        return None if span is None else (span[0], span[1], doc_text(self.parsed)[span[0] : span[1]])

    def _sentences_back(self, sent: Span, pronoun: str) -> Iterator[Span]:
        """``sent`` and the sentences before it within the pronoun's reach: PRONOUN_WINDOW
        sentences, not counting those whose subject is the same pronoun or where it speaks (a
        chain of "he said" keeps its referent in view) nor those inside quotation marks, and
        never more than PRONOUN_CHAIN in all."""
        left, seen = PRONOUN_WINDOW, 0
        while left > 0 and seen < PRONOUN_CHAIN:
            yield sent
            seen += 1
            if not (_pronoun_subject(sent, pronoun) or self._pronoun_speaks(sent, pronoun) or self._all_quoted(sent)):
                left -= 1
            if sent.start == 0:
                return
            sent = sentence_of(self.parsed[sent.start - 1])

    def _pronoun_speaks(self, sent: Span, pronoun: str) -> bool:
        """Whether ``pronoun`` (or its other case) is the source of a speech cue of the main
        clause of ``sent`` ("Lee will win, he said"), not of a clause inside it ("Lee
        condemned what he called ...", "When he wrote it, Lee said ...")."""
        same = _same_pronouns(pronoun)
        return any(
            t.lower_ in same and t.i in self._cue_sources() and _main_clause(t.head)
            for t in sent
            if t.dep_ in ("nsubj", "nsubjpass")
        )

    def _all_quoted(self, sent: Span) -> bool:
        """Whether ``sent`` lies inside quotation marks: a speaker's quoted sentences are her
        turn, not narrative that could name someone new ('"No. It is late. We go," she said.')."""
        words = [t for t in sent if t.is_alpha]
        return bool(words) and self._quoted(words[0].idx) and self._quoted(words[-1].idx)

    def _is_cue_source(self, mention: Mention) -> bool:
        """Whether the mention is the source of a speech cue ("Tester said", "said Tester")."""
        span = self.parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and any(t.i in self._cue_sources() for t in span)

    def _cue_sources(self) -> set[int]:
        """The tokens that are sources of speech cues, found once per document."""
        if self._sources is None:
            self._sources = set()
            for token in self.parsed:
                if not is_cue_verb(token, self.lex.speech) or token.dep_ == "relcl":
                    continue  # "Lee, who has called the plan a hoax, ...": background, not the speaker
                asks = token.lemma_.lower() in _QUESTIONS
                if asks and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
                    continue  # "Lee asked whether ...": the one asked speaks next
                source = subject_of(token)  # "Asked about it, Lee said ...": Lee answers
                if source is not None:
                    self._sources.add(source.i)
        return self._sources

    def _gender_of(self, mention: Mention) -> str | None:
        return self.gender.get(self._full(mention.entity, mention.start)) or self.gender.get(mention.entity)

    def _compatible(self, mention: Mention, gender: str) -> bool:
        if not gender:
            return True
        known = self._gender_of(mention)
        return known is None or known == gender


def _same_pronouns(pronoun: str) -> set[str]:
    """The personal pronoun in both cases ("he" -> he, him); empty for others."""
    return {p for p, g in PERSONAL.items() if g == PERSONAL.get(pronoun)}


def _pronoun_subject(sent: Span, pronoun: str) -> bool:
    """Whether the main clause of ``sent`` (or a clause joined to it: "..., and she became
    upset") has ``pronoun`` (or its other case) as subject."""
    same = _same_pronouns(pronoun)
    root = sent.root
    clauses = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in same for v in clauses for c in v.children)


def _main_clause(verb: Token) -> bool:
    """Whether ``verb`` heads its sentence, is set into it ("..., he said, ...": wherever the
    parser hangs it, it attributes the sentence) or is joined to the head."""
    return verb.dep_ in ("ROOT", "parataxis") or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _modifies_noun(parsed: Doc, mention: Mention) -> bool:
    """Whether the mention modifies a common noun after it ("the Lee campaign"); a capitalised
    head is more often a title the parser put last ("Secretary General Ann Lee")."""
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "compound":
        return False
    head = span.root.head
    return head.i >= span.end and head.pos_ == "NOUN" and head.is_lower


def _plural(parsed: Doc, mention: Mention) -> bool:
    """Whether the mention is a plural noun ("Democrats", "the Greens")."""
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.tag_ in ("NNPS", "NNS")


def _is_subject(parsed: Doc, mention: Mention) -> bool:
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


__all__ = ["GROUP_PRONOUNS", "PERSONAL", "PronounResolver"]
