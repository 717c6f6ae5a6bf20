"""Name mentions of one document: the tagger's entities, trimmed and completed by data-driven rules.

The small English model finds most names but gets news conventions wrong in predictable ways,
each fixed here by one rule:

- a title glued to a name ("President Vladimir Putin") is cut off and kept as a description;
  a run of capitalised words ending in a title right before a name ("South Korean Defense
  Minister Shin Won-sik") and an appositive after it ("Jean Lee, the former ... bureau chief")
  become descriptions too;
- a leading "the", a possessive "'s" and edge punctuation are not part of a name;
- a span running over a short line (a photo credit under a caption) is split at the line end;
- organisation names with a head word the model cuts short ("Institute for National Security
  Strategy", "Stimson Center") and facilities named by a class word ("Vostochny Cosmodrome",
  "Vostochny spaceport") are found from data files;
- a name followed by an organisation class noun ("the Rodong Sinmun newspaper") is an ORG;
- short forms such as "the North" refer to a place the document names in full;
- nationality adjectives, numbers and page furniture ("Transcript") are not entities.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.extract.entity_lexicon import Lexicon, lexicon
from storyline.extract.entity_names import clean_surface, name_key
from storyline.records import Description, MentionForm

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
_ARTICLES = frozenset({"the", "a", "an"})
_TITLE_GLUE = frozenset({"of", "and", "for", "the", "'s", "’s", "-", "former", "deputy", "acting", "vice", "then"})
# Prepositions after which a capital is the place something happens, not a government acting.
_LOCATIVE = frozenset({"in", "to", "from", "at", "near", "into", "across", "outside", "inside", "through", "via"})
# Capitalised words that also begin sentences as ordinary words; never propagated as names.
_COMMON_CAPITALISED = frozenset(
    {"the", "this", "that", "new", "first", "one", "president", "mac", "will", "may", "march", "june"}
)
# Titles that go before a person's own name, never after an employer's ("Dr.", "Mr.").
_PERSONAL_TITLES = frozenset(
    {"dr.", "mr.", "mrs.", "ms.", "sir", "dame", "lord", "lady", "prof.", "rev.", "sen.", "rep."}
)
# Title words that also start company names ("General Motors", "Executive Jet"): never a sign
# that an organisation-tagged span is a person.
_COMPANY_TITLES = frozenset(
    {"general", "chief", "executive", "head", "director", "officer", "chair", "host", "founder", "justice", "king"}
)
# Role heads after a portfolio ("Defense Minister", "Security Advisor"): the portfolio is no mention.
_PORTFOLIO = re.compile(r"(?:Minister|Secretary|Advisor|Adviser|Spokesman|Spokeswoman)\b")
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "iobj", "agent", "dative"})
# A line of at most this many words that a name runs over is a caption or credit line, not
# wrapped prose (transcripts wrap lines at about 12 to 15 words).
_SHORT_LINE_WORDS = 6
# Appositive descriptions longer than this are clauses, not roles.
_MAX_DESCRIPTION_TOKENS = 16


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name mention before grouping: its span, cleaned name, type and what came with it."""

    start: int
    end: int
    name: str
    label: str
    form: MentionForm = "name"
    descriptions: tuple[Description, ...] = ()
    target: str | None = None  # canonical name a short form refers to
    actor: bool = False  # used as an agent (subject, object, possessor), not as a place
    locative: bool = False  # object of a place preposition
    note: str = ""


