"""Person names as heard in transcripts: casing, titles, and ASR spelling variants.

ASR output garbles names ("Gene Lee" for Jean Lee, "Derek Schafer" for Derek Shaffer), so two
spellings are taken for one person when they sound alike (a small phonetic key) or differ by
few edits. Whole-name similarity is never enough on its own for different surnames.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from storyline.speakers.lexicon import load_list

_PARTICLES = {"de", "da", "van", "von", "der", "den", "la", "le", "du", "bin", "al", "el", "di", "del"}


def strip_titles(name: str) -> str:
    """``name`` without leading titles ("Justice Stephen Breyer" -> "Stephen Breyer")."""
    titles = load_list("person_titles")
    words = name.split()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for n in (3, 2, 1):
            if len(words) > n and " ".join(words[:n]).lower().rstrip(".") in titles:
                words = words[n:]
                changed = True
                break
    return " ".join(words)


def tidy_name(name: str) -> str:
    """Name with ASR casing repaired: all-capital words in title case ("VEDANTAM" -> "Vedantam")."""
    words = []
    for word in name.replace("\u2019", "'").split():
        word = word.strip(',.;:!?"()[]')
        if len(word) > 1 and word.isupper() and word.isalpha():
            word = word.capitalize()
        elif len(word) > 1 and word.isupper():  # "O'BRIEN", "JONG-UN"
            word = re.sub(r"[A-Z]+", lambda m: m.group(0).capitalize(), word)
        if word.endswith("'s") and len(word) > 3:
            word = word[:-2]
        if word:
            words.append(word)
    return " ".join(words)


def name_key(name: str) -> str:
    """Case-, accent- and punctuation-free key of a name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def phonetic(word: str) -> str:
    """A small phonetic key: enough to hear "Gene"/"Jean", "Schafer"/"Shaffer" as one."""
    w = name_key(word).replace(" ", "")
    for a, b in (("sch", "sh"), ("ph", "f"), ("ck", "k"), ("gh", "g"), ("kn", "n"), ("wr", "r"), ("qu", "kw")):
        w = w.replace(a, b)
    w = re.sub(r"^ge|^gi|^gy", "je", w)
    w = re.sub(r"c(?=[eiy])", "s", w).replace("c", "k").replace("z", "s").replace("x", "ks")
    w = w.replace("y", "i").replace("w", "") if len(w) > 2 else w
    if not w:
        return ""
    head, rest = w[0], w[1:]
    if head in "aeiou":
        head = "a"
    rest = re.sub(r"[aeiouh]", "", rest)
    rest = re.sub(r"(.)\1+", r"\1", rest)
    return head + rest


def similar_words(a: str, b: str) -> bool:
    """Two name words that are probably the same word heard twice."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if phonetic(ka) == phonetic(kb) and min(len(ka), len(kb)) >= 3:
        return True
    # ratio 0.8: one wrong letter in a five-letter name ("Shaffer"/"Schafer" scores 0.86)
    return min(len(ka), len(kb)) >= 4 and SequenceMatcher(None, ka, kb).ratio() >= 0.8


def split_name(name: str) -> tuple[str, str]:
    """(first, last) words of a person name; last is empty for a one-word name."""
    words = [w for w in name.split() if w.lower() not in _PARTICLES or w == name.split()[0]]
    if len(words) < 2:
        return (words[0] if words else ""), ""
    return words[0], words[-1]


def same_person(a: str, b: str, *, shared_description: bool = False) -> bool:
    """Whether two spellings can name one person (full names, or a full name and a part).

    A differing first name with the same surname counts only when the first names sound alike
    or the two were introduced with the same description ("the former bureau chief").
    """
    fa, la = split_name(a)
    fb, lb = split_name(b)
    if not la or not lb:  # one-word name: it must be a part of the other
        one, other = (a, b) if not la else (b, a)
        return any(similar_words(one, part) for part in other.split())
    if not similar_words(la, lb):
        return False
    return similar_words(fa, fb) or shared_description


__all__ = ["name_key", "phonetic", "same_person", "similar_words", "split_name", "strip_titles", "tidy_name"]
