"""Cross-document resolution: one entity per referent, stable ids, reasons for every merge."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main
from storyline.records import Description, DocAnalysis, Entity, LocalEntity, Mention
from storyline.resolve import resolve_entities


def _doc(doc: str, *entities: tuple[str, str, tuple[str, ...], tuple[str, ...]]) -> DocAnalysis:
    """A document with one mention per entity: (name, type, aliases, descriptions)."""
    local = []
    mentions = []
    for number, (name, kind, aliases, roles) in enumerate(entities):
        key = f"e{number}"
        described = tuple(Description(r, as_of="2030-01-01") for r in roles)
        local.append(LocalEntity(key, name, kind, aliases, described))
        mentions.append(Mention(number * 10, number * 10 + len(name), name, key))
    return DocAnalysis(doc=doc, entities=tuple(local), mentions=tuple(mentions))


def _entity(entities: tuple[Entity, ...], name: str) -> Entity:
    found = [e for e in entities if e.name == name or name in e.aliases]
    assert len(found) == 1, (name, [e.name for e in found])
    return found[0]


def test_spelling_variants_are_one_person() -> None:
    index = resolve_entities(
        [
            _doc("a", ("Tomas Kovac-Ilic", "PERSON", (), ())),
            _doc("b", ("Tomas Kovac Ilic", "PERSON", (), ())),
            _doc("c", ("Yuri Dorin", "PERSON", (), ())),
            _doc("d", ("Yury Dorin", "PERSON", (), ())),
        ]
    )
    assert len(index.entities) == 2
    dorin = _entity(index.entities, "Yury Dorin")
    assert len(dorin.mentions) == 2 and any("one letter" in w for w in dorin.why)


def test_surname_alone_goes_to_the_only_full_name() -> None:
    index = resolve_entities([_doc("a", ("Marta Velez", "PERSON", (), ())), _doc("b", ("Velez", "PERSON", (), ()))])
    assert [e.name for e in index.entities] == ["Marta Velez"]
    assert index.ref("b", "e0") == index.ref("a", "e0")


# Documents (one mention per entity) and how many corpus entities they resolve to.
COUNTS = [
    # Ambiguous surname stays apart.
    (
        [
            _doc("a", ("Marta Velez", "PERSON", (), ())),
            _doc("b", ("Jorge Velez", "PERSON", (), ())),
            _doc("c", ("Velez", "PERSON", (), ())),
        ],
        3,
    ),
    # Person and place with one name stay apart.
    ([_doc("a", ("Jordan", "GPE", (), ())), _doc("b", ("Jordan", "PERSON", (), ()))], 2),
    # Spelling of long names and country short forms.
    (
        [
            _doc("a", ("Northern Aeronautic Defence Works", "ORG", (), ()), ("US Coast Guard", "ORG", (), ())),
            _doc(
                "b", ("Northern Aeronautic Defense Works", "ORG", (), ()), ("United States Coast Guard", "ORG", (), ())
            ),
        ],
        2,
    ),
    # A version's bare name does not draw the bare name elsewhere.
    (
        [
            _doc("a", ("Zento 5", "PRODUCT", ("Zento",), ())),
            _doc("b", ("Zento", "PRODUCT", (), ())),
        ],
        2,
    ),
    # An index number is part of the name, not a version.
    ([_doc("a", ("Bourse 40", "PRODUCT", (), ())), _doc("b", ("Bourse", "PRODUCT", (), ()))], 1),
    # A generational suffix does not hide the surname.
    (
        [
            _doc("a", ("Henry M. Varga Jr.", "PERSON", (), ())),
            _doc("b", ("Henry Varga", "PERSON", (), ())),
            _doc("c", ("Varga", "PERSON", (), ())),
        ],
        1,
    ),
]


@pytest.mark.parametrize(("documents", "count"), COUNTS)
def test_documents_resolve_to_so_many_entities(documents: list[DocAnalysis], count: int) -> None:
    assert len(resolve_entities(documents).entities) == count


def test_sound_alike_needs_a_shared_role_across_documents() -> None:
    role = ("former Harbin bureau chief for the Daily Courier",)
    confirmed = resolve_entities(
        [_doc("a", ("Jean Darrow", "PERSON", (), role)), _doc("b", ("Gene Darrow", "PERSON", (), role))]
    )
    assert len(confirmed.entities) == 1
    assert "Gene Darrow" in confirmed.entities[0].aliases
    unconfirmed = resolve_entities(
        [_doc("a", ("Jean Darrow", "PERSON", (), role)), _doc("b", ("Gene Darrow", "PERSON", (), ("plumber",)))]
    )
    assert len(unconfirmed.entities) == 2


def test_a_surname_misheard_in_one_transcript_is_one_person() -> None:
    index = resolve_entities([_doc("a", ("Rosa Lindqvist", "PERSON", (), ()), ("Rosa Lindquist", "PERSON", (), ()))])
    assert len(index.entities) == 1
    assert "Rosa Lindquist" in index.entities[0].aliases
    # in two documents, or with a short surname, one letter is not enough
    apart = resolve_entities(
        [_doc("a", ("Rosa Lindqvist", "PERSON", (), ())), _doc("b", ("Rosa Lindquist", "PERSON", (), ()))]
    )
    assert len(apart.entities) == 2
    short = resolve_entities([_doc("a", ("Anna Parr", "PERSON", (), ()), ("Anna Park", "PERSON", (), ()))])
    assert len(short.entities) == 2


def test_facility_synonyms_and_designators() -> None:
    index = resolve_entities(
        [
            _doc("a", ("Tervala Cosmodrome", "FAC", (), ()), ("Harlow Group", "ORG", (), ())),
            _doc("b", ("Tervala spaceport", "FAC", (), ()), ("Harlow", "ORG", (), ())),
        ]
    )
    assert len(index.entities) == 2
    assert any("cosmodrome" in w for w in _entity(index.entities, "Tervala spaceport").why)


def test_acronym_and_alias_across_documents() -> None:
    index = resolve_entities(
        [
            _doc("a", ("Northern Rail Workers Union", "ORG", ("NRWU",), ())),
            _doc("b", ("NRWU", "ORG", (), ())),
        ]
    )
    assert len(index.entities) == 1 and index.entities[0].name == "Northern Rail Workers Union"


def test_products_and_their_maker_stay_apart() -> None:
    index = resolve_entities(
        [
            _doc("a", ("Skyline 990 Albatross", "PRODUCT", (), ()), ("Skyline", "ORG", (), ())),
            _doc("b", ("Albatross", "PRODUCT", (), ()), ("Skyline", "ORG", (), ())),
        ]
    )
    plane = _entity(index.entities, "Skyline 990 Albatross")
    assert "Albatross" in plane.aliases
    assert _entity(index.entities, "Skyline").type == "ORG"


def test_ids_are_stable_and_descriptions_dated() -> None:
    docs = [
        _doc("a", ("Marta Velez", "PERSON", (), ("Finance Minister",))),
        _doc("b", ("Marta Velez", "PERSON", (), ("Prime Minister",))),
    ]
    first = resolve_entities(docs)
    again = resolve_entities(list(reversed(docs)))
    assert [e.id for e in first.entities] == [e.id for e in again.entities]
    roles = [d.text for d in first.entities[0].descriptions]
    assert roles == ["Finance Minister", "Prime Minister"]


def test_entity_commands(tmp_path: Path) -> None:
    capture = tmp_path / "note.txt"
    capture.write_text(
        "Finance Minister Halvard Brenn visited Talvik on Friday. Brenn said the harbour would reopen.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(capture), "--db", db]).exit_code == 0
    listed = runner.invoke(main, ["entities", "--db", db])
    assert listed.exit_code == 0 and "Halvard Brenn" in listed.output and "PERSON" in listed.output
    shown = runner.invoke(main, ["entity", "Brenn", "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "Finance Minister" in shown.output and "surname" in shown.output
    unknown = runner.invoke(main, ["entity", "Halvard Bren", "--db", db])
    assert unknown.exit_code == 1 and "closest known: Halvard Brenn" in unknown.output


def test_one_model_designation_is_one_product() -> None:
    index = resolve_entities(
        [
            _doc("a", ("Skyline K990", "PRODUCT", (), ())),
            _doc("b", ("first Skyline K990", "PRODUCT", (), ()), ("K990", "PRODUCT", (), ())),
            _doc("c", ("Skyline K880", "PRODUCT", (), ())),
        ]
    )
    assert sorted(len(e.members) for e in index.entities) == [1, 3]
    assert any("model K990" in w for w in _entity(index.entities, "Skyline K990").why)


def test_a_makers_name_before_a_bare_number_is_its_lettered_designation() -> None:
    index = resolve_entities(
        [
            _doc("a", ("Skyline K990", "PRODUCT", (), ())),
            _doc("b", ("Skyline 990", "PRODUCT", (), ())),
            _doc("c", ("Skyline 880", "PRODUCT", (), ())),
        ]
    )
    assert len(_entity(index.entities, "Skyline K990").members) == 1
    assert len(_entity(index.entities, "Skyline 990").members) == 1
    index = resolve_entities(
        [
            _doc("a", ("Skyline S990", "PRODUCT", (), ())),
            _doc("b", ("Skyline 990", "PRODUCT", (), ())),
            _doc("c", ("S990", "PRODUCT", (), ())),
        ]
    )
    assert len(index.entities) == 1


def test_middle_initial_and_commonest_full_name() -> None:
    index = resolve_entities(
        [
            _doc("a", ("Marta Velez", "PERSON", (), ())),
            _doc("b", ("Marta Velez", "PERSON", (), ())),
            _doc("c", ("Marta J. Velez", "PERSON", (), ())),
        ]
    )
    assert [e.name for e in index.entities] == ["Marta Velez"]
    assert "Marta J. Velez" in index.entities[0].aliases


def test_model_variants_join_their_family_and_makers_stay_apart() -> None:
    index = resolve_entities(
        [
            _doc("a", ("Vandor 919", "PRODUCT", (), ()), ("Vandor", "ORG", (), ())),
            _doc("b", ("919-300LR", "PRODUCT", (), ()), ("Polar Air 919", "PRODUCT", (), ())),
            _doc("c", ("919s", "PRODUCT", (), ()), ("Vandor 717", "PRODUCT", (), ())),
        ]
    )
    family = _entity(index.entities, "Vandor 919")
    assert {"919-300LR", "919s", "Polar Air 919"} <= {family.name, *family.aliases}
    assert "Vandor" not in {family.name, *family.aliases}
    assert "Vandor 717" not in {family.name, *family.aliases}


def test_one_word_mistyped_as_a_place_joins_the_organisation() -> None:
    index = resolve_entities(
        [
            _doc("a", ("Kestrelair", "ORG", (), ())),
            _doc("b", ("Kestrelair", "GPE", (), ())),
            _doc("c", ("Paris", "GPE", (), ())),
            _doc("d", ("Paris", "ORG", (), ())),
        ]
    )
    assert len([e for e in index.entities if e.name == "Kestrelair"]) == 1
    assert len([e for e in index.entities if e.name == "Paris"]) == 2


def test_names_differing_only_in_spacing_are_one() -> None:
    index = resolve_entities(
        [
            _doc("a", ("World Wide Makers Fair", "EVENT", (), ()), ("Kel OSX", "PRODUCT", (), ())),
            _doc("b", ("Worldwide Makers Fair", "EVENT", (), ()), ("Kel OS X", "PRODUCT", (), ())),
            _doc("c", ("Kelosx", "PERSON", (), ())),
        ]
    )
    assert len(_entity(index.entities, "Worldwide Makers Fair").mentions) == 2
    assert len(_entity(index.entities, "Kel OS X").mentions) == 2
    assert len(index.entities) == 3  # a person "Kelosx" is not the product "Kel OSX"
    assert any("spacing" in w for w in _entity(index.entities, "Kel OSX").why)


def test_a_shop_named_after_a_product_is_the_product_but_not_the_firm() -> None:
    index = resolve_entities(
        [
            _doc("a", ("Lumen", "PRODUCT", (), ()), ("Acme", "ORG", (), ())),
            _doc("b", ("Lumen Music Store", "ORG", (), ()), ("Acme Store", "ORG", (), ())),
            _doc("c", ("Lumen Store", "ORG", (), ())),
        ]
    )
    lumen = _entity(index.entities, "Lumen")
    assert len(lumen.mentions) == 3 and any("sells for" in w for w in lumen.why)
    assert _entity(index.entities, "Acme Store") != _entity(index.entities, "Acme")


def test_formal_and_familiar_given_names_are_one_person() -> None:
    index = resolve_entities(
        [
            _doc("a", ("Thomas Varga", "PERSON", (), ()), ("Timothy R. Holm", "PERSON", (), ())),
            _doc("b", ("Tom Varga", "PERSON", (), ()), ("Tim Holm", "PERSON", (), ())),
            _doc("c", ("Tom Lee Varga", "PERSON", (), ()), ("Thomas Holm", "PERSON", (), ())),
        ]
    )
    varga = _entity(index.entities, "Tom Varga")
    assert len(varga.mentions) == 2 and any("familiar" in w for w in varga.why)
    assert len(_entity(index.entities, "Tim Holm").mentions) == 2
    assert len(index.entities) == 4  # a middle name or another given name is someone else


def test_a_german_familiar_name_counts_too() -> None:
    index = resolve_entities(
        [_doc("a", ("Frederick Holm", "PERSON", (), ())), _doc("b", ("Fritz Holm", "PERSON", (), ()))]
    )
    assert len(index.entities) == 1


def test_a_makers_name_before_a_name_used_alone_elsewhere() -> None:
    index = resolve_entities(
        [
            _doc(
                "a", ("Kestrel", "ORG", (), ()), ("Kestrel Vanta", "ORG", (), ()), ("Kestrel Computer", "ORG", (), ())
            ),
            _doc("b", ("Vanta", "PRODUCT", (), ()), ("Computer", "ORG", (), ())),
            _doc("c", ("Kestrel-Air Force", "ORG", (), ()), ("Air Force", "ORG", (), ())),
        ]
    )
    vanta = _entity(index.entities, "Vanta")
    assert len(vanta.mentions) == 2 and any("maker" in w for w in vanta.why)
    assert len(_entity(index.entities, "Computer").mentions) == 1
    assert len(_entity(index.entities, "Air Force").mentions) == 1


def test_a_product_family_is_not_one_of_its_versions() -> None:
    index = resolve_entities(
        [
            _doc("a", ("Zento 5", "PRODUCT", (), ()), ("Zento", "PRODUCT", (), ())),
            _doc("b", ("Zento", "PRODUCT", (), ()), ("Skyline 990 Albatross", "PRODUCT", (), ())),
            _doc("c", ("Albatross", "PRODUCT", (), ())),
        ]
    )
    assert len(_entity(index.entities, "Zento").mentions) == 2
    assert len(_entity(index.entities, "Zento 5").mentions) == 1
    assert len(_entity(index.entities, "Albatross").mentions) == 2


def test_a_maker_named_by_its_short_form_counts_too() -> None:
    index = resolve_entities(
        [
            _doc("a", ("Orrin Motors", "ORG", ("Orrin",), ()), ("Orrin Tessa", "ORG", (), ())),
            _doc("b", ("Tessa", "ORG", (), ())),
        ]
    )
    assert len(_entity(index.entities, "Tessa").mentions) == 2


def test_one_word_short_form_joins_the_entity_that_goes_by_it() -> None:
    index = resolve_entities(
        [
            _doc("a", ("Orrin Motor Co.", "ORG", ("Orrin",), ())),
            _doc("b", ("Orrin", "ORG", (), ())),
            _doc("c", ("Vell Motors", "ORG", ("Vell",), ()), ("Vell Foundation", "ORG", ("Vell",), ())),
            _doc("d", ("Vell", "ORG", (), ())),
        ]
    )
    orrin = _entity(index.entities, "Orrin Motor Co.")
    assert len(orrin.mentions) == 2 and any("short form" in w for w in orrin.why)
    assert len(index.entities) == 4  # "Vell" could be either


def test_long_names_with_one_acronym_and_the_same_opening_are_one_body() -> None:
    index = resolve_entities(
        [
            _doc("a", ("Baltic Aeronautic Defence and Space Company BADS N.V.", "ORG", ("BADS",), ())),
            _doc("b", ("Baltic Aeronautic Defence & Space NV", "ORG", ("BADS",), ())),
            _doc("c", ("Baltic Aviation Safety Board", "ORG", ("BASB",), ())),
            _doc("d", ("National Association of Millers", "ORG", ("NAM",), ())),
            _doc("e", ("National Association of Miners", "ORG", ("NAM",), ())),
        ]
    )
    assert len(index.entities) == 4
    assert index.ref("a", "e0") == index.ref("b", "e0") != index.ref("c", "e0")
