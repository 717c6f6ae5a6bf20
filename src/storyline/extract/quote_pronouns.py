"""Pronoun subjects of cues ("he said", "it said"), resolved to the nearest compatible
antecedent before them, if any."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_mentions import MentionIndex
from storyline.extract.quote_records import Speaker
from storyline.extract.quote_subjects import subject_of
from storyline.extract.quote_syntax import is_cue_verb, sentence_of
from storyline.records import LocalEntity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERSONAL = {"he": "m", "him": "m", "she": "f", "her": "f"}
# "it" is an organisation or a country that spoke; "they" is as often a group never named, so
# it stays unresolved rather than pinned on the nearest organisation.
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
        else:
            key = None
        if key is None:
            return span
        return Speaker(span.start, span.end, span.name, key)

    def _antecedent(
        self, token: Token, gender: str, types: tuple[str, ...], content: tuple[int, int] | None
    ) -> str | None:
        # "It can help Putin ..., he says": a name inside the quoted words is not the speaker.
        lo, hi = content or (0, 0)
        sent = sentence_of(token)
        for s in self._sentences_back(sent, token.lower_):
            limit = token.idx if s == sent else s.end_char
            found = [m for m in self._mentions_in(s) if m.end <= limit and self.entities[m.entity].type in types]
            found = [m for m in found if self._compatible(m, gender) and not lo <= m.start < hi]
            found = [m for m in found if not self._quoted(m.start)]
            if not found:
                continue
            subjects = [m for m in found if _is_subject(self.parsed, m)]
            if s != sent:
                # In an earlier sentence the one who spoke there is the likeliest referent:
                # '"...," Tester said. He added ...' even when others are subjects too.
                speakers = [m for m in found if self._is_cue_source(m)]
                if not speakers and not subjects and _pronoun_subject(s, token.lower_):
                    # "She has faced questions about Ann Lee's plan. She said ...": the earlier
                    # sentence is about the same "she"; the name inside it is someone else.
                    continue
                pick = (speakers or subjects or found)[0]
            else:
                pick = (subjects or found)[-1]
            return self._full(pick.entity, pick.start)
        return None

    def _sentences_back(self, sent: Span, pronoun: str) -> Iterator[Span]:
        """``sent`` and the sentences before it within the pronoun's reach: PRONOUN_WINDOW
        sentences, not counting those whose subject is the same pronoun (a chain of "he said"
        keeps its referent in view), and never more than PRONOUN_CHAIN in all."""
        left, seen = PRONOUN_WINDOW, 0
        while left > 0 and seen < PRONOUN_CHAIN:
            yield sent
            seen += 1
            if not _pronoun_subject(sent, pronoun):
                left -= 1
            if sent.start == 0:
                return
            sent = sentence_of(self.parsed[sent.start - 1])

    def _is_cue_source(self, mention: Mention) -> bool:
        """Whether the mention is the source of a speech cue ("Tester said", "said Tester")."""
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
        span = self.parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and any(t.i in self._sources for t in span)

    def _gender_of(self, mention: Mention) -> str | None:
        return self.gender.get(self._full(mention.entity, mention.start)) or self.gender.get(mention.entity)

    def _compatible(self, mention: Mention, gender: str) -> bool:
        if not gender:
            return True
        known = self._gender_of(mention)
        return known is None or known == gender


def _pronoun_subject(sent: Span, pronoun: str) -> bool:
    """Whether the main clause of ``sent`` has ``pronoun`` (or its other case) as subject."""
    same = {p for p, g in PERSONAL.items() if g == PERSONAL.get(pronoun)}
    root = sent.root
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in same for c in root.children)


def _is_subject(parsed: Doc, mention: Mention) -> bool:
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


__all__ = ["GROUP_PRONOUNS", "PERSONAL", "PronounResolver"]
