"""Who a cue's subject refers to: a named mention, a short name, a pronoun or a description.

A speaker resolves to a document-local entity only on evidence: the subject holds a mention of
it, is a short form of one of its names ("Town" for "Jenny Town"), or is a pronoun whose nearest
compatible antecedent it is. Otherwise the speaker stays None and ``name`` is the subject's own
words ("officials"), never a guess.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.extract.descriptions import DescriptionResolver
from storyline.extract.quote_datelines import dateline_end
from storyline.extract.quote_descriptions import described_gender, role_descriptions, role_modifiers
from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_marks import find_marked
from storyline.extract.quote_organisations import referred_organisation
from storyline.extract.quote_subjects import subject_of
from storyline.extract.quote_syntax import doc_text, is_cue_verb, sentence_of
from storyline.records import LocalEntity, Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERSONAL = {"he": "m", "him": "m", "she": "f", "her": "f"}
# "it" is an organisation or a country that spoke; "they" is as often a group never named, so
# it stays unresolved rather than pinned on the nearest organisation.
GROUP_PRONOUNS = {"it"}
SPEAKER_TYPES = ("PERSON", "ORG", "GPE", "NORP")
# Clause-level attachments that end a subject noun phrase ("Cho, a researcher at ...").
_NP_BREAKS = {"appos", "relcl", "acl", "punct", "cc", "conj", "advcl", "parataxis"}
_TITLES = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "sen.": "", "dr.": ""}
# How far back a pronoun looks for its antecedent, in sentences: news pronouns refer to someone
# named within the last few sentences; further back the nearest name is more often wrong.
PRONOUN_WINDOW = 6
# However long a chain of sentences about the same "he" runs, the search stops this far back.
PRONOUN_CHAIN = 20
# Cues whose source hands the word to someone else: after "Lee asked whether ...", "he said"
# is the one who answers (but in "Asked about it, Lee said ..." Lee is the one answering).
_QUESTIONS = frozenset({"ask", "question", "wonder"})


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker mention: its span, the words there, and the local entity when resolved."""

    start: int
    end: int
    name: str
    entity: str | None = None


class SpeakerFinder:
    """Resolves subjects of cues in one parsed document to speakers."""

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
        self.descriptions = DescriptionResolver.build(parsed, entities, mentions)
        self.gender = self._genders()
        self._sources: set[int] | None = None  # tokens that are sources of speech cues, on demand
        self._descriptions: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}  # see _description_words
        marked = sorted(find_marked(doc_text(parsed)), key=lambda m: m.start)
        self._quote_starts = [m.start for m in marked]
        self._quote_ends = [m.end for m in marked]

    # -- entities -------------------------------------------------------------------------------
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
        return _bare(self.entities[key].name)

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

    # -- subjects -------------------------------------------------------------------------------
    def from_token(self, token: Token, content: tuple[int, int] | None = None) -> Speaker | None:
        """The speaker a subject token names or refers to; ``content`` is never its antecedent."""
        if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl" and token.head.head is not token.head:
            # "Smith, who said ...": the mention is the relative pronoun, the referent its noun.
            described = self.from_token(token.head.head)
            end = token.idx + len(token.text)
            entity = described.entity if described else None
            return Speaker(token.idx, end, described.name if described else token.text, entity)
        if token.pos_ == "PRON" or token.lower_ in PERSONAL:
            return self.pronoun(token, content)
        start, end = _np_span(token)
        inside = self._mentions_in(token.subtree)
        dateline = dateline_end(doc_text(self.parsed), token.idx)
        if dateline is not None:
            # "OTTAWA -- Prime Minister Ann Lee said": the dateline is where, not who; the
            # parser may hang the whole subject on it, so the names up to the verb are looked at.
            verb = token.head if token.head.idx > dateline else token
            after = self._mentions_in(self.parsed[token.left_edge.i : verb.i])
            inside = [m for m in after if m.start >= dateline]
            start = max(start, dateline)
        chosen = _best_mention(inside, self.entities, token)
        if chosen is not None and self.entities[chosen.entity].type == "GPE":
            named = _name_around(token)
            if named[0] < chosen.start:
                # "Environment Canada said": a place ending a longer name is an agency, not the
                # country; the name as written is the speaker.
                return Speaker(named[0], named[1], doc_text(self.parsed)[named[0] : named[1]])
        if chosen is not None:
            key = self._full(chosen.entity, chosen.start)
            return Speaker(chosen.start, chosen.end, _bare(self.entities[key].name), key)
        words = doc_text(self.parsed)[start:end]
        surname = self.by_surname(token.text, token.idx) if token.pos_ == "PROPN" else None
        if surname is not None:
            return Speaker(token.idx, token.idx + len(token.text), self.entities[surname].name, surname)
        titled = self._described(token)
        if titled is not None:
            return Speaker(start, end, _bare(self.entities[titled].name), titled)
        organisation = self._organisation(token) or referred_organisation(token, self.descriptions)
        name = self.entities[organisation].name if organisation else words
        return Speaker(start, end, name, organisation)

    def _described(self, token: Token) -> str | None:
        """ "the senator said": the person named last before whose description holds the noun
        ("Senator Ann Lee", "Ann Lee, a senator from Ohio")."""
        if token.tag_ not in ("NN", "NNP") or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        noun = token.lower_
        modifiers = role_modifiers(token)
        best: str | None = None
        for m in self.mentions:
            if m.start >= token.idx:
                break
            entity = self.entities[m.entity]
            if entity.type != "PERSON" or self._quoted(m.start):
                continue
            key = self._full(m.entity, m.start)
            for heads, words in self._description_words(key):
                if noun in heads and modifiers <= words:
                    best = key
        return best

    def _description_words(self, key: str) -> list[tuple[frozenset[str], frozenset[str]]]:
        found = self._descriptions.get(key)
        if found is None:
            found = role_descriptions(self.entities[key], self.lex)
            self._descriptions[key] = found
        return found

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

    def _organisation(self, token: Token) -> str | None:
        """ "the ministry said": the organisation named earlier whose name holds the head noun."""
        head = token.lemma_.lower()
        if head not in self.lex.nominal_sources or token.tag_ in ("NNS", "NNPS"):
            return None
        best: str | None = None
        for m in self.mentions:
            if m.start >= token.idx:
                break
            entity = self.entities[m.entity]
            if entity.type == "ORG" and head in entity.name.lower().split():
                best = m.entity
        return best

    # -- pronouns -------------------------------------------------------------------------------
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

    def _quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside quotation marks: names a speaker quotes are not referents
        of the narrative's pronouns ('"Scott did well," Lee said. He added ...')."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and pos < self._quote_ends[i]

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


