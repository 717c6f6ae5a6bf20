"""Who speaks in an unlabelled transcript: hosts from sign-ins, guests from introductions.

Names are gathered from the spaCy PERSON entities and from the sign-in and introduction
patterns (ASR text often escapes the tagger), then each person's spelling is settled by vote
over every variant heard in the episode, so a name garbled once ("Gene Lee") yields to the
spelling heard most ("Jean Lee"), and a credit that repeats the introduction's description
merges two spellings the ear kept apart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from storyline.speakers.intros import introductions
from storyline.speakers.late_intros import late_introductions
from storyline.speakers.lexicon import phrase_pattern
from storyline.speakers.names import name_key, same_person, similar_words, split_name, strip_titles, tidy_name
from storyline.speakers.narrated_intros import narrated_introductions
from storyline.speakers.signins import framed_sign_in, newsroom_sign_in
from storyline.speakers.units import Unit, split_units
from storyline.speakers.written import _END, NAME, OWNER

if TYPE_CHECKING:
    from spacy.tokens import Doc

SIGN_IN = re.compile(rf"\b(?:I'm|I am|I\u2019m)\s+(?P<name>{NAME}){_END}", re.MULTILINE)
CO_HOST = re.compile(rf"\b(?i:co-?host|fellow host),?\s+(?P<name>{NAME})")
# "Jane Marlow here.": a host's sign-in as a sentence of its own, full name (tagged a person)
HERE_SIGN_IN = re.compile(rf"(?:^|(?<=[.!?] ))(?P<name>{NAME})\s+here\s*[.!,]", re.MULTILINE)
# "Live from Sacramento, this is Joanna Brightwater.", "This is Joanna Brightwater, KXJZ News.": a
# newscaster's sign-in, taken for a full name the tagger calls a person ("This is Morning Edition" is not)
THIS_IS_SIGN_IN = re.compile(rf"\b[Tt]his is\s+(?P<name>{NAME})(?=\s*(?:[,.!]|$|\bwith\b|\bin\b))", re.M)
INTRO = re.compile(
    rf"\b(?i:joined by|with me (?:is|are|now)|(?:my|our) guests? (?:is|are|today is|this week is)|"
    rf"talks? with|spoke with|speaks with|talked to|talked with|here to meet|going to meet|I'm joined by|"
    rf"we welcome|please welcome|"
    rf"according to|interviewed|caller is|we go to|let's go to)\s+{OWNER}(?P<name>{NAME})"
)
IS_ROLE = re.compile(rf"(?P<name>{NAME})(?:\s+(?P<verb>is)|,)\s+(?:(?:a|an|the)\s+)?(?P<desc>[^.?!\n]{{3,120}})")
APPOSITIVE = re.compile(rf"(?P<name>{NAME}),\s+(?:a|an|the|who|one of)\s+(?P<desc>[^.?!\n]{{3,120}})")
SAYS = re.compile(rf"(?P<name>{NAME})\s+(?:says|tells (?:us|me)|explains|recalls|remembers|argues)\b")
# A correspondent handed the floor or credited after it: "NPR's Nina Totenberg has been following
# the case", "Here's NPR's Jane Doe.", "That's NPR's Jane Doe." (an outlet's possessive is required,
# so "Russia's Vladimir Putin has ..." is not taken for a guest).
OUTLET = r"[A-Z][\w\-]*['\u2019]s\s+"
REPORTER = re.compile(
    rf"(?:\b(?:[Hh]ere's|[Tt]hat's|[Tt]hat was)\s+{OUTLET}(?P<credit>{NAME})(?!\s+(?:speaking|talking|testifying))"
    rf"|\b{OUTLET}(?P<name>{NAME})\s+(?:has been (?:following|covering|reporting|tracking|looking into)|"
    r"is (?:here|with us|on the line|joining us|following|covering)|joins us|reports (?:from|on)|reports(?=\.)|covers|"
    r"has (?:more|the story|details|this report|that story)\b)"
    # without an outlet only the phrases that hand over the floor: "Jane Doe joins us now from Kyiv."
    rf"|(?<![\w'\u2019] )(?P<joins>{NAME})\s+(?:joins us|joins me|is with us|is with me|is on the line|"
    r"is here with (?:us|me)))"
)
LIST_MORE = re.compile(rf",?\s+and\s+(?:by\s+|with\s+)?{OWNER}(?P<name>{NAME})")  # "..., and by NAME"
CO_HOST_CHARS = 200  # two sign-ins this close (a sentence or two) are co-hosts introducing themselves
_STOP_NAMES = {"i", "we", "you", "he", "she", "they", "it", "this", "that", "so", "and", "but", "the", "welcome"}


@dataclass
class Person:
    """A voice of the episode; ``variants`` are every spelling heard for it."""

    name: str
    role: str  # host / guest / clip
    variants: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    group: int | None = None  # people introduced in one sentence form a panel
    first_seen: int = 0
    newsroom: bool = False  # a journalist who signed in to narrate a piece of the show
    archival: bool = False  # heard only in audio dated to another time ("That was NAME in 1998.")
    heard_at: set[int] = field(default_factory=set)  # where the spellings in ``variants`` were heard

    def hear(self, name: str, at: int) -> None:
        """One more spelling of the person, heard at ``at``."""
        self.variants.append(name)
        self.heard_at.add(at)

    @property
    def first(self) -> str:
        return split_name(self.name)[0]

    def words(self) -> set[str]:
        """Lower-case name words (first names and surnames of every variant)."""
        return {name_key(w) for v in [self.name, *self.variants] for w in v.split() if len(w) > 1}


@dataclass
class Roster:
    people: list[Person] = field(default_factory=list)
    not_people: set[str] = field(default_factory=set)  # name keys the tagger gives only to non-persons
    person_words: set[str] = field(default_factory=set)  # words of names the tagger calls PERSON

    def is_person(self, name: str) -> bool:
        """Whether ``name`` can be a person: its words were tagged PERSON somewhere, none a place or firm."""
        key = name_key(name)
        return bool(key) and key not in self.not_people and all(w in self.person_words for w in key.split())

    def hosts(self) -> list[Person]:
        return [p for p in self.people if p.role == "host"]

    def guests(self) -> list[Person]:
        return [p for p in self.people if p.role == "guest"]

    def find(self, name: str, *, description: str = "") -> Person | None:
        """The roster person ``name`` can be, if any."""
        for person in self.people:
            shared = bool(description) and any(_shared_description(description, d) for d in person.descriptions)
            forms = [person.name, *person.variants]
            if len(name.split()) >= 2:  # a full name is compared with full names only ("Hidden Brain" is not Brian)
                forms = [f for f in forms if len(f.split()) >= 2]
            if any(same_person(name, v, shared_description=shared) for v in forms):
                return person
        return None

    def add(self, name: str, role: str, at: int, *, description: str = "", group: int | None = None) -> Person:
        """The person ``name`` is (added if new); a host or guest role wins over a clip role."""
        person = self.find(name, description=description)
        if person is None:
            person = Person(name, role, [name], first_seen=at, group=group, heard_at={at})
            self.people.append(person)
        else:
            person.hear(name, at)
            if person.role == "clip" and role != "clip":
                person.role = role
            if person.group is None:
                person.group = group
        if description:
            person.descriptions.append(description)
        return person


def _clean(name: str) -> str:
    name = strip_titles(tidy_name(name))
    words = name.split()
    while words and words[-1].lower() in _STOP_NAMES:
        words.pop()
    while words and words[0].lower() in _STOP_NAMES:
        words.pop(0)
    return " ".join(words)


def _shared_description(a: str, b: str) -> bool:
    """Two descriptions of one role: at least two content words in common."""
    stop = {"the", "a", "an", "of", "for", "at", "and", "in", "on", "former", "is", "who"}
    wa = {w for w in re.findall(r"[a-z]+", a.lower()) if w not in stop and len(w) > 2}
    wb = {w for w in re.findall(r"[a-z]+", b.lower()) if w not in stop and len(w) > 2}
    return len(wa & wb) >= 2


def person_mentions(text: str, parsed: Doc | None) -> list[tuple[int, int, str]]:
    """(start, end, name) of every PERSON entity, titles stripped."""
    out = []
    if parsed is not None:
        for ent in parsed.ents:
            if ent.label_ == "PERSON":
                name = _clean(ent.text)
                if name and name[0].isupper():
                    out.append((ent.start_char, ent.end_char, name))
    return out


def _not_people(parsed: Doc | None, mentions: list[tuple[int, int, str]]) -> set[str]:
    """Name keys the tagger only ever gives to places, organisations and the like ("North Carolina")."""
    if parsed is None:
        return set()
    people = {name_key(n) for _, _, n in mentions}
    others = set()
    for ent in parsed.ents:
        if ent.label_ != "PERSON":
            key = name_key(ent.text)
            others.add(key)
            others.update(key.split())
    return others - people


def build_roster(text: str, parsed: Doc | None, units: Sequence[Unit] | None = None) -> Roster:
    """Hosts and guests named by sign-ins, introductions and credits, spellings settled; ``units``
    are the text's sentence units (split here when not given)."""
    roster = Roster()
    mentions = person_mentions(text, parsed)
    person_starts = {s for s, _, _ in mentions}
    not_people = roster.not_people = _not_people(parsed, mentions)
    roster.person_words = {w for _, _, n in mentions for w in name_key(n).split()}
    signed: list[tuple[int, str]] = []
    journalists: list[tuple[int, str]] = []  # narrators of their own pieces, added once guests are known
    newsroom: set[int] = set()  # sign-ins that go on to say a newsroom job
    framed: set[int] = set()  # sign-ins in the show's frame ("That's it for the show. I'm NAME.")
    sign_ins = list(SIGN_IN.finditer(text))
    for m in sign_ins:
        name = _clean(m.group("name"))
        if len(name.split()) >= 2 or m.start("name") in person_starts or _paired_sign_in(m, sign_ins):
            signed.append((m.start("name"), name))
            if newsroom_sign_in(text, m.end("name")):
                newsroom.add(m.start("name"))
            elif framed_sign_in(text, m.start()):
                framed.add(m.start("name"))
    # "This is NAME" only where nobody says "I'm NAME": in a show that does, "This is Long Story."
    # names the show (which the tagger may call a person)
    for pattern in (HERE_SIGN_IN, THIS_IS_SIGN_IN) if not signed else (HERE_SIGN_IN,):
        for m in pattern.finditer(text):
            name = _clean(m.group("name"))
            if len(name.split()) >= 2 and roster.is_person(name):
                signed.append((m.start("name"), name))
    signed.sort()
    if signed:
        # the host signs in most (a promo for another show signs in once); ties go to a sign-in in
        # the show's frame that names no newsroom job (the journalists' own pieces), else the first
        counts = Counter(next(n for _, n in signed if same_person(n, name)) for _, name in signed)

        def rank(n: str) -> tuple[int, bool, int]:
            ats = [a for a, m in signed if same_person(m, n)]
            return counts[n], any(a in framed for a in ats), -ats[0]

        primary = max(counts, key=rank)
        accepted = [a for a, n in signed if same_person(n, primary)]
        roster.add(primary, "host", accepted[0])
        for at, name in signed:
            # co-hosts sign in next to the host ("I'm A. And I'm B."); journalists sign in to narrate
            # their piece; another sign-in is a promo or a guest
            if same_person(name, primary):
                continue
            if any(abs(a - at) < CO_HOST_CHARS for a in accepted) and not _introduced(name, text):
                roster.add(name, "host", at)
            elif at in newsroom:
                journalists.append((at, name))
    if roster.hosts():
        for m in CO_HOST.finditer(text):  # "here with my co-host, Mary Childs": a second host
            name = _clean(m.group("name"))
            if name and (parsed is None or roster.is_person(name)) and roster.find(name) is None:
                roster.add(name, "host", m.start("name"))
    group = 0
    for m in INTRO.finditer(text):
        group += 1
        name = _clean(m.group("name"))
        if not name or any(name_key(name) == name_key(h.name) for h in roster.hosts()):
            continue
        desc = _description_after(text, m.end("name"))
        if parsed is not None and not roster.is_person(name) and not _described_as_person(name, desc):
            continue
        roster.add(name, "guest", m.start("name"), description=desc, group=group)
        rest = text[m.end("name") : m.end("name") + 250]
        cut = re.search(r"[.?!\n]", rest)
        for more in LIST_MORE.finditer(rest[: cut.start() if cut else len(rest)]):
            other = _clean(more.group("name"))
            at = m.end("name") + more.end("name")
            more_desc = _description_after(text, at)
            if (
                other
                and len(other.split()) >= 2
                and (parsed is None or roster.is_person(other) or _described_as_person(other, more_desc))
            ):
                roster.add(other, "guest", at, description=more_desc, group=group)
    for at, written, desc in introductions(text):
        name = _clean(written)
        hosted = any(same_person(name, h.name) for h in roster.hosts())
        if name and not hosted and (parsed is None or _introduced_person(roster, name)):
            group += 1
            roster.add(name, "guest", at, description=desc, group=group)
    # these forms say the name is a person's ("a man named", "her name is"), whatever the tagger says
    for at, written, desc in late_introductions(text):
        name = _clean(written)
        if name and not any(same_person(name, h.name) for h in roster.hosts()):
            group += 1
            roster.add(name, "guest", at, description=desc, group=group)
    for at, written in narrated_introductions(split_units(text, parsed) if units is None else units, mentions):
        name = _clean(written)
        hosted = any(same_person(name, h.name) for h in roster.hosts())
        if name and not hosted and roster.find(name) is None and (parsed is None or _introduced_person(roster, name)):
            group += 1
            roster.add(name, "guest", at, group=group)
    for m in REPORTER.finditer(text):
        part = next(g for g in ("credit", "name", "joins") if m.group(g))
        at = m.start(part)
        name = _clean(m.group(part))
        while len(name.split()) > 2 and parsed is not None and not roster.is_person(name):
            name = name.split(" ", 1)[1]  # "Hydrologist Tomas Ekberg joins us": a role word before the name
        hosted = any(same_person(name, h.name) for h in roster.hosts())
        if name and len(name.split()) >= 2 and (parsed is None or roster.is_person(name)) and not hosted:
            roster.add(name, "guest", at)
    for pattern in (IS_ROLE, APPOSITIVE, SAYS):
        for m in pattern.finditer(text):
            name = _clean(m.group("name"))
            if not name or (m.start("name") not in person_starts and len(name.split()) < 2):
                continue
            if name_key(name) in not_people or (parsed is not None and not roster.is_person(name)):
                continue
            desc = m.groupdict().get("desc") or ""
            known = roster.find(name, description=desc)
            if known is not None and known.role != "host":
                known.hear(name, m.start("name"))
                if desc:
                    known.descriptions.append(desc)
            elif (
                known is None
                and pattern is IS_ROLE
                and m.group("verb")
                and len(name.split()) >= 2
                and _guest_role(desc)
            ):
                roster.add(name, "guest", m.start("name"), description=desc)
            elif known is None and pattern is SAYS and not _credits_a_quote(text, m.end()):
                heard = _loosely_heard(name, roster, m.start("name"), mentions) if len(name.split()) == 1 else None
                if heard is not None:  # "Rindy says" of the guest introduced as Wendy
                    heard.hear(name, m.start("name"))
                elif not roster.guests() or (len(name.split()) == 1 and _own_words_follow(text, m.end())):
                    roster.add(name, "guest", m.start("name"))
    introduced = [_clean(m.group("name")) for m in INTRO.finditer(text)]
    for at, name in journalists:
        # one the host introduced ("I'm joined by NAME") is interviewed, not narrating a piece
        if roster.find(name) is None and not any(same_person(name, n) for n in introduced if n):
            roster.add(name, "host", at).newsroom = True
    _settle_spellings(roster, mentions)
    return roster


