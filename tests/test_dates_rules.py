"""The date rules end to end: real phrasings through ``lint_text``, fixes applied, policy honoured."""

from __future__ import annotations

import pytest

import lintnews
from lintnews.fix.apply import apply_fixes

DATED = "BEIJING, Dec. 20, 2022 (Xinhua) -- "  # a dateline with a year: the reference is 2022-12-20


def lint(text: str, rule: str | None = None, **dates: object) -> list[lintnews.Finding]:
    config: dict[str, object] = {"select": [f"dates/{rule}" if rule else "dates"]}
    if dates:
        config["dates"] = dates
    return lintnews.lint_text(text, config=config)


def fixed(text: str, rule: str, **dates: object) -> str:
    findings = lint(text, rule, **dates)
    assert findings, f"{rule} did not flag {text!r}"
    out, _ = apply_fixes(text, findings, ("safe", "unsafe", "suggestion"))
    return out


# --- date-missing-year ------------------------------------------------------------------------------

MISSING_YEAR = [
    ("On December 20, local time, President Lukashenka met Putin in Minsk.", "December 20"),
    ("On December 19 local time, Putin arrived in Minsk for a one-day visit.", "December 19"),
    ("The Forum was held in Beijing on February 11th, online and offline.", "February 11th"),
    ("A: On February 3, the US Department of Labor announced the data.", "February 3"),
    ("The party school opened on the afternoon of February 10.", "February 10"),
    ("The Philippine ships reached the reef on Aug 22.", "Aug 22"),
    ("The runoff is on May 28, officials said.", "May 28"),
    ("The protests began on 9 August in Minsk.", "9 August"),
    (
        "Anyone who bought a home between February 1 and February 28 gets a refund.",
        "February 1 and February 28",
    ),
    ("Putin met Lukashenko in St. Petersburg on June 25 this year.", "June 25 this year"),
    ("He said on March 1 this year that he wanted more missiles.", "March 1 this year"),
    ("Li has visited Beijing twice, most recently in July this year.", "July this year"),
]


@pytest.mark.parametrize(("text", "flagged"), MISSING_YEAR)
def test_yearless_dates_are_flagged_without_inventing_a_year(text: str, flagged: str) -> None:
    findings = lint(text, "date-missing-year")
    assert [f.text for f in findings] == [flagged]
    assert findings[0].severity == "warning"
    assert findings[0].fixes == ()  # nothing dates the article: no year is invented


RESOLVED = [
    (
        "On December 20, local time, the presidents met in Minsk.",
        "On December 20, 2022, local time, the presidents met in Minsk.",
    ),
    (
        "On December 19 local time, Putin arrived in Minsk.",
        "On December 19, 2022, local time, Putin arrived in Minsk.",
    ),
    ("The talks ended on 19 December.", "The talks ended on 19 December 2022."),
    ("The forum opened on Dec. 5 in Beijing.", "The forum opened on Dec. 5, 2022, in Beijing."),
    ("Results come on Jan. 5.", "Results come on Jan. 5, 2023."),
    ("It began between December 1 and December 3.", "It began between December 1 and December 3, 2022."),
]


@pytest.mark.parametrize(("body", "expected"), RESOLVED)
def test_reference_date_resolves_the_year(body: str, expected: str) -> None:
    assert fixed(DATED + body, "date-missing-year") == DATED + expected


def test_year_policy_when_not_current_accepts_current_year_dates() -> None:
    text = DATED + "Putin arrived on December 19. The last visit was on Oct. 5."
    findings = lint(text, "date-missing-year", year="when-not-current")
    assert findings == []  # both resolve to 2022, the article's own year
    text = DATED + "Talks are planned for Jan. 12."
    assert (
        fixed(text, "date-missing-year", year="when-not-current")
        == DATED + "Talks are planned for Jan. 12, 2023."
    )


def test_year_policy_never_turns_the_rule_off() -> None:
    assert lint("On December 20, the presidents met.", "date-missing-year", year="never") == []


def test_house_format_rewrites_the_fixed_date() -> None:
    text = DATED + "Putin arrived on December 19 in Minsk."
    assert (
        fixed(text, "date-missing-year", format="dmy")
        == DATED + "Putin arrived on 19 December 2022 in Minsk."
    )
    assert (
        fixed(text, "date-missing-year", format="ap") == DATED + "Putin arrived on Dec. 19, 2022, in Minsk."
    )


