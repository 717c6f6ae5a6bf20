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
- product names the model leaves out or cuts short ("iPhone 4", "the 787", "Chevrolet Volt",
  "the first 787 Dreamliner", "the iPod Classic, Nano and Shuffle") come from
  :mod:`storyline.extract.entity_models`, :mod:`storyline.extract.entity_brands` and
  :mod:`storyline.extract.entity_products`;
- names after a class noun ("the technology blog Gizmodo", "web browser Safari"), ampersand
  initials ("AT&T") and airlines named "Air ..." come from :mod:`storyline.extract.entity_cues`;
- a bracket a span opens and does not close ends the name ("Development Kit (SDK"), and title
  words an organisation runs into ("Boeing Executive" Vice President ...) are the title's;
- two names one space apart are one ("Lockheed" + "Martin"), and a spaced dash ends a name;
- a person's name the tagger ran into an office or a place before it is cut off
  (:mod:`storyline.extract.entity_splits`);
- a speech verb inverted before its speaker ("Said Lee: ...") is not part of the name, and a
  word standing alone as a question ("Harsh?") is no person (:mod:`storyline.extract.entity_speech`);
- short forms such as "the North" refer to a place the document names in full;
- nationality adjectives, numbers, units after a number ("16 GB") and page furniture
  ("Transcript") are not entities.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.entity_bounds import (
    adjacent_names,
    short_forms,
    split_open_brackets,
    trim_common_nouns,
    with_nicknames,
    without_trailing_joiners,
    without_trailing_title,
)
from storyline.extract.entity_cues import air_carriers, cued_names, product_class_fix
from storyline.extract.entity_filters import drop_inside_descriptions, is_junk, is_unit
from storyline.extract.entity_fronted_roles import fronted_role
from storyline.extract.entity_lexicon import Lexicon, lexicon
from storyline.extract.entity_names import clean_surface, name_key
from storyline.extract.entity_products import (
    brand_words,
    elided_models,
    maker_models,
    maker_names,
    model_echoes,
    model_numbers,
    numbered_names,
    product_cue,
    with_version,
)
from storyline.extract.entity_repeats import repeated_names
from storyline.extract.entity_roles import (
    TITLE_GLUE,
    appositive,
    make_description,
    preceding_title,
    split_possessive,
    split_short_lines,
    split_spaced_dashes,
    titled_person,
)
from storyline.extract.entity_rules import facility_rule, gazetteer_rule, org_rule, overlay, with_designators
from storyline.extract.entity_speech import without_lone_questions, without_speech_verbs
from storyline.extract.entity_splits import (
    cut_office_portfolio,
    split_repeated_heads,
    split_spaced_pairs,
    split_trailing_people,
)
from storyline.extract.entity_tokens import ARTICLES, Candidate, doc_text, is_title, token_end, usage
from storyline.extract.entity_types import business_name_fix, class_noun_fix, coordination_fix, event_name_fix
from storyline.records import Description

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})


def find_candidates(parsed: Doc, published: str | None) -> list[Candidate]:
    """Every name mention of ``parsed``, cleaned, typed and described."""
    lex = lexicon()
    found: list[Candidate] = []
    for ent in parsed.ents:
        if ent.label_ in KEPT_LABELS:
            found.extend(_from_ent(ent, lex, published))
    rules = org_rule(parsed, lex) + facility_rule(parsed, lex)
    found = overlay(found, rules)
    found = overlay(found, gazetteer_rule(parsed, lex, found))
    found.extend(cued_names(parsed, found, lex))
    found.extend(model_numbers(parsed, found))
    found.extend(brand_words(parsed, found))
    found = maker_models(parsed, found)
    found = maker_names(parsed, found, lex)
    found = numbered_names(parsed, found, lex)
    found.extend(model_echoes(parsed, found))
    found = with_designators(parsed, found, lex)
    found = [with_version(parsed, c) for c in found]
    found = air_carriers(doc_text(parsed), found)
    found = adjacent_names(doc_text(parsed), with_nicknames(doc_text(parsed), found))
    found = without_trailing_joiners(doc_text(parsed), found)
    found = [event_name_fix(product_cue(parsed, class_noun_fix(parsed, c, lex), lex), lex) for c in found]
    found = [business_name_fix(c, lex) for c in found]
    found = [product_class_fix(parsed, c, lex) for c in found]
    found.extend(short_forms(parsed, lex, found))
    found = coordination_fix(parsed, found)
    found = elided_models(parsed, found, lex)
    found = trim_common_nouns(found, doc_text(parsed))
    found = split_trailing_people(doc_text(parsed), found, lex)
    found = cut_office_portfolio(doc_text(parsed), found, lex)
    found = split_spaced_pairs(doc_text(parsed), found, lex)
    found = split_repeated_heads(doc_text(parsed), found)
    found = without_lone_questions(doc_text(parsed), without_speech_verbs(doc_text(parsed), found))
    found = [c for c in found if not is_junk(c, lex) and not is_unit(doc_text(parsed), c, lex)]
    found = drop_inside_descriptions(sorted(found, key=lambda c: (c.start, -c.end)), parsed.text, lex)
    found.extend(repeated_names(parsed, found, lex))
    return sorted(found, key=lambda c: (c.start, -c.end))