# "I'm Mia." "And I'm Jonah.": the second of two sign-ins said back to back
PAIRED = re.compile(r"\b[Aa]nd\s+(?:I'm|I am|I\u2019m)\s+$")


def _paired_sign_in(m: re.Match[str], sign_ins: list[re.Match[str]]) -> bool:
    """Two co-hosts sign in one after the other ("I'm A." "And I'm B."): a one-word name there is
    a first name, whether or not the tagger calls it a person."""
    for other in sign_ins:
        if other is m or abs(other.start() - m.start()) >= CO_HOST_CHARS:
            continue
        second = max(other, m, key=lambda s: s.start())
        if PAIRED.search(m.string[second.start() - 6 : second.start("name")]):
            return True
    return False


def _introduced_person(roster: Roster, name: str) -> bool:
    """A name in an introduction is a person if the tagger says so, or if it is a full name whose
    first name the tagger calls a person elsewhere: the tagger takes many an unfamiliar surname for a
    firm ("Leo Castellanos covers the legislature for us." tagged ORG, "Leo" PERSON)."""
    words = name_key(name).split()
    return roster.is_person(name) or (len(words) >= 2 and words[0] in roster.person_words)


OWN_WORDS = re.compile(r"\b(?:I|I'm|I've|I'd|[Mm]e|[Mm]y)\b")
OF_OTHERS = re.compile(r"\b(?:he|she|his|her|him|he's|she's)\b", re.I)


