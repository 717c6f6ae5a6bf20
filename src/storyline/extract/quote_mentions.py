"""The speaker-type mentions of one document: where they are, whom short names stand for,
which persons are known to be women or men, and which mentions lie inside quotation marks."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from storyline.extract.quote_descriptions import described_gender
from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_marks import find_marked
from storyline.extract.quote_syntax import doc_text
from storyline.records import LocalEntity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

SPEAKER_TYPES = ("PERSON", "ORG", "GPE", "NORP")
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
        self.gender = self._genders()
        marked = sorted(find_marked(doc_text(parsed)), key=lambda m: m.start)
        self._quote_starts = [m.start for m in marked]
        self._quote_ends = [m.end for m in marked]

    def _genders(self) -> dict[str, str]:
        out: dict[str, str] = {}
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
        text = doc_text(self.parsed)
        for m in self.mentions:
            before = text[max(0, m.start - 6) : m.start].split()
            title = before[-1].lower() if before else ""
            if _TITLES.get(title):
                out.setdefault(self._full(m.entity, m.start), _TITLES[title])
        return out

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