def find_candidates(parsed: Doc, published: str | None) -> list[Candidate]:
    """Every name mention of ``parsed``, cleaned, typed and described."""
    lex = lexicon()
    found: list[Candidate] = []
    for ent in parsed.ents:
        if ent.label_ in KEPT_LABELS:
            found.extend(_from_ent(ent, lex, published))
    rules = _org_rule(parsed, lex) + _facility_rule(parsed, lex)
    found = _overlay(found, rules)
    found.extend(_gazetteer_rule(parsed, lex, found))
    found.extend(_model_numbers(parsed, found))
    found = _maker_models(parsed, found)
    found = _with_designators(parsed, found, lex)
    found = [_with_version(parsed, c) for c in found]
    found = [_class_noun_fix(parsed, c, lex) for c in found]
    found.extend(_short_forms(parsed, lex, found))
    found = _coordination_fix(parsed, found)
    found = [c for c in found if not _is_junk(c, lex)]
    found = _drop_inside_descriptions(sorted(found, key=lambda c: (c.start, -c.end)), parsed.text)
    found.extend(_repeated_names(parsed, found, lex))
    return sorted(found, key=lambda c: (c.start, -c.end))


def _from_ent(ent: Span, lex: Lexicon, published: str | None) -> list[Candidate]:
    tokens = list(ent)
    descriptions: list[Description] = []
    while tokens and tokens[0].lower_ in _ARTICLES:
        tokens.pop(0)
    label = ent.label_
    if label != "PERSON" and _titled_person(tokens, lex):
        label = "PERSON"  # "Spokeswoman Sandy Angers" tagged as an organisation
    if label == "PERSON":
        title_end = 0
        while title_end < len(tokens) - 1 and _is_title(tokens[title_end], lex):
            title_end += 1
        while title_end > 0 and tokens[title_end - 1].lower_ in _TITLE_GLUE:
            title_end -= 1
        if title_end:
            title = tokens[:title_end]
            descriptions.append(_description(title[0].idx, _end(title[-1]), _text(ent.doc), published))
            tokens = tokens[title_end:]
    while tokens and (tokens[-1].lower_ in {"'s", "’s", "'", "’"} or tokens[-1].is_punct):
        tokens.pop()
    if not tokens:
        return []
    if label == "NORP" and not any(t.tag_ == "NNPS" for t in tokens):
        return []  # nationality adjectives ("Russian") describe, they do not name
    pieces = [
        part for piece in _split_short_lines([t for t in tokens if not t.is_space]) for part in _split_possessive(piece)
    ]
    out = []
    for piece in pieces:
        name = clean_surface(_text(ent.doc)[piece[0].idx : _end(piece[-1])])
        if not name:
            continue
        head = piece[-1]
        start, end = piece[0].idx, _end(piece[-1])
        if label == "PERSON":
            descriptions += _preceding_title(piece[0], lex, published)
            descriptions += _appositive(ent.doc[piece[0].i : piece[-1].i + 1], published, lex)
        actor, locative = _usage(ent.doc[piece[0].i : head.i + 1])
        out.append(Candidate(start, end, name, label, descriptions=tuple(descriptions), actor=actor, locative=locative))
    return out


def _titled_person(tokens: list[Token], lex: Lexicon) -> bool:
    """A title then two or more proper nouns that name no organisation ("General Motors" has one)."""
    if len(tokens) < 3 or not _is_title(tokens[0], lex) or tokens[0].lower_ in _COMPANY_TITLES:
        return False
    rest = tokens[1:]
    return all(
        t.pos_ == "PROPN" and t.text not in lex.org_heads and name_key(t.text) not in lex.designators for t in rest
    )


def _text(doc: Doc) -> str:
    """The document text; spaCy rebuilds ``Doc.text`` from the tokens on every access."""
    cached = doc.user_data.get("storyline_text")
    if cached is None:
        cached = doc.user_data["storyline_text"] = doc.text
    return str(cached)


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def _is_title(token: Token, lex: Lexicon) -> bool:
    return token.lower_ in lex.titles


def _description(start: int, end: int, text: str, published: str | None) -> Description:
    words = clean_surface(text[start:end])
    words = re.sub(r"^(?:the|a|an)\s+", "", words, flags=re.IGNORECASE)
    return Description(words, as_of=published, start=start, end=end)


def _split_short_lines(tokens: list[Token]) -> list[list[Token]]:
    """Split a span at a line break when the line it starts on is a short caption/credit line."""
    text = _text(tokens[0].doc)
    pieces: list[list[Token]] = [[tokens[0]]]
    for prev, token in itertools.pairwise(tokens):
        if _short_line_break(text, _end(prev), token.idx):
            pieces.append([token])
            continue
        pieces[-1].append(token)
    return [p for p in pieces if any(t.is_alpha for t in p)]