NOT_MISSING_YEAR = [
    "On December 20, 2022, President Lukashenka met Putin in Minsk.",
    "The offer applies between February 1 and February 28, 2023.",
    "BEIJING, Feb. 10 (Xinhua) -- A seminar for new members opened in Beijing.",
    "The House Jan. 6 committee heard testimony.",
    "This is Putin's first visit to Belarus since June 2019.",
    "It was signed on 2022-12-20.",
    "The Sept. 11, 2001, attacks changed the world.",
    "Talks ran on December 19-20, 2022.",
]


@pytest.mark.parametrize("text", NOT_MISSING_YEAR)
def test_dates_with_years_and_datelines_are_not_flagged(text: str) -> None:
    assert lint(text, "date-missing-year") == []


# --- date-relative -----------------------------------------------------------------------------------

RELATIVE_FIXES = [
    ("Putin met Lukashenko on June 25 this year.", "Putin met Lukashenko on June 25, 2022."),
    ("He said on March 1 this year that he wanted more.", "He said on March 1, 2022, that he wanted more."),
    ("Prices rose sharply last year.", "Prices rose sharply in 2021."),
    ("Sales are up 50 per cent this year.", "Sales are up 50 per cent in 2022."),
    ("The plant closed earlier this month.", "The plant closed earlier in December 2022."),
    (
        "The ministry said yesterday that prices rose.",
        "The ministry said on Dec. 19, 2022, that prices rose.",
    ),
    (
        "The ministry said on Monday that prices rose.",
        "The ministry said on Monday, Dec. 19, 2022, that prices rose.",
    ),
    (
        "The new rules take effect from the 20th of this month.",
        "The new rules take effect from Dec. 20, 2022.",
    ),
    ("Li visited Hong Kong in July this year.", "Li visited Hong Kong in July 2022."),
    (
        "Ministers will meet on Friday in Brussels.",
        "Ministers will meet on Friday, Dec. 23, 2022, in Brussels.",
    ),
]


@pytest.mark.parametrize(("body", "expected"), RELATIVE_FIXES)
def test_relative_dates_resolve_against_the_reference(body: str, expected: str) -> None:
    assert fixed(DATED + body, "date-relative") == DATED + expected


def test_weekday_follows_policy_and_format() -> None:
    text = DATED + "The ministry said on Monday that prices rose."
    assert fixed(text, "date-relative", year="when-not-current") == (
        DATED + "The ministry said on Monday, Dec. 19, that prices rose."
    )
    assert fixed(text, "date-relative", format="dmy") == (
        DATED + "The ministry said on Monday, 19 December 2022, that prices rose."
    )


def test_the_same_day_names_the_date_it_refers_back_to() -> None:
    text = "The leaders met in Minsk on December 20. At the press conference on the same day, they spoke."
    (finding,) = lint(text, "date-relative")
    assert finding.text == "on the same day" and finding.severity == "info"
    assert fixed(text, "date-relative") == text.replace("on the same day", "on December 20")


def test_everyday_relative_phrasing_is_info_at_most() -> None:
    text = (
        DATED + "The ministry said on Monday that prices rose. Officials met yesterday. Sales rose last year."
    )
    findings = lint(text, "date-relative")
    assert len(findings) == 3 and {f.severity for f in findings} == {"info"}


def test_calques_stay_at_rule_severity() -> None:
    (finding,) = lint("The rules take effect from the 20th of this month.", "date-relative")
    assert finding.severity == "warning"


NOT_RELATIVE_FINDINGS = [
    "The ministry said on Monday that prices rose.",  # no reference: normal style, nothing to fix with
    "Sales are up 50 per cent this year.",
    "Items are shipped on the same day or the next day.",
    "I quit the next day.",
    "Black Friday sales were strong.",
    "Putin met Lukashenko on June 25, 2022.",
    "It was the ninth consecutive Wednesday of protests.",
    DATED + "Yesterday's meeting was cancelled.",
    DATED + "Black Friday sales were strong.",
]


@pytest.mark.parametrize("text", NOT_RELATIVE_FINDINGS)
def test_relative_rule_leaves_normal_style_alone(text: str) -> None:
    assert lint(text, "date-relative") == []


