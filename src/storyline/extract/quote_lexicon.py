"""The word lists quote finding uses, read once from ``storyline/data/quotes``."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from importlib import resources


def _words(name: str) -> frozenset[str]:
    text = resources.files("storyline.data").joinpath("quotes", name).read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(line for line in lines if line)


@dataclass(frozen=True, slots=True)
class QuoteLexicon:
    speech: frozenset[str]
    cognition: frozenset[str]
    denial: frozenset[str]
    intention: frozenset[str]
    objects: frozenset[str]  # "verb" or "verb prep"
    characterizing: frozenset[str]  # "see X as Y"
    idioms: frozenset[str]  # "verb noun prep"
    stance_adjectives: frozenset[str]  # "hopeful that ..."
    source_phrases: frozenset[str]
    source_adverbs: frozenset[str]
    cue_nouns: frozenset[str]
    media_nouns: frozenset[str]  # "said in a [statement] that ..."
    nominal_sources: frozenset[str]
    female_names: frozenset[str]
    male_names: frozenset[str]
    female_nouns: frozenset[str]
    male_nouns: frozenset[str]
    title_abbreviations: frozenset[str]  # "abbreviation noun"
    evidence: frozenset[str] = frozenset()  # "a poll shows": cues of evidence, not of speech
    topic_verbs: frozenset[str] = frozenset()  # "criticized [her record]": an object, not words
    presenting: frozenset[str] = frozenset()  # "identified Y as ...": presenting, a speaker's act
    title_synonyms: frozenset[str] = frozenset()  # "form | form | ...": one title written two ways
    # Derived once in ``lexicon()``: they are asked for at every token.
    cue_verbs: frozenset[str] = frozenset()  # every verb that can cue a report
    phrase_starts: frozenset[str] = frozenset()  # "according" of "according to"

    def title_nouns(self, word: str) -> frozenset[str]:
        """The nouns an abbreviated title stands for ("sen" -> "senator"), else the word itself."""
        found = frozenset(p.split()[1] for p in self.title_abbreviations if p.split()[0] == word)
        return found or frozenset({word})

    def title_forms(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Each form of a title written more than one way, with its group's key (the line)."""
        return tuple((group, tuple(form.split())) for group in self.title_synonyms for form in group.split("|"))


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """The lower-cased entries of ``data/quotes/NAME``, for a list only one finder reads."""
    return _words(name)


@functools.cache
def lexicon() -> QuoteLexicon:
    """The shipped lexicon (cached: the files are read once per process)."""
    lex = QuoteLexicon(
        speech=_words("speech_verbs.txt"),
        cognition=_words("cognition_verbs.txt"),
        denial=_words("denial_verbs.txt"),
        intention=_words("intention_verbs.txt"),
        objects=_words("object_verbs.txt"),
        characterizing=_words("characterizing_verbs.txt"),
        idioms=_words("idiom_cues.txt"),
        stance_adjectives=_words("stance_adjectives.txt"),
        source_phrases=_words("source_phrases.txt"),
        source_adverbs=_words("source_adverbs.txt"),
        cue_nouns=_words("cue_nouns.txt"),
        media_nouns=_words("media_nouns.txt"),
        nominal_sources=_words("nominal_sources.txt"),
        female_names=_words("female_names.txt"),
        male_names=_words("male_names.txt"),
        female_nouns=_words("female_nouns.txt"),
        male_nouns=_words("male_nouns.txt"),
        title_abbreviations=_words("title_abbreviations.txt"),
        evidence=_words("evidence_verbs.txt"),
        topic_verbs=_words("topic_verbs.txt"),
        presenting=_words("presenting_verbs.txt"),
        title_synonyms=_words("title_synonyms.txt"),
    )
    verbs = lex.speech | lex.cognition | lex.denial | lex.intention | {o.split()[0] for o in lex.objects}
    starts = frozenset(p.split()[0] for p in lex.source_phrases)
    return dataclasses.replace(lex, cue_verbs=frozenset(verbs), phrase_starts=starts)


__all__ = ["QuoteLexicon", "lexicon", "word_list"]
