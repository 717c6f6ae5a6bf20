"""Who a cue's subject refers to: a named mention, a short name, a pronoun or a description.

A speaker resolves to a document-local entity only on evidence: the subject holds a mention of
it, is a short form of one of its names ("Town" for "Jenny Town"), or is a pronoun whose nearest
compatible antecedent it is. Otherwise the speaker stays None and ``name`` is the subject's own
words ("officials"), never a guess.

The layers: quote_mentions indexes the document's mentions and genders, quote_pronouns resolves
pronouns on top of it, and SpeakerFinder here resolves every other kind of subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.descriptions import DescriptionResolver
from storyline.extract.quote_authors import media_author
from storyline.extract.quote_descriptions import address_roles, role_descriptions, role_modifiers, title_keys
from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_mentions import bare_name
from storyline.extract.quote_noun_phrases import best_mention, name_around, np_span
from storyline.extract.quote_organisations import referred_organisation
from storyline.extract.quote_pronouns import PERSONAL, PronounResolver
from storyline.extract.quote_records import Speaker
from storyline.extract.quote_syntax import doc_text
from storyline.ingest.datelines import dateline_end
from storyline.records import LocalEntity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class SpeakerFinder(PronounResolver):
    """Resolves subjects of cues in one parsed document to speakers."""

    def __init__(
        self,
        parsed: Doc,
        entities: tuple[LocalEntity, ...],
        mentions: tuple[Mention, ...],
        lex: QuoteLexicon,
        descriptions: DescriptionResolver | None = None,
    ) -> None:
        super().__init__(parsed, entities, mentions, lex)
        if descriptions is None:  # the document's resolver is shared with the event stage
            descriptions = DescriptionResolver.for_document(parsed, entities, mentions)
        self.descriptions = descriptions
        self._descriptions: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}  # see _description_words

    def from_token(self, token: Token, content: tuple[int, int] | None = None) -> Speaker | None:
        """The speaker a subject token names or refers to; ``content`` is never its antecedent."""
        if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl" and token.head.head != token.head:
            # "Smith, who said ...": the mention is the relative pronoun, the referent its noun.
            described = self.from_token(_relative_referent(token))
            end = token.idx + len(token.text)
            entity = described.entity if described else None
            return Speaker(token.idx, end, described.name if described else token.text, entity)
        author = media_author(token, self.lex)
        if author is not None:
            # "according to a speech Lee gave": the words are the author's, when the text
            # says who that is ("her speech" with no "her" in reach stays the speech).
            speaker = self.from_token(author, content)
            if speaker is not None and (speaker.entity is not None or author.tag_ in ("NNP", "NNPS")):
                return speaker
        modified = any(c.i > token.i and c.dep_ in ("amod", "prep") for c in token.children)
        if (token.pos_ == "PRON" or token.lower_ in PERSONAL) and not modified:
            # "Those close to him say": a pronoun with words of its own is a description.
            return self.pronoun(token, content)
        start, end = np_span(token)
        inside = self._mentions_in(token.subtree)
        dateline = dateline_end(doc_text(self.parsed), token.idx)
        if dateline is not None:
            # "OTTAWA -- Prime Minister Ann Lee said": the dateline is where, not who; the
            # parser may hang the whole subject on it, so the names up to the verb are looked at.
            verb = token.head if token.head.idx > dateline else token
            after = self._mentions_in(self.parsed[token.left_edge.i : verb.i])
            inside = [m for m in after if m.start >= dateline]
            start = max(start, dateline)
        chosen = best_mention(inside, self.entities, token)
        if chosen is not None and self.entities[chosen.entity].type == "GPE":
            named = name_around(token)
            if named[0] < chosen.start:
                # "Environment Canada said": a place ending a longer name is an agency, not the
                # country; the name as written is the speaker.
                return Speaker(named[0], named[1], doc_text(self.parsed)[named[0] : named[1]])
        if chosen is not None and self._title_alone(token):
            # "the GM said", "the CEO said": the tagger took a title for an organisation's name.
            titled = self._described(token)
            if titled is not None:
                return Speaker(start, end, bare_name(self.entities[titled].name), titled)
        if chosen is not None:
            key = self._full(chosen.entity, chosen.start)
            return Speaker(chosen.start, chosen.end, bare_name(self.entities[key].name), key)
        words = doc_text(self.parsed)[start:end]
        surname = self.by_surname(token.text, token.idx) if token.pos_ == "PROPN" else None
        if surname is not None:
            return Speaker(token.idx, token.idx + len(token.text), self.entities[surname].name, surname)
        titled = self._described(token)
        if titled is not None:
            return Speaker(start, end, bare_name(self.entities[titled].name), titled)
        organisation = self._organisation(token) or referred_organisation(token, self.descriptions)
        name = self.entities[organisation].name if organisation else words
        return Speaker(start, end, name, organisation)

    def _title_alone(self, token: Token) -> bool:
        """A one-word title written after "the" with nothing else in its phrase ("the CEO")."""
        one_word = {form[0] for _, form in self.lex.title_forms() if len(form) == 1}
        return token.lower_ in one_word and [c.lower_ for c in token.children] == ["the"]

    def _described(self, token: Token) -> str | None:
        """ "the senator said": the one person named before whose description holds the noun
        ("Senator Ann Lee", "Ann Lee, a senator from Ohio"). When two persons fit ("Health
        Minister Ann Lee" and "Finance Minister Tom Hale" before "the minister said") the reader
        cannot tell which is meant either: no one is guessed."""
        if token.tag_ not in ("NN", "NNP") or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        modifiers = role_modifiers(token)
        wanted = [(token.lower_, modifiers), *title_keys(token, modifiers, self.lex)]
        text = token.doc.text
        fitting: list[str] = []
        spoke: list[str] = []  # the fitting persons who were sources of a cue before
        for m in self.mentions:
            if m.start >= token.idx:
                break
            entity = self.entities[m.entity]
            if entity.type != "PERSON" or self._quoted(m.start):
                continue
            key = self._full(m.entity, m.start)
            roles = self._description_words(key) + address_roles(
                text[max(0, m.start - 8) : m.start], text[m.start : m.end], self.lex
            )
            if any(noun in heads and need <= words for heads, words in roles for noun, need in wanted):
                fitting.append(key)
                if self._is_cue_source(m):
                    spoke.append(key)
        # Of several presidents named, the one who has been speaking is the one "the president
        # said" goes on quoting.
        return _one_person(fitting, self.entities) or _one_person(spoke, self.entities)

    def _description_words(self, key: str) -> list[tuple[frozenset[str], frozenset[str]]]:
        found = self._descriptions.get(key)
        if found is None:
            found = role_descriptions(self.entities[key], self.lex)
            self._descriptions[key] = found
        return found

    def _organisation(self, token: Token) -> str | None:
        """ "the ministry said": the organisation named earlier whose name holds the head noun."""
        head = token.lemma_.lower()
        # "Officials said" are people, not the office; but "police said", tagged plural and
        # its own lemma, is a collective noun for the one force named before.
        plural = token.tag_ in ("NNS", "NNPS") and head != token.lower_
        if head not in self.lex.nominal_sources or plural:
            return None
        best: str | None = None
        for m in self.mentions:
            if m.start >= token.idx:
                break
            entity = self.entities[m.entity]
            if entity.type == "ORG" and head in entity.name.lower().split():
                best = m.entity
        return best


def _one_person(keys: list[str], entities: dict[str, LocalEntity]) -> str | None:
    """The last of ``keys`` if they are one person. Entities sharing a name word are most often
    one person the tagger split ("Lee" and "Ann Lee"): only a person with none of the last
    one's names makes two."""
    if not keys:
        return None
    last = _name_words(entities[keys[-1]].name)
    return keys[-1] if all(_name_words(entities[k].name) & last for k in keys) else None


def _name_words(name: str) -> set[str]:
    return {w.lower() for w in name.split() if len(w) > 2}


def _relative_referent(relative: Token) -> Token:
    """The noun a relative pronoun refers to. After a list ("Ann Lee, Tom Hale and Ava Cole,
    who joked ...") the parser hangs the clause on one item, often the first; a singular clause
    refers to the item right before the pronoun. A plural verb ("..., who say") keeps the parse."""
    clause = relative.head
    noun = clause.head
    if clause.tag_ == "VBP" or relative.i < 2:
        return noun
    before = relative.doc[relative.i - 1]
    if before.text == ",":
        before = relative.doc[relative.i - 2]
    items = [c for c in noun.subtree if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")]
    last = next((c for c in items if c.left_edge.i <= before.i <= c.i), None)
    return last if last is not None and last.i == before.i else noun


__all__ = ["SpeakerFinder"]