# --- date-ambiguous-numeric, date-weekday-mismatch --------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Signed on 03/04/2022 in Vienna.", "Valid until 05.06.2023.", "Filed 1-2-2021 with the court."]
)
def test_ambiguous_numeric_dates(text: str) -> None:
    (finding,) = lint(text, "date-ambiguous-numeric")
    assert len(finding.fixes) == 2 and all(fix.applicability == "suggestion" for fix in finding.fixes)


def test_ambiguous_numeric_resolved_by_the_articles_other_dates() -> None:
    text = "The decree of 28/02/2022 replaced the one of 04/03/2022."
    (finding,) = lint(text, "date-ambiguous-numeric")
    assert [fix.edits[0].replacement for fix in finding.fixes] == ["March 4, 2022"]


@pytest.mark.parametrize(
    "text",
    [
        "Signed on 20/12/2022.",
        "Signed on 2022-03-04.",
        "Signed on 04/04/2022.",
        "The score was 3/4.",
        "Version 1.2.2022 shipped.",
    ],
)
def test_unambiguous_numeric_dates(text: str) -> None:
    assert lint(text, "date-ambiguous-numeric") == []


WEEKDAYS = [
    ("The summit opens on Monday, December 21, 2022.", "Wednesday", "error"),
    ("It was held on Friday, 10 February 2022.", "Thursday", "error"),
    ("The meeting on February 10, 2023 (Thursday) was cancelled.", "Friday", "error"),
    (DATED + "Putin arrived on Tuesday, Dec. 19.", "Monday", "warning"),
]


@pytest.mark.parametrize(("text", "right", "severity"), WEEKDAYS)
def test_weekday_mismatch(text: str, right: str, severity: str) -> None:
    (finding,) = lint(text, "date-weekday-mismatch")
    assert finding.severity == severity and right in finding.fixes[0].edits[0].replacement


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Friday, February 10, 2023.",
        "The summit opens on Monday, December 21.",
        DATED + "Putin arrived on Monday, Dec. 19.",
    ],
)
def test_weekday_matches(text: str) -> None:
    assert lint(text, "date-weekday-mismatch") == []


# --- time-local-unanchored, date-inconsistent-format ------------------------------------------------

UNANCHORED = [
    "According to reports, the talks began at 10 a.m. local time.",
    "On December 20, local time, the two presidents attended a press conference.",
    "Lukashenko said to Putin at 3 p.m. local time that he was grateful.",
]


@pytest.mark.parametrize("text", UNANCHORED)
def test_local_time_without_a_place(text: str) -> None:
    (finding,) = lint(text, "time-local-unanchored")
    assert finding.text == "local time"


ANCHORED = [
    "On December 20, local time, President Lukashenka of Belarus met Putin in Minsk.",
    "On December 19 local time, Putin arrived in Minsk for a one-day visit.",
    "Putin arrived in Minsk. The talks began at 10 a.m. local time.",
    "The talks began at 10 a.m. Beijing time.",
    "Set your phone to the local time zone.",
]


@pytest.mark.parametrize("text", ANCHORED)
def test_local_time_with_a_place(text: str) -> None:
    assert lint(text, "time-local-unanchored") == []


def test_dateline_place_is_offered_for_local_time() -> None:
    text = (
        "MINSK, Dec 20 (Reuters) - Putin arrived.\n\nHe met the president. Talks began at 10 a.m. local time."
    )
    assert fixed(text, "time-local-unanchored").endswith("10 a.m. Minsk time.")


def test_inconsistent_formats() -> None:
    text = "Talks began on December 19 and ended on December 20. A follow-up is set for 5 January."
    (finding,) = lint(text, "date-inconsistent-format")
    assert finding.text == "5 January" and finding.severity == "info"
    text = "Polls open on Nov. 3 and close on Nov. 4; results come on December 1."
    assert fixed(text, "date-inconsistent-format").endswith("results come on Dec. 1.")


@pytest.mark.parametrize(
    "text",
    [
        "Polls open on Nov. 3 and results come on March 1.",
        "The talks began on December 19 and ended on December 20.",
        "BEIJING, Feb. 10 (Xinhua) -- The seminar opened on 9 February.",
    ],
)
def test_consistent_formats(text: str) -> None:
    assert lint(text, "date-inconsistent-format") == []
