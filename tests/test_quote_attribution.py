"""Quote speakers in harder positions: inverted cues, described names, colons, pronouns, titles."""

from __future__ import annotations

from typing import Any

from quoting import containing, quotes_of


def _mention(text: str, quote: Any) -> str | None:
    if quote.speaker_start is None:
        return None
    return text[quote.speaker_start : quote.speaker_end]


def test_inverted_cue_takes_an_untagged_name_after_it(nlp: Any) -> None:
    # The small tagger reads this surname as an adverb, not a name.
    text = "\u201cHaving access to the file is valuable,\u201d said Skelly, explaining the detour."
    quotes, _ = quotes_of(nlp, text)
    assert _mention(text, containing(quotes, "access to the file")) == "Skelly"


def test_name_after_told_is_the_addressee_not_the_speaker(nlp: Any) -> None:
    text = "Harriet Vale endorsed the mayor, but told The Tribune on Monday that the work would start in May."
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "work would start")
    assert quote.speaker is not None and names[quote.speaker] == "Harriet Vale"


def test_name_described_by_an_apposition_before_a_participle_cue(nlp: Any) -> None:
    text = (
        "Mitt Romney, the former governor, tweeted in response: "
        '"Important distinction: the mayor funds parks and schools."'
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "Important distinction")
    assert quote.speaker is not None and names[quote.speaker] == "Mitt Romney"


def test_quotation_after_a_colon_takes_the_subject_of_the_clause(nlp: Any) -> None:
    text = (
        '"We will rebuild the bridge," said Tomas Berg.\n\n'
        "Anna Kowalski then turned to the crowd: \u201cWe have waited for this bridge for ten years.\u201d"
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "waited for this bridge")
    assert quote.speaker is not None and names[quote.speaker] == "Anna Kowalski"


def test_short_clause_after_a_quotation_names_its_speaker_whatever_the_verb(nlp: Any) -> None:
    text = (
        "\u201cLook at all these farmers here,\u201d Sandra Reyes said with a smile.\n\n"
        "\u201cThey are all here because the market opens early,\u201d Tom Becker shot back with a laugh."
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "market opens early")
    assert quote.speaker is not None and names[quote.speaker] == "Tom Becker"


def test_clause_with_an_auxiliary_after_a_quotation_is_no_attribution(nlp: Any) -> None:
    text = (
        "Thousands of residents flocked to \u201cthe best harvest festival in a decade,\u201d "
        "Harlow County will host it again next autumn."
    )
    quotes, _ = quotes_of(nlp, text)
    assert not any("harvest festival" in q.text and q.cue is not None for q in quotes)


def test_pronoun_prefers_the_one_who_spoke_in_the_sentence_before(nlp: Any) -> None:
    text = (
        "Even Robert Hale, chairman of the budget committee, and Peter Quinn are in trouble, "
        "Daniel Ortiz said. He said the committee could lose its majority in the autumn."
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "could lose its majority")
    assert quote.speaker is not None and names[quote.speaker] == "Daniel Ortiz"


def test_pronoun_skips_names_inside_quotation_marks(nlp: Any) -> None:
    text = (
        "Mark Dunn spoke to farmers on Monday.\n\n"
        "\u201cIt all started with Governor Paul Avery, who raised the standards,\u201d Dunn said. "
        "\u201cIt has been continued by Governor Simon Kerr.\u201d\n\n"
        "He is also a supporter of the testing programme.\n\n"
        "\u201cIf you do not test, how will you measure the results?\u201d he said."
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "how will you measure")
    assert quote.speaker is not None and names[quote.speaker] == "Mark Dunn"


def test_pronoun_gender_from_a_description(nlp: Any) -> None:
    text = (
        # "Terry" is a man's name in the lexicon; the description says otherwise.
        "Terry Vance, a spokeswoman for the port, met Alex Marsh on Tuesday.\n\n"
        "\u201cThe cranes will be replaced within a year,\u201d she said."
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "cranes will be replaced")
    assert quote.speaker is not None and names[quote.speaker] == "Terry Vance"


def test_title_noun_speaker_is_the_person_the_title_described(nlp: Any) -> None:
    text = (
        "Sen. Ann Lee of Ohio visited the plant on Monday with Tom Becker, a local farmer. "
        "The senator said the plant would stay open until next year."
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "stay open")
    assert quote.speaker is not None and names[quote.speaker] == "Ann Lee"


def test_title_noun_with_a_modifier_the_description_lacks_stays_unresolved(nlp: Any) -> None:
    text = (
        "Gov. Ann Lee of Ohio visited the plant on Monday. "
        "The Texas governor said the plant would stay open until next year."
    )
    quotes, _ = quotes_of(nlp, text)
    assert containing(quotes, "stay open").speaker is None