def _own_words_follow(text: str, says_end: int) -> bool:
    """ "Jakub says the list changed his job." / "Before, it was driving." / "Now when I stop the van
    ...": within the two sentences after a "NAME says" one speaks as "I" and of no "he" or "she", so
    the named person's tape follows: they are a voice of the show, even when a guest is known. Only
    for a first name alone: a narrator calls the people met on location so, while a public figure
    whose words a host reads out and answers is named in full ("Jane Roe says ..." / "I think ...")."""
    rest = re.split(r"(?<=[.!?])\s+", text[says_end : says_end + 600])[1:3]
    return any(OWN_WORDS.search(s) and not OF_OTHERS.search(s) for s in rest)


def _credits_a_quote(text: str, says_end: int) -> bool:
    """ "..., fisherman Ivan Horvat says.": the "says" closes the sentence, so it credits the words
    before it (a played voice), unlike "Wendy says you can ..." leading into the guest's tape."""
    return re.match(r"\s*[.,;!?]", text[says_end : says_end + 3]) is not None


def _introduced(name: str, text: str) -> bool:
    """The host introduced ``name`` ("Our guest is NAME"): one who then says "I'm NAME" is a guest
    saying who they are, not a co-host signing in."""
    heard = [m.group("name") for m in INTRO.finditer(text)]
    heard += [n for _, n, _ in introductions(text)] + [n for _, n, _ in late_introductions(text)]
    return any(same_person(name, _clean(n)) for n in heard if _clean(n))


