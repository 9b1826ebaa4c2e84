"""Name mentions from the shared analysis layer: what counts as a name and where it starts and ends."""

from __future__ import annotations

from lintnews.analysis import Analysis
from lintnews.document import read_text


def mentions(text: str) -> list[tuple[str, str]]:
    document = read_text(text, "<t>", "text")
    return [(m.title, m.text(document.text)) for m in Analysis(document).names]


def test_titles_are_set_apart_from_the_name() -> None:
    assert mentions("He met Russian President Putin and Foreign Minister Wang Yi.") == [
        ("Russian President", "Putin"),
        ("Foreign Minister", "Wang Yi"),
    ]


def test_possessives_and_quotes_are_not_part_of_the_name() -> None:
    assert mentions("It was Lukashenka’s plan and the ‘Iskandar’ system.") == [
        ("", "Lukashenka"),
        ("", "Iskandar"),
    ]


def test_hyphenated_models_and_abbreviated_places() -> None:
    assert mentions("The S-400 and Iskander-M reached St. Petersburg.") == [
        ("", "S-400"),
        ("", "Iskander-M"),
        ("", "St. Petersburg"),
    ]


def test_sentence_openers_and_words_written_in_lower_case_elsewhere_are_not_names() -> None:
    text = "According to Interfax, talks ended. Talks will resume. Minsk said talks were useful."
    assert mentions(text) == [("", "Interfax"), ("", "Minsk")]


def test_connectors_inside_names_but_not_at_their_edges() -> None:
    assert mentions("We saw Mohammed bin Salman and Ursula von der Leyen of Germany.") == [
        ("", "Mohammed bin Salman"),
        ("", "Ursula von der Leyen"),
        ("", "Germany"),
    ]


def test_punctuation_ends_a_name() -> None:
    assert mentions("Lukashenka: Russian missiles arrive. Interfax, Tass and RIA Novosti reported.") == [
        ("", "Lukashenka"),
        ("", "Russian"),
        ("", "Interfax"),
        ("", "Tass"),
        ("", "RIA Novosti"),
    ]


def test_acronyms_are_marked_and_headlines_detected() -> None:
    document = read_text(
        "Putin Meets Lukashenko In Minsk Over Missile Deal\n\nNATO said Putin lied.\n", "<t>", "text"
    )
    found = Analysis(document).names
    assert [(m.text(document.text), m.headline) for m in found] == [
        ("Putin Meets Lukashenko In Minsk Over Missile Deal", True),
        ("NATO", False),
        ("Putin", False),
    ]
    assert found[1].words[0].acronym and not found[2].words[0].acronym


def test_the_view_is_computed_once() -> None:
    analysis = Analysis(read_text("Putin met Lukashenko.", "<t>", "text"))
    assert analysis.names is analysis.names