def test_person_named_in_a_dependent_of_the_subject_is_not_the_speaker(nlp: Any) -> None:
    text = (
        "A spokesman for Ann Lee said the plant would stay open. "
        "Lee's press secretary, Tom Becker, told reporters that the plant would be sold."
    )
    quotes, names = quotes_of(nlp, text)
    first = containing(quotes, "stay open")
    assert first.speaker is None or names[first.speaker] != "Ann Lee"
    second = containing(quotes, "would be sold")
    assert second.speaker is not None and names[second.speaker] == "Tom Becker"


def test_said_with_a_gerund_subject_clause_reports_it(nlp: Any) -> None:
    text = (
        "Ann Lee, chair of the harbour board, said having the ferry at the centre of the plan "
        "puts even the oldest piers at risk of closing."
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "having the ferry")
    assert "at risk of closing" in quote.text
    assert quote.speaker is not None and names[quote.speaker] == "Ann Lee"


def test_put_it_introduces_a_quotation(nlp: Any) -> None:
    text = "As Tom Becker, a harbour pilot, put it, \u201cthe tide does not wait for the council.\u201d"
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "tide does not wait")
    assert quote.speaker is not None and names[quote.speaker] == "Tom Becker"


def test_inverted_cue_after_a_one_word_quotation_takes_the_name_after_it(nlp: Any) -> None:
    text = 'Voters here worry about crime. "Safety," said Grimm, a retired teacher.'
    quotes, _ = quotes_of(nlp, text)
    assert _mention(text, containing(quotes, "Safety")) == "Grimm"


def test_uncued_quotation_continues_a_reported_statement_before_it(nlp: Any) -> None:
    text = (
        '"The ferry is late again," said Tom Becker, a harbour pilot.\n\n'
        "Ann Lee, the harbour master, said the port would close for a week in March.\n\n"
        '"We have no other choice this winter, and the boats will have to wait."'
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "no other choice")
    assert quote.speaker is not None and names[quote.speaker] == "Ann Lee"


def test_author_of_a_report_is_its_source(nlp: Any) -> None:
    text = "Fishing quotas will shrink again next year, according to an analysis by the Atlantic Fisheries Institute."
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "quotas will shrink")
    assert quote.speaker is not None and "Atlantic Fisheries Institute" in names[quote.speaker]


def test_headline_after_a_source_needs_no_verb(nlp: Any) -> None:
    text = "Poll: Harbour tax a big worry for coastal voters.\n\nThe survey asked 900 residents about the tax."
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "big worry for coastal voters")
    assert _mention(text, quote) == "Poll"


def test_clause_before_a_headline_colon_is_no_source(nlp: Any) -> None:
    text = "The fix is in: council ignores the harbour tax report.\n\nThe council met on Monday."
    quotes, _ = quotes_of(nlp, text)
    assert not any("council ignores" in q.text for q in quotes)


def test_verb_with_its_own_complement_is_no_parenthetical_cue(nlp: Any) -> None:
    text = "The harbour will reopen in May, as Ann Lee continues to fight the closure."
    quotes, _ = quotes_of(nlp, text)
    assert not any("harbour will reopen" in q.text for q in quotes)


def test_pronoun_skips_a_name_described_by_a_relative_clause_cue(nlp: Any) -> None:
    text = (
        "Asked whether Mark Dunn, who has called the harbour plan a hoax, could win the vote, "
        "Paul Avery smiled.\n\n"
        '"There is no politics in the tide," he said.'
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "no politics in the tide")
    assert quote.speaker is not None and names[quote.speaker] == "Paul Avery"


def test_clause_right_before_a_quotation_beats_a_cue_of_an_earlier_clause(nlp: Any) -> None:
    text = (
        "When Mark Dunn criticized the harbour plan during a debate, Ann Lee shot back, "
        "\u201cI suppose I could have stayed home and baked cookies.\u201d"
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "baked cookies")
    assert quote.speaker is not None and names[quote.speaker] == "Ann Lee"


def test_cue_after_an_adjective_shares_the_subject_of_its_clause(nlp: Any) -> None:
    text = "Ann Lee was quick to add that the harbour would stay open all winter."
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "harbour would stay open")
    assert quote.speaker is not None and names[quote.speaker] == "Ann Lee"


def test_quotation_opening_a_new_sentence_is_not_content_of_the_cue_before(nlp: Any) -> None:
    text = (
        "The delay, Ann Lee noted, may be on the council's end. "
        "''There is nothing as helpful to a harbour as a ferry,'' she said."
    )
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "nothing as helpful")
    assert "council" not in quote.text
    assert quote.cue == "say"


