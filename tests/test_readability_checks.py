"""Readability: per-article scores in the JSON output (schema-valid) and the text summary; findings for
over-long sentences, very hard sentences and paragraphs far harder than the article's median, with
thresholds from the [readability] config table; English only."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

import lintnews
from lintnews.checks.readability_scores import Counts, article_scores, syllables

REPO = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((REPO / "lintnews" / "schemas" / "findings.schema.json").read_text(encoding="utf-8"))


def one_line(text: str) -> str:
    return " ".join(text.split())


EASY = "The mayor opened the bridge on Monday. Many people came to watch. They cheered when the bus crossed."
RUN_ON = one_line("""
    The delegation, which had arrived in the capital after a long journey through three provinces, met the
    minister, the governor of the central bank, the heads of several state firms and a group of investors
    who had waited since the morning, and signed an agreement that both sides said would double trade
    within five years and open new routes for goods and people across the border.""")


def only_readability(**section: float) -> dict:
    return {"select": ["readability"], **({"readability": section} if section else {})}


def test_formulas_give_the_published_values() -> None:
    counts = Counts.of("The cat sat on the mat. It was happy.", 2)
    assert (counts.words, counts.sentences, counts.syllables) == (9, 2, 10)
    scores = article_scores(counts)
    # Flesch: 206.835 - 1.015 * 4.5 - 84.6 * 10/9;  Flesch-Kincaid: 0.39 * 4.5 + 11.8 * 10/9 - 15.59
    assert scores["flesch_reading_ease"] == 108.3
    assert scores["flesch_kincaid_grade"] == -0.7
    assert syllables("international") == 5


def test_scores_in_json_output_validate_against_the_schema(cli, tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: Bridge\n---\n\n# The bridge\n\n" + EASY + "\n", encoding="utf-8")
    run = cli("check", "--isolated", "--select", "readability", "--format", "json", str(article))
    data = run.json()
    jsonschema.validate(data, SCHEMA)
    scores = data["files"][0]["readability"]
    assert scores["words"] == 20 and scores["sentences"] == 4
    assert scores["flesch_reading_ease"] > 70 and scores["flesch_kincaid_grade"] < 6


def test_text_summary_names_the_scores(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(EASY, encoding="utf-8")
    run = cli("check", "--isolated", "--select", "readability", str(tmp_path / "a.txt"))
    assert "readability: Flesch reading ease" in run.stdout and "Flesch-Kincaid grade" in run.stdout
    (tmp_path / "b.txt").write_text(RUN_ON, encoding="utf-8")
    run = cli("check", "--isolated", "--select", "readability", str(tmp_path))
    assert "readability (median of 2 files)" in run.stdout
    assert f"hardest: {tmp_path / 'b.txt'}" in run.stdout


def test_long_sentence_threshold_comes_from_the_config() -> None:
    assert [f.rule for f in lintnews.lint_text(RUN_ON, config=only_readability())] == [
        "readability/long-sentence"]
    assert lintnews.lint_text(RUN_ON, config=only_readability(max_sentence_words=80)) == []
    findings = lintnews.lint_text(EASY + " " + RUN_ON, config=only_readability(max_sentence_words=10))
    assert [f.text for f in findings] == [RUN_ON]
    assert "has 66 words (more than 10)" in findings[0].message


def test_one_finding_per_sentence_even_when_several_measures_trip() -> None:
    findings = lintnews.lint_text(RUN_ON, config=only_readability(max_sentence_grade=5))
    assert [f.rule for f in findings] == ["readability/long-sentence"]
    config = only_readability(max_sentence_words=100, max_sentence_grade=5)
    findings = lintnews.lint_text(RUN_ON, config=config)
    assert [f.rule for f in findings] == ["readability/hard-sentence"]


def test_paragraph_far_above_the_median_is_flagged() -> None:
    easy = [EASY + " The bus was full. Children waved flags.", "The bridge cost ten million dollars. "
            "Work began two years ago. The old bridge was too weak for trucks and buses. It is now a path."]
    hard = one_line("""
        Comprehensive municipal infrastructure modernization necessitates unprecedented interdepartmental
        coordination, considerable supplementary appropriations, and systematic environmental
        rehabilitation initiatives. Administrative decentralization, institutional fragmentation and
        organizational heterogeneity considerably complicate implementation.""")
    text = "\n\n".join([easy[0], hard, easy[1], easy[0]])
    findings = lintnews.lint_text(text, config=only_readability(max_sentence_grade=100))
    assert [(f.rule, f.text) for f in findings] == [("readability/hard-paragraph", hard)]
    assert lintnews.lint_text(text, config=only_readability(max_sentence_grade=100,
                                                            paragraph_grade_over_median=40)) == []


def test_ordinary_news_sentences_are_not_flagged() -> None:
    text = (REPO / "tests" / "data" / "seed-article.txt").read_text(encoding="utf-8")
    assert lintnews.lint_text(text, config=only_readability()) == []


def test_non_english_articles_get_no_scores_and_no_findings(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("---\nlanguage: fr\n---\n\n" + RUN_ON + "\n", encoding="utf-8")
    result = lintnews.lint_paths([str(article)], config=only_readability())
    assert result.findings == [] and result.files[0].readability is None
    article.write_text("---\nlanguage: en-GB\n---\n\n" + RUN_ON + "\n", encoding="utf-8")
    result = lintnews.lint_paths([str(article)], config=only_readability())
    assert result.files[0].readability is not None and len(result.findings) == 1


def test_scraped_headline_lists_are_not_one_long_sentence() -> None:
    line = "Minister {} visits the northern provinces to discuss trade and energy"
    headlines = "\n".join(line.format(i) for i in range(8))
    assert lintnews.lint_text(headlines, config=only_readability()) == []
    piped = " | ".join(f"Minister {i} visits the northern provinces" for i in range(12))
    assert lintnews.lint_text(piped, config=only_readability()) == []
    wrapped = RUN_ON.replace(" met the minister,", "\nmet the minister,").replace(" who had", "\nwho had")
    findings = lintnews.lint_text(wrapped, config=only_readability())
    assert [f.rule for f in findings] == ["readability/long-sentence"]  # hard wraps go on in lower case
