"""Name normalisation shared by the per-document and corpus entity stages.

``name_key`` folds the spelling differences news text shows for one name (case, accents,
hyphens, dots in abbreviations, a leading "the", a possessive) so that "Kim Jong-un" and
"Kim Jong Un", "U.S." and "US" get one key. ``sound_key`` is a coarse phonetic key for one
word, for spelling and transcription variants ("Yuri"/"Yury", "Gene"/"Jean").
"""

from __future__ import annotations

import re
import unicodedata

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_SPACE = re.compile(r"\s+")


def clean_surface(text: str) -> str:
    """The mention text as a name: whitespace squeezed, possessive and edge punctuation gone."""
    text = _SPACE.sub(" ", text).strip()
    text = _POSSESSIVE.sub("", text)
    return text.strip(" ,;:-–—\"“”'‘()[]")


def strip_article(text: str) -> str:
    return _LEADING_THE.sub("", text)


def fold(text: str) -> str:
    """Lower case ASCII with accents removed."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return text.lower()


def name_key(text: str) -> str:
    """The key two spellings of one name share: "the U.S.'s" -> "us", "Kim Jong-un" -> "kim jong un"."""
    text = strip_article(clean_surface(text))
    text = fold(text)
    text = re.sub(r"(?<=\b\w)\.", "", text)  # dots of abbreviations: u.s. -> us
    text = text.replace("&", " and ")
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    # "3G iPhone" and "iPhone 3G": a generation before a product name is its version after it
    return re.sub(r"^(\d(?!st|nd|rd|th)[a-z]{1,2}) (.+)$", r"\2 \1", text)


def key_words(key: str) -> list[str]:
    return key.split()


def initials(name: str, skip: frozenset[str] = frozenset({"of", "for", "the", "and", "on", "de", "du", "la"})) -> str:
    """Upper-case initials of the capitalised words of ``name``: "United Auto Workers" -> "UAW"."""
    words = re.findall(r"[A-Za-z][\w'-]*", name)
    return "".join(w[0].upper() for w in words if w.lower() not in skip)


def is_acronym(text: str) -> bool:
    """ "UAW", "U.N.", "GM": two to six capitals, optionally dotted."""
    plain = text.replace(".", "")
    return 2 <= len(plain) <= 6 and plain.isalpha() and plain.isupper()


# Generational suffixes after a person's surname: "Henry M. Paulson Jr." is Paulson. "Sr." is
# kept: it is written to tell a father from his better-known son.
_GENERATION = frozenset({"jr", "ii", "iii", "iv"})


def person_key(key: str) -> str:
    """A person's name key without a generational suffix: 'henry m paulson jr' -> 'henry m paulson'."""
    words = key.split()
    while len(words) > 2 and words[-1] in _GENERATION:
        words.pop()
    return " ".join(words)


_SOUND_RULES = (
    (re.compile(r"^g(?=[eiy])"), "j"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck|q"), "k"),
    (re.compile(r"c(?=[aou])|c$"), "k"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"z"), "s"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"dzh|dj"), "j"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"w"), "v"),
    (re.compile(r"(.)\1+"), r"\1"),
)


def sound_key(word: str) -> str:
    """A coarse phonetic key: first sound, then consonants ("Gene"/"Jean" -> "jn", "Yuri"/"Yury" -> "yr")."""
    word = re.sub(r"[^a-z]", "", fold(word))
    if not word:
        return ""
    for pattern, repl in _SOUND_RULES:
        word = pattern.sub(repl, word)
    head, rest = word[0], re.sub(r"[aeiouyh]", "", word[1:])
    if head in "aeiou":
        head = "a"
    return head + rest


__all__ = [
    "clean_surface",
    "fold",
    "initials",
    "is_acronym",
    "key_words",
    "name_key",
    "person_key",
    "sound_key",
    "strip_article",
]