def test_pronoun_skips_a_sentence_about_the_same_pronoun_naming_someone_else(nlp: Any) -> None:
    text = (
        "\u201cWe will open the new wing in March,\u201d Nora Vance said.\n\n"
        "She has faced criticism since the board met with Clara Holt, the former director, "
        "about the budget.\n\n"
        "She said the board had approved every payment."
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "approved every payment")
    assert quote.speaker is not None and names[quote.speaker] == "Nora Vance"


def test_a_chain_of_the_same_pronoun_keeps_its_referent_in_reach(nlp: Any) -> None:
    chain = " ".join(f"He said the {w} would be repaired this year." for w in ("quay", "pier", "dock", "crane", "road"))
    text = (
        "Oscar Brandt, the harbour master, spoke to reporters on Monday.\n\n"
        f"{chain} He added that the ferry would keep its timetable.\n\n"
        "\u201cNobody will wait longer than before,\u201d he said."
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "Nobody will wait")
    assert quote.speaker is not None and names[quote.speaker] == "Oscar Brandt"


def test_a_subject_inside_the_quotation_yields_to_the_name_after_its_closing_mark(nlp: Any) -> None:
    text = (
        "\u201cOne of the brightest members of the entire Congress,\u201d "
        "Rep. Oscar B. Brandt (D-Md.) said in a phone interview."
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "brightest members")
    assert quote.speaker is not None and names[quote.speaker] == "Oscar B. Brandt"


def test_a_quotation_after_a_colon_before_its_cue_is_direct_and_takes_the_pronoun_s_referent(nlp: Any) -> None:
    text = (
        "Nora Vance scolded him: \u201cThe council is almost unanimous against you in terms of "
        "the three products,\u201d she said."
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "almost unanimous")
    assert quote.text.startswith("\u201cThe council") and quote.kind == "direct"
    assert quote.speaker is not None and names[quote.speaker] == "Nora Vance"


def test_a_surname_takes_the_full_name_the_tagger_mistyped_when_it_opens_with_a_given_name(nlp: Any) -> None:
    from storyline.extract.quote_lexicon import lexicon
    from storyline.extract.quote_speakers import SpeakerFinder
    from storyline.records import LocalEntity, Mention

    text = "Ava Marlowe opened the show. Marlowe said the film was finished."
    parsed = nlp(text)
    # As a tagger may read them: the full name an organisation, the surname a place.
    entities = (LocalEntity("e0", "Ava Marlowe", "ORG"), LocalEntity("e1", "Marlowe", "GPE"))
    second = text.index("Marlowe said")
    mentions = (Mention(0, 11, "Ava Marlowe", "e0"), Mention(second, second + 7, "Marlowe", "e1"))
    finder = SpeakerFinder(parsed, entities, mentions, lexicon())
    speaker = finder.from_token(parsed.char_span(second, second + 7)[0])
    assert speaker is not None and speaker.entity == "e0" and speaker.name == "Ava Marlowe"
    other = (LocalEntity("e0", "Port Marlowe", "ORG"), entities[1])
    finder = SpeakerFinder(parsed, other, mentions, lexicon())
    speaker = finder.from_token(parsed.char_span(second, second + 7)[0])
    assert speaker is not None and speaker.entity == "e1"


def test_a_dateline_before_the_subject_is_not_the_speaker(nlp: Any) -> None:
    texts = (
        "Harbour museum opens.\n\nOTTAWA -- Prime Minister Dana Whitfield, opening the National Museum "
        "of Harbour History on Saturday, said it would tell a Canadian story of storms and calm.",
        "Harbour museum opens.\n\nHALIFAX, N.S. \u2014 Dana Whitfield, the mayor, said the museum would "
        "tell a story of storms and calm.",
    )
    for text in texts:
        quotes, names = quotes_of(nlp, text)
        quote = containing(quotes, "story of storms")
        assert quote.speaker is not None and names[quote.speaker] == "Dana Whitfield", text


def test_a_surname_after_a_sentence_opening_cue_is_the_person_named_before(nlp: Any) -> None:
    text = (
        "Ryan Brandt, a tax analyst at the institute, doubts the plan.\n\n"
        "Said Brandt: \u201cI don\u2019t get the sense she\u2019s the least bit interested in tax reform.\u201d"
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "tax reform")
    assert quote.speaker is not None and names[quote.speaker] == "Ryan Brandt"


def test_a_hyphenated_subject_is_kept_whole(nlp: Any) -> None:
    text = "His ex-wife said the house had been sold in May."
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "house had been sold")
    assert quote.speaker_name == "His ex-wife"


def test_a_subject_of_joined_nouns_is_kept_whole(nlp: Any) -> None:
    text = "Residents and shop owners say the bridge has been closed for a month."
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "bridge has been closed")
    assert quote.speaker_name == "Residents and shop owners"
