"""The speaker-type mentions of one document: where they are, whom short names stand for,
which persons are known to be women or men, and which mentions lie inside quotation marks."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from storyline.extract.quote_descriptions import described_gender
from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_marks import find_marked
from storyline.extract.quote_syntax import doc_text, sentence_of
from storyline.records import LocalEntity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SPEAKER_TYPES = ("PERSON", "ORG", "GPE", "NORP")
# Pronouns that tell the sex of the person they refer to.
_PRONOUN_GENDERS = {
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
}
# How far back, in sentences, another woman named keeps a "she" from telling a person's sex:
# as far as a pronoun looks for its antecedent (quote_pronouns.PRONOUN_WINDOW).
_SHE_WINDOW = 6
_TITLES = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "sen.": "", "dr.": ""}


class MentionIndex:
    """The mentions of persons, organisations and places in one parsed document."""

    def __init__(
        self, parsed: Doc, entities: tuple[LocalEntity, ...], mentions: tuple[Mention, ...], lex: QuoteLexicon
    ) -> None:
        self.parsed = parsed
        self.lex = lex
        self.entities = {e.key: e for e in entities}
        self.mentions = sorted(
            (m for m in mentions if self.entities.get(m.entity) and self.entities[m.entity].type in SPEAKER_TYPES),
            key=lambda m: m.start,
        )
        self.starts = [m.start for m in self.mentions]
        marked = sorted(find_marked(doc_text(parsed)), key=lambda m: m.start)
        self._quote_starts = [m.start for m in marked]
        self._quote_ends = [m.end for m in marked]
        self.gender = self._genders()

    def _genders(self) -> dict[str, str]:
        out: dict[str, str] = {}
        by_name: set[str] = set()  # persons whose gender comes from the first-name lists alone
        for key, entity in self.entities.items():
            if entity.type != "PERSON":
                continue
            first = entity.name.split()[0].lower() if entity.name.split() else ""
            named = "f" if first in self.lex.female_names else "m" if first in self.lex.male_names else ""
            described = described_gender(entity, self.lex)
            if named and described and named != described:
                continue  # a name both sexes bear, or a description of someone else: no evidence
            if named or described:
                out[key] = named or described
            if named and not described:
                by_name.add(key)
        text = doc_text(self.parsed)
        for m in self.mentions:
            title = self._title_gender(text, m.start)
            if not title:
                continue
            key = self._full(m.entity, m.start)
            if key == m.entity and key in by_name:
                # "Ms. Terry Vance", "the widow Terry Vance": a title or a noun of one sex on the
                # full name outweighs the lists of first names (a name listed for one sex is
                # borne by the other too).
                out[key] = title
                by_name.discard(key)
            else:
                out.setdefault(key, title)
        out.update(self._called(out, by_name))
        return out

    def _title_gender(self, text: str, start: int) -> str:
        """ "f" or "m" when the word right before a name is a title ("Ms.") or a noun of one
        sex written as one ("the widow Terry Vance", "actor Tom Hale"); else ""."""
        before = text[max(0, start - 20) : start]
        words = before.split()
        if not words or not before[-1:].isspace():
            return ""
        word = words[-1]
        if word.lower() in _TITLES:
            return _TITLES[word.lower()]
        if not word.islower():
            return ""
        return "f" if word in self.lex.female_nouns else "m" if word in self.lex.male_nouns else ""

    def _called(self, genders: dict[str, str], by_name: set[str]) -> dict[str, str]:
        """Persons the narrative calls only "she" though their first name is listed as male or
        not listed at all, and persons of unknown sex it calls only "he". A "she" (or "he")
        counts for the only person named in its sentence or the one before, a subject there,
        when no other person who may be of that sex is named or described within a pronoun's
        reach; a pronoun of the other sex counts against the only person named in its sentence
        before it or in the sentence before."""
        votes: dict[str, set[str]] = {}
        clear: set[str] = set()  # persons called "she" or "he" under those conditions
        for token in self.parsed:
            gender = _PRONOUN_GENDERS.get(token.lower_)
            if gender is None or self._quoted(token.idx):
                continue
            near = self._back(token, 2)
            people = self._people(near, subjects=False)
            if len(people) != 1:
                continue
            (key,) = people
            votes.setdefault(key, set()).add(gender)
            if self._only_referent(token, key, gender, genders):
                clear.add(key)
        out: dict[str, str] = {}
        for key in clear:
            if votes[key] == {"f"} and (key in by_name or key not in genders):
                out[key] = "f"
            elif votes[key] == {"m"} and key not in genders:
                out[key] = "m"
        return out

    def _only_referent(self, token: Token, key: str, gender: str, genders: dict[str, str]) -> bool:
        """Whether the pronoun subject ``token`` can only mean ``key``, a subject named just
        before it: no other person who may be of its sex is named or described within reach."""
        if token.dep_ not in ("nsubj", "nsubjpass") or not self._people(self._back(token, 2), subjects=True):
            return False  # "her", or a person named only in passing, may be anyone's
        reach = self._back(token, _SHE_WINDOW)
        nouns = self.lex.female_nouns if gender == "f" else self.lex.male_nouns
        if any(t.lower_ in nouns for t in reach):
            return False
        other_sex = "m" if gender == "f" else "f"
        others = self._people(reach, subjects=False) - {key}
        return all(genders.get(o) == other_sex for o in others)

    def _back(self, token: Token, sentences: int) -> Span:
        """The text from ``sentences - 1`` sentences before ``token``'s up to the token."""
        sent = sentence_of(token)
        for _ in range(sentences - 1):
            if sent.start == 0:
                break
            sent = sentence_of(self.parsed[sent.start - 1])
        return self.parsed[sent.start : token.i]

    def _people(self, words: Span, subjects: bool) -> set[str]:
        """Persons named outside quotation marks in ``words`` (as subjects only, if asked)."""
        return {
            self._full(m.entity, m.start)
            for m in self._mentions_in(words)
            if self.entities[m.entity].type == "PERSON"
            and not self._quoted(m.start)
            and (not subjects or self._subject(m))
        }

    def _subject(self, mention: Mention) -> bool:
        span = self.parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")

    def _full(self, key: str, before: int) -> str:
        """The entity a short name stands for: "Town" -> the last "... Town" named before."""
        entity = self.entities[key]
        words = entity.name.split()
        if len(words) != 1:
            return key  # a one-word name of any type may be a surname the tagger mistyped
        word = words[0].lower()
        best: str | None = None
        for m in self.mentions:
            other = self.entities[m.entity]
            names = other.name.lower().split()
            wanted = len(names) > 1 and word in (names[-1], names[0]) and self._personal(other)
            if wanted and (m.start < before or best is None):
                best = m.entity
        return best or key

    def _personal(self, entity: LocalEntity) -> bool:
        """A person, or a name the tagger mistyped that opens with a given name ("Ava Lee" as ORG)."""
        if entity.type == "PERSON":
            return True
        first = entity.name.split()[0].lower()
        return len(entity.name.split()) == 2 and (first in self.lex.female_names or first in self.lex.male_names)

    def name_of(self, key: str) -> str:
        return bare_name(self.entities[key].name)

    def by_surname(self, word: str, before: int) -> str | None:
        """The person whose last name is ``word``, named closest before ``before``."""
        word = word.lower()
        best: str | None = None
        for m in self.mentions:
            entity = self.entities[m.entity]
            wanted = entity.type == "PERSON" and entity.name.lower().split()[-1:] == [word]
            # A mention ending before the word, not one running into it ("Said Lee" read as a name).
            if wanted and (m.end <= before or best is None):
                best = m.entity
        return best

    def _mentions_in(self, tokens: object) -> list[Mention]:
        toks = list(tokens)  # type: ignore[call-overload]
        if not toks:
            return []
        lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        i = bisect.bisect_left(self.starts, lo)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < hi:
            out.append(self.mentions[i])
            i += 1
        return out

    def _quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside quotation marks: names a speaker quotes are not referents
        of the narrative's pronouns ('"Scott did well," Lee said. He added ...')."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and pos < self._quote_ends[i]


def bare_name(name: str) -> str:
    """A name without a leading article: "the White House" -> "White House"."""
    return name[4:] if name.lower().startswith("the ") and len(name) > 4 else name


__all__ = ["SPEAKER_TYPES", "MentionIndex", "bare_name"]