def _described_as_person(name: str, description: str) -> bool:
    """A full name introduced with "who ..." or an interviewee's role ("Marcus Feld, who heads the
    union"): a person, whatever the tagger called the name."""
    if len(name.split()) < 2:
        return False
    return description.lower().startswith("who ") or _guest_role(description)


def _guest_role(description: str) -> bool:
    """The description opens with an interviewee's role ("professor of ...", "the former bureau chief")."""
    head = " ".join(description.lower().split()[:4])
    return phrase_pattern("guest_roles").search(head) is not None


def _loosely_heard(word: str, roster: Roster, at: int, mentions: list[tuple[int, int, str]]) -> Person | None:
    """The guest whose first name a one-word name at ``at`` may be an ASR mishearing of.

    When two guests' names are as close ("Rindy" is as near Wendy as Brian), the one named
    last before ``at`` is taken: a host says "NAME says" of the guest under discussion.
    """
    # ratio 0.6: a five-letter name with two letters misheard ("Rindy"/"Wendy")
    close = [
        g
        for g in roster.guests()
        if abs(len(g.first) - len(word)) <= 1
        and SequenceMatcher(None, name_key(g.first), name_key(word)).ratio() >= 0.6
    ]
    if len(close) <= 1:
        return close[0] if close else None
    last_named = {id(g): max((s for s, _, n in mentions if s < at and roster.find(n) is g), default=-1) for g in close}
    latest = max(close, key=lambda g: last_named[id(g)])
    return latest if last_named[id(latest)] >= 0 else None


