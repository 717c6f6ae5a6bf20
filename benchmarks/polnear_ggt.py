"""PolNeAR gold seen the way the Gender Gap Tracker (GGT) annotates quotes: a proxy for its held-out set.

    python benchmarks/polnear_ggt.py POLNEAR_GOLD.json OUT.json

The GGT set (98 Canadian news articles, scored by ``shared/eval/quotes_ggt.py``) is held out;
PolNeAR's dev gold is visible and marks far more than GGT does. This module rewrites PolNeAR
attributions into GGT's gold shape, ``documents[SOURCE].quotes`` = ``{text, start, end, speaker,
speaker_mention, verb, verb_span}``, so the GGT scorer can run on our PolNeAR export. It reads
the PolNeAR gold at run time and writes the converted gold to a temporary file; nothing of the
data is kept in the repository.

Choices (where GGT's annotation guide is not at hand, the choice follows what their extractor
and evaluation treat as a quote):

- **Which attributions are quotes.** GGT counts speech: a clause or quotation introduced by a
  verb of saying, and "according to". PolNeAR also marks beliefs ("believes", "wants"),
  plans, perceptions and evidence ("a poll shows"); those are dropped. An attribution is kept
  when a word of its cue is a form of one of ``SPEECH_LEMMAS`` (or a speech noun of
  ``SPEECH_NOUNS``: "in a statement"), when the cue is "according to", or when its content
  holds a quotation in marks of at least ``MIN_QUOTED_WORDS`` words (a direct or mixed quote,
  whatever its cue, e.g. a colon or a dash). A content under ``MIN_QUOTE_WORDS`` words is an
  object ("disclosed them"), not reported words, and is dropped. The list is written here, apart from the
  project's own lexicon, so that a change to the lexicon cannot confirm itself.
- **Span.** ``start``/``end`` = PolNeAR's content span. A split quotation (``"A," she said,
  "B."``) is one PolNeAR attribution with two fragments; it stays one quote whose span runs
  from the first fragment to the last, as GGT's single quote index per quote can only do.
  Fragments that are separate quotations and sentences (``"A," she said. "B."``: the first
  closes its marks, a sentence ends in the gap) become separate quotes: GGT
  calls a quoted sentence after an attributed one a "floating quote", with the speaker's name
  but no speaker mention and no verb of its own (the scorer's speaker_span rule for quotes
  without a mention comes from there).
- **Speaker.** ``speaker_mention`` = PolNeAR's source span (null for a source-less
  attribution). ``speaker`` is the resolved name GGT's annotators write: for a source holding
  a proper name, its last run of capitalised words that are not titles ("Republican Sen. Ted
  Cruz" -> "Ted Cruz", "Mr. Obama" -> "Obama"), widened to the longest run of capitalised
  words ending with the same word earlier in the article ("Obama" -> "Barack Obama"); for a
  personal or relative pronoun, the name of the nearest named source before it (relative
  pronouns: the name right before them; a pronoun source is itself no named source); for a
  description that ends in a title word ("the mayor", "the former senator"), the name the
  article last wrote after that title ("Mayor Ana de Souza"; "Vice President" is another
  title), as GGT's annotators resolve such descriptions; for any other description ("a
  source", "officials", "the Republican nominee": an article and lower-case words), the
  description as written (a proxy without coreference cannot resolve it, and scores neither
  convention). Party brackets ("(D-Ore.)"), title words ("German Chancellor", "Secretary of
  State"), sentence openers ("Many Democrats") and a headline's capitals ("Mom Corners Lee")
  are no part of a name. Without a source: empty.
- **Verb.** The cue word that made the attribution a quote, as written ("said" of "has said"),
  "according to", or the whole cue otherwise (empty for punctuation cues).

The conversion is heuristic: it approximates, not reproduces, GGT's annotators.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Verbs whose complement is what someone said or wrote (lemmas; forms are derived below).
SPEECH_LEMMAS = _words(
    """say tell add write note state explain report announce declare claim argue insist ask
    answer reply respond warn tweet post comment remark mention acknowledge admit concede
    confirm deny suggest recall continue emphasize emphasise stress urge promise pledge vow
    predict testify assert contend allege complain joke quip boast caution counter repeat
    reiterate disclose reveal describe speak shout yell chant sing"""
)
SPEECH_NOUNS = _words("statement interview remarks speech tweet post letter email testimony comments")
IRREGULAR = {
    "said": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
    "sang": "sing",
    "sung": "sing",
}
# A quotation shorter than this inside a content is a scare quote or a name, not a quote.
MIN_QUOTED_WORDS = 4
# A content shorter than this is an object ("declared bankruptcy"), not reported words; GGT's
# extractor drops quotes under four words too.
MIN_QUOTE_WORDS = 4

PRONOUNS = _words("he she they it i we you him her them his its their who whom which that")
RELATIVE = frozenset({"who", "whom", "which", "that"})
TITLES = _words(
    """mr mrs ms miss dr sen senator rep representative gov governor president vice prime minister
    secretary gen general judge justice attorney speaker chairman chairwoman chair sheriff mayor
    rev lt col sgt adm capt professor prof chief director leader former candidate nominee
    spokesman spokeswoman spokesperson rival aide the a an u.s del chancellor commissioner
    retired"""
)
# Capitalised words opening a sentence before a name or a group, no part of it ("Many Democrats").
NOT_NAME_WORDS = _words("even many some most several all both fellow those these")
# Words that may stay lower-case inside a name ("Center for Public Opinion Research").
NAME_JOINERS = _words("of for and the on in at to de")
_WORD = re.compile(r"[\w.'\u2019-]+")
_QUOTED = re.compile(r"[\"\u201c\u201d]([^\"\u201c\u201d]+)[\"\u201c\u201d]")


def _lemma(word: str) -> str:
    word = word.lower()
    if word in IRREGULAR:
        return IRREGULAR[word]
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ing", "e"),
        ("es", ""),
        ("ed", ""),
        ("ed", "e"),
        ("s", ""),
        ("d", ""),
    ):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in SPEECH_LEMMAS:
            return word[: -len(suffix)] + repl
    return word


def speech_word(cue: str) -> str | None:
    """The word of ``cue`` that makes it a speech cue, as written; None when there is none."""
    if cue.lower().startswith("according to"):
        return cue[: len("according to")]
    for word in re.findall(r"[A-Za-z]+", cue):
        if _lemma(word) in SPEECH_LEMMAS or word.lower() in SPEECH_NOUNS:
            return word
    return None


def _quoted_words(content: str) -> int:
    return max((len(m.group(1).split()) for m in _QUOTED.finditer(content)), default=0)


def is_quote(attribution: dict[str, Any]) -> bool:
    """Whether GGT would annotate the attribution as a quote (see the module docstring)."""
    content = attribution["content"]["text"]
    if len(re.findall(r"\w+", content)) < MIN_QUOTE_WORDS:
        return False  # "disclosed them", "declared bankruptcy": an object, not words reported
    return speech_word(attribution["cue"]["text"]) is not None or _quoted_words(content) >= MIN_QUOTED_WORDS


def _name_run(words: list[str]) -> list[str]:
    """The last run of capitalised non-title words ("Hillary Clinton's aide Brian Fallon" -> Brian Fallon)."""
    runs: list[list[str]] = [[]]
    for word in words:
        bare = word.rstrip(".,").lower()
        possessive = word.endswith(("'s", "\u2019s"))
        initial = re.fullmatch(r"[A-Z]\.", word) is not None  # "Julie A. Diaz"
        if word[:1].isupper() and (initial or bare not in TITLES | NOT_NAME_WORDS) and not possessive:
            runs[-1].append(word.rstrip(","))
        elif runs[-1]:
            runs.append([])
    runs = [r for r in runs if r]
    return runs[-1] if runs else []


# Capitalised words that open a sentence or a headline and are no first name.
NOT_FIRST_NAMES = _words(
    """what but and when if as in on at for with from this that it he she they we of by to so
    yet or why how where after before while since though although than then there here"""
)


def _in_headline(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a title-cased line (most words of four letters or more capitalised)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = re.findall(r"[A-Za-z][\w'\u2019-]{3,}", text[start : end if end >= 0 else len(text)])
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _widen(name: list[str], text: str, unique: bool = False) -> str:
    """The commonest "First [I.] Last" form in the text of a name seen only by its last word
    (with ``unique``, only when the text writes one such form: "President Lee" is not
    widened to "Ann Lee" when "Tom Lee" is written too)."""
    if len(name) > 1:
        return " ".join(name)
    last = name[0]
    first_names = r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \u00a0]+(?:([A-Z]\.)[ \u00a0]+)?"
    pattern = re.compile(first_names + r"(?i:" + re.escape(last) + r")\b")
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        if _in_headline(text, m.start()):
            continue  # "Mom Corners Lee": a headline's capitals are no first name
        first = m.group(1)
        if first.lower() in NOT_FIRST_NAMES | TITLES | NOT_NAME_WORDS:
            continue
        full = " ".join(w for w in (first, m.group(2), last) if w)
        counts[full] = counts.get(full, 0) + 1
    if not counts or (unique and len(counts) > 1):
        return last
    return max(counts, key=lambda k: counts[k])


# Title words a description may end in, with the forms they take before a name ("Sen. Ann Lee").
TITLE_FORMS = {
    "president": ("president",),
    "senator": ("senator", "sen."),
    "governor": ("governor", "gov."),
    "mayor": ("mayor",),
    "congressman": ("rep.", "representative"),
    "congresswoman": ("rep.", "representative"),
    "chancellor": ("chancellor",),
    "secretary": ("secretary",),
    "judge": ("judge",),
    "candidate": ("candidate",),
    "nominee": ("nominee",),
}


def _titled_name(lowered: list[str], text: str, before: int) -> str:
    """ "the president", "the former senator": the name last written after that title before
    ``before`` ("President Ann Lee" -> "Ann Lee"), as GGT's annotators resolve a description;
    empty when the description holds more than lower-case words before its title or no such
    name is written."""
    if lowered[0] != "the" or lowered[-1] not in TITLE_FORMS or len(lowered) > 4:
        return ""
    forms = "|".join(re.escape(f) for f in TITLE_FORMS[lowered[-1]])
    name = r"((?:(?:[A-Z][\w.'\u2019-]*|de|van|von|da|du|la|le)[ \u00a0]+)*[A-Z][\w'\u2019-]*)"
    pattern = re.compile(r"(?<!Vice )(?<!Vice-)\b(?i:" + forms + r")[ \u00a0]+" + name)
    found = [m for m in pattern.finditer(text, 0, before) if m.group(0)[:1].isupper()]
    if not found:
        return ""
    words = found[-1].group(1).split()
    return _widen(words, text, unique=True) if words[0][:1].isupper() else ""


def resolve_speaker(source: dict[str, Any] | None, text: str, named: list[tuple[int, str]]) -> str:
    """The full name GGT's annotators would write for a PolNeAR source (see the docstring)."""
    if not source:
        return ""
    bare = re.sub(r"\(.*?\)", " ", source["text"])  # "Sen. Lee (R-Utah)"
    bare = re.sub(r"\b(Secretary|Department) of State\b", r"\1", bare)  # a title, not a name
    words = _WORD.findall(bare)
    if not words:
        return ""
    lowered = [w.lower() for w in words]
    if len(words) == 1 and lowered[0] in RELATIVE:
        window = text[max(0, source["start"] - 120) : source["start"]]
        run = _name_run(_WORD.findall(window.split(".")[-1] if "." in window else window))
        if run:
            return _widen(run, text)
    if len(words) <= 2 and lowered[-1] in PRONOUNS:
        earlier = [name for pos, name in named if pos < source["start"]]
        if earlier:
            return earlier[-1]
        return ""
    described = lowered[0] in ("the", "a", "an") and any(w[:1].islower() and w not in NAME_JOINERS for w in words[1:])
    if described and not ("," in source["text"] and words[1][:1].isupper()):
        titled = _titled_name(lowered, text, source["start"])
        return titled or source["text"].strip()  # "a spokeswoman for Ann Lee", "the Republican nominee"
    head = _WORD.findall(bare.split(",")[0])
    if "," in bare and head and _name_run(head):
        words = head  # "Ann Lee, a professor at Ridge University": the name before the apposition
    run = _name_run(words) if words[-1][:1].isupper() else []
    if run:
        if all(w.isupper() for w in run):  # transcript speaker labels ("WALLACE")
            run = [w.capitalize() for w in run]
        return _widen(run, text)
    return source["text"].strip()