def _split_possessive(tokens: list[Token]) -> list[list[Token]]:
    """ "Apple Computer's Mac OS": the owner and the owned thing are two names."""
    for k, token in enumerate(tokens[1:-1], 1):
        if token.lower_ in {"'s", "’s"}:
            return [tokens[:k], tokens[k + 1 :]]
    return [tokens]


def _short_line_break(text: str, left: int, right: int) -> bool:
    """Is there a line break between ``left`` and ``right`` that ends a short (caption) line?"""
    if "\n" not in text[left:right]:
        return False
    line_start = text.rfind("\n", 0, left) + 1
    return len(text[line_start:left].split()) <= _SHORT_LINE_WORDS


def _preceding_title(first: Token, lex: Lexicon, published: str | None) -> list[Description]:
    """'South Korean Defense Minister' before 'Shin Won-sik': capitalised run ending in a title."""
    doc = first.doc
    i = first.i - 1
    run: list[Token] = []
    while i >= 0:
        token = doc[i]
        after = run[0] if run else first
        if token.is_space:
            if "\n\n" in token.text or _short_line_break(_text(doc), token.idx, after.idx):
                break
            i -= 1
            continue
        gap = _text(doc)[_end(token) : after.idx]
        if after.is_sent_start or "\n\n" in gap or _short_line_break(_text(doc), _end(token), after.idx):
            break
        modifier = token.dep_ in {"compound", "amod"} and token.i < token.head.i < first.i
        if _is_title(token, lex) or token.lower_ in _TITLE_GLUE or token.text[:1].isupper() or modifier:
            run.insert(0, token)
            i -= 1
            continue
        break
    while run and (
        run[0].lower_ in _TITLE_GLUE
        or (run[0].is_sent_start and not _is_title(run[0], lex) and run[0].pos_ not in {"PROPN", "ADJ"})
    ):
        run.pop(0)  # "As National Security Advisor ...": the sentence's first word is no title
    if not run or not _is_title(run[-1], lex):
        return []
    return [_description(run[0].idx, _end(run[-1]), _text(doc), published)]


def _appositive(span: Span, published: str | None, lex: Lexicon) -> list[Description]:
    """The role after a name: 'Jean Lee, the former ... bureau chief', 'Angela Stent, Director of ...',
    and 'Jenny Town is director of ...'."""
    roles = []
    for token in span:
        for child in token.children:
            if child.dep_ == "appos" and child.i >= span.end and _role_word(child, lex):
                roles.append(child)
    roles = sorted(roles, key=lambda t: t.i)[:1]  # a second appositive describes the first one's object
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        roles += [c for c in root.head.children if c.dep_ == "attr" and c.i > root.i and c.lower_ in lex.titles]
    out = []
    for role in roles:
        tokens = list(role.subtree)
        cut = next((k for k, t in enumerate(tokens) if t.i > role.i and _ends_role(t)), None)
        tokens = tokens[:cut] if cut is not None else tokens
        if tokens and len(tokens) <= _MAX_DESCRIPTION_TOKENS:
            out.append(_description(tokens[0].idx, _end(tokens[-1]), _text(span.doc), published))
    return out


def _ends_role(token: Token) -> bool:
    """A bracket, dash or semicolon ends a role; a comma too unless a list of names goes on."""
    if token.text in {"(", "—", "–", ";"}:
        return True
    if token.text != ",":
        return False
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "and" and token.i + 2 < len(doc):
        nxt = doc[token.i + 2]
    return nxt is None or not _capitalised(nxt)


def _role_word(token: Token, lex: Lexicon) -> bool:
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.lower_ in lex.titles)