def _description_after(text: str, at: int) -> str:
    m = re.match(r",\s+(?P<desc>[^,.?!\n]{3,120})", text[at:])
    return m.group("desc") if m else ""


def _settle_spellings(roster: Roster, mentions: list[tuple[int, int, str]]) -> None:
    """Each person's name becomes the first name and surname spelled most often in the episode.

    A mention already heard as a variant counts once. On a tie the spelling the person was first
    named with (the sign-in, the introduction, the credit) wins over the later mentions: ASR
    garbles a name said in passing more often than the one spelled out as the guest is presented.
    """
    for person in roster.people:
        heard = list(person.variants)
        heard += [
            name
            for at, _, name in mentions
            if at not in person.heard_at and (roster.find(name) is person or _given_name_of(name, person))
        ]
        firsts: Counter[str] = Counter()
        lasts: Counter[str] = Counter()
        first0, last0 = split_name(person.name)
        for name in heard:
            f, last = split_name(name)
            if last:
                firsts[f] += 1
                lasts[last] += 1
            elif f:  # a one-word mention: a first name or a surname
                if first0 and f != last0 and _sounds(f, first0):
                    firsts[f] += 1
                elif last0 and _sounds(f, last0):
                    lasts[f] += 1
        person.variants = heard
        if firsts and lasts:
            person.name = f"{_best(firsts, first0)} {_best(lasts, last0)}"


def _given_name_of(name: str, person: Person) -> bool:
    """A full name whose first name is the one-word name ``person`` is known by ("Rick Allen" for Rick)."""
    return len(person.name.split()) == 1 and len(name.split()) >= 2 and similar_words(name.split()[0], person.name)


def _sounds(a: str, b: str) -> bool:
    return similar_words(a, b)


def _best(counts: Counter[str], introduced: str) -> str:
    """Most frequent spelling; ties go to the spelling in ordinary capitalisation, then to the
    one the person was introduced with."""
    return max(counts, key=lambda w: (counts[w], not w.isupper(), w == introduced, w))


__all__ = ["Person", "Roster", "build_roster", "person_mentions"]