def _from_ent(ent: Span, lex: Lexicon, published: str | None) -> list[Candidate]:
    tokens = list(ent)
    descriptions: list[Description] = []
    while tokens and tokens[0].lower_ in ARTICLES:
        tokens.pop(0)
    label = ent.label_
    if label != "PERSON" and titled_person(tokens, lex):
        label = "PERSON"  # "Spokeswoman Sandy Angers" tagged as an organisation
    if label == "PERSON":
        title_end = 0
        while title_end < len(tokens) - 1 and is_title(tokens[title_end], lex):
            title_end += 1
        while title_end > 0 and tokens[title_end - 1].lower_ in TITLE_GLUE:
            title_end -= 1
        if title_end:
            title = tokens[:title_end]
            descriptions.append(make_description(title[0].idx, token_end(title[-1]), doc_text(ent.doc), published))
            tokens = tokens[title_end:]
    while tokens and (tokens[-1].lower_ in {"'s", "’s", "'", "’"} or tokens[-1].is_punct):
        tokens.pop()
    if label == "ORG":
        tokens = without_trailing_title(tokens, lex)
    if not tokens:
        return []
    if label == "NORP" and not any(t.tag_ == "NNPS" for t in tokens):
        return []  # nationality adjectives ("Russian") describe, they do not name
    pieces = [
        part
        for line in split_short_lines([t for t in tokens if not t.is_space])
        for bracketed in split_open_brackets(line)
        for piece in split_spaced_dashes(bracketed)
        for part in ([piece] if _known_whole(piece, lex) else split_possessive(piece))
    ]
    out = []
    for piece in pieces:
        name = clean_surface(doc_text(ent.doc)[piece[0].idx : token_end(piece[-1])])
        if not name:
            continue
        head = piece[-1]
        start, end = piece[0].idx, token_end(piece[-1])
        if label == "PERSON":
            descriptions += preceding_title(piece[0], lex, published)
            descriptions += appositive(ent.doc[piece[0].i : piece[-1].i + 1], published, lex)
            descriptions += fronted_role(ent.doc[piece[0].i : piece[-1].i + 1], published)
        actor, locative = usage(ent.doc[piece[0].i : head.i + 1])
        out.append(Candidate(start, end, name, label, descriptions=tuple(descriptions), actor=actor, locative=locative))
    return out


def _known_whole(tokens: list[Token], lex: Lexicon) -> bool:
    """ "People's Republic of China": a gazetteer name with a possessive inside is not two names;
    nor is one whose possessive is followed only by its head word ("Worldwide Developer's
    Conference", "People's Party"): a head word alone names nothing of its own."""
    if len(tokens) >= 3 and tokens[-2].lower_ in {"'s", "’s"} and tokens[-1].text in lex.event_heads | lex.org_heads:
        return True
    return name_key(doc_text(tokens[0].doc)[tokens[0].idx : token_end(tokens[-1])]) in lex.known


__all__ = ["KEPT_LABELS", "Candidate", "find_candidates"]