def _usage(span: Span) -> tuple[bool, bool]:
    """(actor, locative): is the name an agent of the clause, or the place of a preposition?"""
    root = span.root
    token = root
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE:
        return False, True
    if token.dep_ == "compound":
        return False, False
    return token.dep_ in _ACTOR_DEPS or (token.dep_ == "ROOT" and token.i == span.end - 1), False


def _org_rule(doc: Doc, lex: Lexicon) -> list[Candidate]:
    """Capitalised runs around an organisation head word: 'Institute for National Unification'."""
    out = []
    for token in doc:
        if token.text not in lex.org_heads:
            continue
        left = token.i
        while (
            left > 0
            and _capitalised(doc[left - 1])
            and not _is_title(doc[left - 1], lex)
            and doc[left - 1].lower_ not in _ARTICLES
        ):
            left -= 1
        right = token.i
        k = token.i + 1
        while k + 1 < len(doc) and doc[k].lower_ in {"for", "of", "on", "and", "&"} and _capitalised(doc[k + 1]):
            k += 1
            while k < len(doc) and (
                _capitalised(doc[k]) or (doc[k].lower_ == "the" and k + 1 < len(doc) and _capitalised(doc[k + 1]))
            ):
                right = k
                k += 1
        right = _listed_field_end(doc, right)
        if right == left or (right + 1 < len(doc) and _is_title(doc[right + 1], lex)):
            continue  # "Pyongyang Bureau Chief" is a role, not an organisation
        start, end = doc[left].idx, _end(doc[right])
        if "\n" in _text(doc)[start:end]:
            continue
        actor, locative = _usage(doc[left : right + 1])
        out.append(
            Candidate(
                start,
                end,
                clean_surface(_text(doc)[start:end]),
                "ORG",
                actor=actor,
                locative=locative,
                note="organisation head word",
            )
        )
    return out


def _listed_field_end(doc: Doc, right: int) -> int:
    """'Center for Eurasian, Russian, and East European Studies': a comma list of capitalised words
    that ends in a plural field name ("Studies", "Affairs") belongs to the name."""
    k = right + 1
    last = right
    while k + 1 < len(doc) and doc[k].lower_ in {",", "and"}:
        k += 1
        if doc[k].lower_ == "and":
            k += 1
        if k >= len(doc) or not _capitalised(doc[k]):
            break
        while k < len(doc) and _capitalised(doc[k]):
            last = k
            k += 1
    if last != right and doc[last].tag_ in {"NNPS", "NNS"}:
        return last
    return right


def _facility_rule(doc: Doc, lex: Lexicon) -> list[Candidate]:
    """A proper name followed by a facility class word: 'Vostochny spaceport', 'Baikonur Cosmodrome'."""
    out = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ in {"NORP", "PERSON"} or not _capitalised(token):
            continue
        for width in (3, 2, 1):
            words = doc[token.i + 1 : token.i + 1 + width]
            if len(words) == width and lex.facility_class(" ".join(t.lower_ for t in words)):
                left = token.i
                while left > 0 and doc[left - 1].pos_ == "PROPN" and _capitalised(doc[left - 1]):
                    left -= 1
                start, end = doc[left].idx, _end(words[-1])
                name = clean_surface(_text(doc)[start:end])
                out.append(Candidate(start, end, name, "FAC", note="name before a facility class word"))
                break
    return out


def _gazetteer_rule(doc: Doc, lex: Lexicon, found: list[Candidate]) -> list[Candidate]:
    """Known places and bodies the tagger missed ("Luhansk and Donetsk"): proper nouns looked up."""
    covered = bytearray(len(_text(doc)) + 1)
    for c in found:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    tokens = list(doc)
    heads = [_gazetteer_word(t) for t in tokens]
    inner = [h or t.like_num or t.text in {"&", "-"} for h, t in zip(heads, tokens, strict=True)]
    out: list[Candidate] = []
    i = 0
    while i < len(tokens):
        hit = 0
        if heads[i]:
            for width in (4, 3, 2, 1):
                last = i + width - 1
                if last >= len(tokens) or not all(inner[i + 1 : last + 1]):
                    continue
                start, end = tokens[i].idx, _end(tokens[last])
                if name_key(_text(doc)[start:end]) in lex.strong and not any(covered[start:end]):
                    hit = width
                    break
        if not hit:
            i += 1
            continue
        span = doc[i : i + hit]
        known = lex.known[name_key(span.text)]
        actor, locative = _usage(span)
        out.append(
            Candidate(
                span.start_char,
                span.end_char,
                clean_surface(span.text),
                known.type,
                actor=actor,
                locative=locative,
                note="gazetteer name",
            )
        )
        i += hit
    return out