# A gap between two fragments that ends a sentence: '"A," Lee said. "B."'.
_SENTENCE_GAP = re.compile(r"[.!?][\"'\u201d\u2019]*\s")


def _sentence_groups(content: dict[str, Any], text: str) -> list[tuple[int, int]]:
    """The content's span, cut where its fragments are separate sentences (see the docstring)."""
    fragments = content.get("fragments") or [[content["start"], content["end"]]]
    groups = [list(fragments[0])]
    for start, end in fragments[1:]:
        closed = text[: groups[-1][1]].rstrip()[-1:] in "\"\u201d'\u2019"
        if closed and _SENTENCE_GAP.search(text, groups[-1][1] - 1, start):
            groups.append([start, end])
        else:
            groups[-1][1] = end
    return [(start, end) for start, end in groups]


def convert_document(doc: dict[str, Any]) -> dict[str, Any]:
    text = doc["text"]
    attributions = sorted(doc.get("attributions", []), key=lambda a: a["content"]["start"])
    named: list[tuple[int, str]] = []
    for a in sorted((a for a in attributions if a.get("source")), key=lambda a: a["source"]["start"]):
        source = a["source"]
        run = _name_run(_WORD.findall(source["text"]))
        pronoun = bool(run) and len(run) <= 2 and run[-1].lower() in PRONOUNS  # "He said", "I": no name of its own
        if run and not pronoun:
            named.append((source["start"], resolve_speaker(source, text, [])))
    quotes = []
    for a in attributions:
        if not is_quote(a):
            continue
        source, cue, content = a.get("source"), a["cue"], a["content"]
        word = speech_word(cue["text"])
        verb = word if word is not None else cue["text"].strip(" :\u2015\u2014-")
        verb_start = cue["start"] + cue["text"].find(word) if word is not None else cue["start"]
        speaker = resolve_speaker(source, text, named)
        for number, (start, end) in enumerate(_sentence_groups(content, text)):
            floating = number > 0  # a later sentence of the quotation: no mention, no verb of its own
            quotes.append(
                {
                    "text": text[start:end],
                    "start": start,
                    "end": end,
                    "speaker": speaker,
                    "speaker_mention": {"start": source["start"], "end": source["end"], "text": source["text"]}
                    if source and not floating
                    else None,
                    "verb": "" if floating else verb,
                    "verb_span": {"start": verb_start, "end": verb_start + len(verb)}
                    if verb and not floating
                    else None,
                }
            )
    return {"text": text, "quotes": quotes}


def convert(polnear: dict[str, Any]) -> dict[str, Any]:
    """PolNeAR gold (``documents[SOURCE].attributions``) -> GGT gold (``documents[SOURCE].quotes``)."""
    return {
        "benchmark": f"{polnear.get('benchmark', 'polnear')} as GGT quotes",
        "notes": "Converted at run time by benchmarks/polnear_ggt.py; see its docstring.",
        "documents": {name: convert_document(doc) for name, doc in polnear["documents"].items()},
    }


def write_gold(source: Path, target: Path) -> Path:
    target.write_text(json.dumps(convert(json.loads(source.read_text(encoding="utf-8")))), encoding="utf-8")
    return target


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    write_gold(Path(sys.argv[1]), Path(sys.argv[2]))
