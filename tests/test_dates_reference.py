"""Where the reference date comes from, what the JSON output says about it, the seed article with and
without one, and configuration errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import lintnews
from lintnews.cli import main
from lintnews.dates.reference import detect, find_dateline, parse_date_value
from lintnews.errors import ConfigError

SEED = Path(__file__).resolve().parent / "data" / "seed-article.txt"


def check_json(*args: str) -> dict:
    result = CliRunner().invoke(
        main, ["check", "--isolated", "--select", "dates", "--format", "json", "--fail-on", "never", *args]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


DATELINES = [
    ("MINSK, Dec 20 (Reuters) - Belarus said on Tuesday", (12, 20, None), "Minsk"),
    ("BEIJING, Feb. 10 (Xinhua) -- A seminar for new members", (2, 10, None), "Beijing"),
    ("Xinhua News Agency BEIJING, Feb. 10 (Xinhua News Agency) -- Members", (2, 10, None), "Beijing"),
    ("Xinhua News Agency, Beijing, February 11. On February 11, the forum", (2, 11, None), "Beijing"),
    ("Xinhua News Agency, Beijing, February 11th - On February 11th, the forum", (2, 11, None), "Beijing"),
    ("WASHINGTON, Dec. 20, 2022 (AP) — The Senate voted", (12, 20, 2022), "Washington"),
    ("KYIV, Ukraine, March 3 (AP) -- Russian forces shelled", (3, 3, None), "Kyiv"),
]


@pytest.mark.parametrize(("text", "date", "place"), DATELINES)
def test_datelines(text: str, date: tuple[int, int, int | None], place: str) -> None:
    _, ref = find_dateline(text)
    assert ref is not None and (ref.month, ref.day, ref.year) == date and ref.place == place


@pytest.mark.parametrize(
    "text",
    [
        "He met Smith, Dec. 20. Then he left.",
        "The president said on Dec. 20 that talks would go on.",
        "Putin arrived in Minsk on December 19 for a visit.",
    ],
)
def test_sentences_are_not_datelines(text: str) -> None:
    assert find_dateline(text) == (None, None)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2022, 12, 20), dt.date(2022, 12, 20)),
        (dt.datetime(2022, 12, 20, 23, 5), dt.date(2022, 12, 20)),
        ("2022-12-20", dt.date(2022, 12, 20)),
        ("2022-12-20T10:00:00Z", dt.date(2022, 12, 20)),
        ("2022-12-20T10:00:00+03:00", dt.date(2022, 12, 20)),
        ("December 20, 2022", dt.date(2022, 12, 20)),
        ("Tue, 20 Dec 2022 10:00:00 GMT", dt.date(2022, 12, 20)),
        ("not a date", None),
        (20221220, None),
    ],
)
def test_metadata_values(value: object, expected: dt.date | None) -> None:
    assert parse_date_value(value) == expected


def test_order_of_trust() -> None:
    text = "MINSK, Dec 20 (Reuters) - Belarus said"
    assert detect(text, {}, "2021-01-02").iso() == "2021-01-02"
    assert detect(text, {"date": dt.date(2022, 12, 19)}, None).iso() == "2022-12-19"
    ref = detect(text, {}, None)
    assert ref.iso() == "--12-20" and ref.year is None and ref.source.startswith("dateline")
    assert (
        detect("Title\n\nApril 20, 2018\n\nRussia says it fired a missile.", {}, None).iso() == "2018-04-20"
    )
    assert detect("Putin arrived in Minsk.", {}, None) is None


def test_seed_article_without_a_reference_flags_missing_years_and_invents_none() -> None:
    out = check_json(str(SEED))
    by_text = {f["text"]: f for f in out["findings"]}
    for text in ("December 20", "December 19", "June 25 this year", "March 1 this year"):
        assert by_text[text]["rule"] == "dates/date-missing-year"
        assert by_text[text]["fixes"] == []
    same_day = [f for f in out["findings"] if f["text"] == "on the same day"]
    assert len(same_day) == 2 and all(f["rule"] == "dates/date-relative" for f in same_day)
    assert not any(
        "2022" in e["replacement"] for f in out["findings"] for fix in f["fixes"] for e in fix["edits"]
    )
    assert out["files"][0]["meta"]["reference_date"] is None
    assert all(f["severity"] != "error" for f in out["findings"])


def test_seed_article_with_reference_date_resolves_to_2022() -> None:
    out = check_json("--reference-date", "2022-12-20", str(SEED))
    fixes = {f["text"]: f["fixes"][0]["edits"][0]["replacement"] for f in out["findings"] if f["fixes"]}
    assert fixes["December 20"] == "December 20, 2022"
    assert fixes["December 19"] == "December 19, 2022,"
    assert fixes["June 25 this year"] == "June 25, 2022"  # a comma follows already
    assert fixes["March 1 this year"] == "March 1, 2022,"
    same_day = [f for f in out["findings"] if f["text"] == "on the same day"]
    assert [f["fixes"][0]["edits"][0]["replacement"] for f in same_day] == [
        "on December 20, 2022",
        "on December 19, 2022",
    ]
    meta = out["files"][0]["meta"]
    assert meta["reference_date"] == "2022-12-20" and "--reference-date" in meta["reference_source"]


def test_json_states_reference_from_front_matter(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(
        "---\ntitle: Talks\ndate: 2022-12-20\n---\n\nPutin arrived on December 19.\n", encoding="utf-8"
    )
    out = check_json(str(article))
    assert out["files"][0]["meta"]["reference_date"] == "2022-12-20"
    assert out["files"][0]["meta"]["reference_source"] == "metadata 'date'"
    assert out["findings"][0]["fixes"][0]["edits"][0]["replacement"] == "December 19, 2022"


def test_json_states_reference_from_html_metadata(tmp_path: Path) -> None:
    article = tmp_path / "a.html"
    article.write_text(
        '<html><head><meta property="article:published_time" content="2022-12-20T08:00:00Z">'
        "</head><body><p>The ministry said on Monday that prices rose.</p></body></html>",
        encoding="utf-8",
    )
    out = check_json(str(article))
    meta = out["files"][0]["meta"]
    assert meta["reference_date"] == "2022-12-20" and "article:published_time" in meta["reference_source"]
    (finding,) = out["findings"]
    assert finding["severity"] == "info"
    assert finding["fixes"][0]["edits"][0]["replacement"] == "on Monday, Dec. 19, 2022,"


def test_json_states_reference_from_json_ld(tmp_path: Path) -> None:
    article = tmp_path / "a.html"
    article.write_text(
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2023-02-10T09:00:00+08:00"}</script></head>'
        "<body><p>The seminar ended on February 9.</p></body></html>",
        encoding="utf-8",
    )
    out = check_json(str(article))
    assert out["files"][0]["meta"]["reference_date"] == "2023-02-10"
    assert out["findings"][0]["fixes"][0]["edits"][0]["replacement"] == "February 9, 2023"


@pytest.mark.parametrize(
    ("section", "needle"),
    [
        ({"year": "sometimes"}, "dates.year"),
        ({"format": "iso"}, "dates.format"),
        ({"reference_date": "20/12/2022"}, "dates.reference_date"),
    ],
)
def test_bad_policy_is_a_config_error(section: dict[str, str], needle: str) -> None:
    with pytest.raises(ConfigError, match=needle.replace(".", r"\.")):
        lintnews.lint_text("On December 20.", config={"select": ["dates"], "dates": section})


def test_bad_reference_date_flag_exits_2() -> None:
    result = CliRunner().invoke(
        main, ["check", "--isolated", "--select", "dates", "--reference-date", "yesterday", str(SEED)]
    )
    assert result.exit_code == 2
    assert "reference_date" in result.output


def test_toml_date_value_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "lintnews.toml").write_text(
        'select = ["dates"]\n[dates]\nreference_date = 2022-12-20\n'
        'year = "when-not-current"\nformat = "dmy"\n',
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text("The talks began on Jan. 12.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", "--fail-on", "never", str(article)])
    out = json.loads(result.stdout)
    assert out["files"][0]["meta"]["reference_date"] == "2022-12-20"
    assert out["findings"][0]["fixes"][0]["edits"][0]["replacement"] == "12 January 2023"