# Model designations: "A380", "KC-45", "F-16", "777-200LR", "737-800".
_MODEL = re.compile(r"^(?:[A-Z]{1,3}-?\d{2,4}[A-Za-z]{0,3}|\d{3}-\d{2,3}[A-Z]{0,2})$")


def _model_numbers(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Product model designations the tagger leaves out; known bodies ("G20") are found earlier."""
    taken = [(c.start, c.end) for c in found]
    out = []
    for token in doc:
        text = token.text[:-1] if token.text.endswith("s") and _MODEL.match(token.text[:-1]) else token.text
        if not _MODEL.match(text):
            continue
        start, end = token.idx, token.idx + len(text)
        if any(s < end and start < e for s, e in taken):
            continue
        out.append(Candidate(start, end, text, "PRODUCT", note="model designation"))
    return out


_BARE_MODEL = re.compile(r"^\d{3,4}(?:-\d{1,4}[A-Z]{0,3})?$")


def _maker_models(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """'Airbus A380', 'Boeing 787 Dreamliner': a maker's name before a model designation names a product."""
    out = list(found)
    for cand in found:
        if cand.label != "ORG":
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        model = doc[span.end]
        if not (_MODEL.match(model.text) or _BARE_MODEL.match(model.text)) or model.idx != cand.end + 1:
            continue
        last = model
        after = doc[model.i + 1] if model.i + 1 < len(doc) else None
        if after is not None and after.pos_ == "PROPN" and _capitalised(after) and after.ent_type_ != "GPE":
            last = after
        start, end = cand.start, _end(last)
        out = [c for c in out if not (c.start < end and start < c.end)]
        out.append(Candidate(start, end, clean_surface(_text(doc)[start:end]), "PRODUCT", note="maker and model"))
    return out


def _with_designators(doc: Doc, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """'Chrysler' + 'LLC' tagged apart: the designator belongs to the name before it."""
    by_start = {c.start: c for c in found}
    out = []
    dropped: set[int] = set()
    for cand in sorted(found, key=lambda c: c.start):
        if cand.start in dropped:
            continue
        nxt = by_start.get(cand.end + 1)
        if (
            cand.label == "ORG"
            and nxt is not None
            and name_key(nxt.name) in lex.designators
            and _text(doc)[cand.end : cand.end + 1] == " "
        ):
            dropped.add(nxt.start)
            name = clean_surface(_text(doc)[cand.start : nxt.end])
            cand = Candidate(cand.start, nxt.end, name, "ORG", cand.form, cand.descriptions, actor=cand.actor)
        out.append(cand)
    return [c for c in out if name_key(c.name) not in lex.designators]


# Version after a product name: "iPhone 4", "iOS 5", "Windows 7", "iPhone 3GS".
_VERSION = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})?|\d[A-Z]{1,2}S?)$")


def _with_version(doc: Doc, cand: Candidate) -> Candidate:
    """A product (or lower-case-first brand like "iPhone") followed by a version number is one product."""
    if not (cand.label == "PRODUCT" or (cand.label == "ORG" and cand.name[:1].islower())):
        return cand
    follow = re.match(r" (\S+?)(?=[\s,.;:!?)]|$)", _text(doc)[cand.end : cand.end + 12])
    if follow is None or not _VERSION.match(follow.group(1)):
        return cand
    end = cand.end + 1 + len(follow.group(1))
    name = clean_surface(_text(doc)[cand.start : end])
    return Candidate(cand.start, end, name, "PRODUCT", cand.form, cand.descriptions, note="product and version")