def _bare(name: str) -> str:
    """A name without a leading article: "the White House" -> "White House"."""
    return name[4:] if name.lower().startswith("the ") and len(name) > 4 else name


def _is_subject(parsed: Doc, mention: Mention) -> bool:
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def _best_mention(found: list[Mention], entities: dict[str, LocalEntity], head: Token) -> Mention | None:
    """The mention that names the subject: the one holding its head, else a person, else any."""
    if not found:
        return None
    for m in found:
        if m.start <= head.idx < m.end:
            return m
    if head.pos_ == "NOUN":
        # "a spokesman for Ryan", "Ryan's aide", "officials who met Lee": a person named in a
        # dependent is not the speaker; an apposition renames the head ("an aide, Ann Lee") and
        # "by" or "from" names an author ("an analysis by the institute").
        names = [c for c in head.children if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in ("by", "from"))]
        found = [m for m in found if any(c.left_edge.idx <= m.start < _end(c.right_edge) for c in names)]
    for wanted in ("PERSON", "ORG"):  # "officials in Minsk" are not Minsk
        for m in found:
            if entities[m.entity].type == wanted:
                return m
    return None


def _name_around(token: Token) -> tuple[int, int]:
    """The proper name a proper-noun head ends: the capitalised compounds right before it."""
    first = token
    for child in reversed(list(token.lefts)):
        if child.i != first.i - 1 or child.dep_ != "compound" or child.pos_ != "PROPN" or not child.text[:1].isupper():
            break
        first = child
    return first.idx, _end(token)


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def _np_span(token: Token) -> tuple[int, int]:
    """Character span of the subject noun phrase, without appositions or relative clauses."""
    left = token.left_edge
    right = token
    for child in token.rights:
        if child.dep_ in _NP_BREAKS or (child.dep_ == "prep" and child.lower_ == "as"):
            break  # "seen by analysts as a win": the "as" phrase says what they see
        right = child.right_edge
    return left.idx, right.idx + len(right.text)


def token_span(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char


def make_quote(
    text: str,
    start: int,
    end: int,
    kind: str,
    speaker: Speaker | None,
    cue: str | None,
    cue_start: int | None,
    cue_end: int | None,
) -> Quote:
    """A quote of ``text[start:end]`` with its speaker (if any) and its cue."""
    return Quote(
        start=start,
        end=end,
        text=text[start:end],
        kind=kind,  # type: ignore[arg-type]
        speaker=speaker.entity if speaker else None,
        speaker_name=speaker.name if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        cue=cue,
        cue_start=cue_start,
        cue_end=cue_end,
    )


__all__ = ["Speaker", "SpeakerFinder", "make_quote"]