def _gazetteer_word(token: Token) -> bool:
    if not _capitalised(token) or token.pos_ not in {"PROPN", "NOUN"}:
        return False
    return not token.is_stop or token.text.isupper()


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and any(ch.isalpha() for ch in token.text)


def _overlay(found: list[Candidate], rules: list[Candidate]) -> list[Candidate]:
    """Rule spans replace the tagger's spans they overlap when they are at least as long."""
    out = list(found)
    for rule in rules:
        overlapping = [c for c in out if c.start < rule.end and rule.start < c.end]
        if any(c.end - c.start > rule.end - rule.start for c in overlapping):
            continue
        out = [c for c in out if c not in overlapping]
        descriptions = tuple(d for c in overlapping for d in c.descriptions)
        out.append(
            Candidate(
                rule.start,
                rule.end,
                rule.name,
                rule.label,
                descriptions=descriptions,
                actor=rule.actor,
                locative=rule.locative,
                note=rule.note,
            )
        )
    return out


def _class_noun_fix(doc: Doc, cand: Candidate, lex: Lexicon) -> Candidate:
    """'the Rodong Sinmun newspaper': a name before an organisation class noun is an ORG."""
    if cand.label in {"ORG", "FAC"}:
        return cand
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return cand
    nxt = doc[span.end]
    # A role right after a one-word name ("Ryanair CEO", "Cisco spokesman") makes it the employer.
    employer = len(span) == 1 and nxt.lower_ in lex.titles and nxt.lower_ not in _PERSONAL_TITLES
    if ((nxt.pos_ == "NOUN" and nxt.lower_ in lex.org_classes) or employer) and cand.label in {
        "PERSON",
        "PRODUCT",
        "WORK_OF_ART",
        "GPE",
    }:
        if cand.label == "GPE" and name_key(cand.name) in lex.known:
            return cand  # "the Russia group": a known place stays a place
        return Candidate(
            cand.start,
            cand.end,
            cand.name,
            "ORG",
            cand.form,
            cand.descriptions,
            note="name before an organisation noun",
        )
    return cand


def _short_forms(doc: Doc, lex: Lexicon, found: list[Candidate]) -> list[Candidate]:
    named = {name_key(lex.known[k].name) if k in lex.known else k for k in (name_key(c.name) for c in found)}
    out: list[Candidate] = []
    for form in lex.short_forms:
        if name_key(form.target) not in named or any(name_key(a) not in named for a in form.also):
            continue
        for m in re.finditer(rf"\b{re.escape(form.phrase)}\b(?!\s+[A-Z])", _text(doc)):
            inside = [c for c in found if c.start < m.end() and m.start() < c.end]
            if any(c.start < m.start() or c.end > m.end() for c in inside):
                continue  # part of a longer name
            for c in inside:
                found.remove(c)
            kind = lex.known[name_key(form.target)].type if name_key(form.target) in lex.known else "GPE"
            out.append(
                Candidate(
                    m.start(),
                    m.end(),
                    m.group(0),
                    kind,
                    "nominal",
                    target=form.target,
                    note=f"short form of {form.target}",
                )
            )
    return out


def _coordination_fix(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """'recognizing Luhansk and Donetsk as states': a one-word person coordinated with places is a place."""
    by_token: dict[int, Candidate] = {}
    for cand in found:
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is not None:
            by_token[span.root.i] = cand
    out = []
    for cand in found:
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if cand.label == "PERSON" and span is not None and len(span) == 1:
            root = span.root
            near = [root.head] if root.dep_ == "conj" else []
            near += [t for t in root.children if t.dep_ == "conj"]
            labels = {by_token[t.i].label for t in near if t.i in by_token}
            if labels and labels <= {"GPE"}:
                cand = Candidate(
                    cand.start,
                    cand.end,
                    cand.name,
                    "GPE",
                    cand.form,
                    cand.descriptions,
                    actor=cand.actor,
                    locative=cand.locative,
                    note="coordinated with places",
                )
        out.append(cand)
    return out


def _is_junk(cand: Candidate, lex: Lexicon) -> bool:
    key = name_key(cand.name)
    if not key or not re.search(r"[a-z]", key) or key in lex.junk:
        return True
    if cand.form == "name" and not any(ch.isupper() for ch in cand.name):
        return True  # names carry a capital somewhere ("iPhone" does, "iu.edu" does not)
    if "@" in cand.name or re.search(r"\.(?:com|org|edu|net|gov)\b", cand.name):
        return True
    return len(key) < 2


def _drop_inside_descriptions(found: list[Candidate], text: str) -> list[Candidate]:
    """A span that is part of a capitalised title ("National Security" in "National Security Advisor
    Jake Sullivan") is no mention, unless the document names it elsewhere ("Apple CEO Steve Jobs").

    Only titles before the name count: an appositive role after it names other entities
    ("a researcher at the Korea Institute for National Unification").
    """
    spans = [
        (d.start, d.end)
        for c in found
        for d in c.descriptions
        if d.start is not None and d.end is not None and d.end <= c.start
    ]
    counts: dict[str, int] = {}
    for c in found:
        if not any(s <= c.start and c.end <= e for s, e in spans):
            counts[name_key(c.name)] = counts.get(name_key(c.name), 0) + 1

    def in_title(c: Candidate) -> bool:
        following = text[c.end :].lstrip()
        if re.match(_PORTFOLIO, following) and c.label == "ORG":
            return True  # "a Russian Defense Minister": a portfolio, with or without a name after
        if not any(s <= c.start and c.end <= e for s, e in spans):
            return False
        return following[:1].isupper() and not counts.get(name_key(c.name))

    return [c for c in found if not in_title(c)]


def _repeated_names(doc: Doc, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Later uses of a name the tagger found once but missed elsewhere ("Jobs", "iTunes", "Airbus").

    One name keeps one sense in a document; a match must not run into a longer capitalised name.
    Person names also lend their surname and first name.
    """
    labels: dict[str, str] = {}
    for c in found:
        if c.form != "name" or len(c.name) < 3:
            continue
        labels.setdefault(c.name, c.label)
        words = c.name.split()
        if c.label == "PERSON" and len(words) >= 2:
            for word in (words[0], words[-1]):
                if len(word) >= 3 and word[0].isupper() and word.lower() not in lex.titles:
                    labels.setdefault(word, "PERSON")
        if c.label == "PRODUCT" and len(words) >= 2:
            for word in words[1:]:  # "the 787" and "Dreamliner" of "Boeing 787 Dreamliner"
                if (_MODEL.match(word) or _BARE_MODEL.match(word) or word[:1].isupper()) and len(word) >= 3:
                    labels.setdefault(word, "PRODUCT")
    labels = {n: t for n, t in labels.items() if name_key(n) not in lex.junk and n.lower() not in _COMMON_CAPITALISED}
    if not labels:
        return []
    pattern = re.compile(
        r"(?<![\w.-])(?:" + "|".join(re.escape(n) for n in sorted(labels, key=len, reverse=True)) + r")(?![\w-])"
    )
    taken = sorted((c.start, c.end) for c in found)
    out = []
    text = _text(doc)
    for m in pattern.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        after = re.match(r"\s*(\S+)", text[m.end() :])
        if after and after.group(1)[:1].isupper() and not re.match(r"[\s,;:.!?]*\n", text[m.end() :]):
            continue  # "Apple Corps": part of a longer name
        before = text[: m.start()].rstrip()
        if before and re.search(r"[A-Z][\w.-]*$", before) and not re.search(r"[.!?:\"”]\s*$", text[: m.start()]):
            continue
        out.append(Candidate(m.start(), m.end(), m.group(0), labels[m.group(0)], note="name repeated in the document"))
        taken.append((m.start(), m.end()))
    return out


__all__ = ["KEPT_LABELS", "Candidate", "find_candidates"]
