"""Encodings and bad input: accepted encodings are read exactly; every bad file gets one line on
stderr without a traceback, the other files are still checked, and the exit code is 2."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from conftest import write

GOOD = "He met White President Lukashenka.\n"


def findings_by_file(result) -> dict[str, list[tuple[int, int, str]]]:
    out: dict[str, list[tuple[int, int, str]]] = {}
    for f in result.json()["findings"]:
        out.setdefault(os.path.basename(f["path"]), []).append((f["line"], f["column"], f["text"]))
    return out


@pytest.mark.parametrize(("name", "encoding", "bom"), [
    ("utf8.txt", "utf-8", b""),
    ("utf8-bom.txt", "utf-8", codecs.BOM_UTF8),
    ("utf16le.txt", "utf-16-le", codecs.BOM_UTF16_LE),
    ("utf16be.txt", "utf-16-be", codecs.BOM_UTF16_BE),
])
def test_accepted_encodings_give_the_same_positions(cli, test_pack_project: Path, name: str, encoding: str,
                                                    bom: bytes) -> None:
    path = write(test_pack_project / name, "Première ligne\n" + GOOD, encoding, bom)
    result = cli("check", "--format", "json", str(path))
    assert result.exit_code == 1, result.stderr
    assert result.stderr == ""
    assert findings_by_file(result) == {name: [(2, 8, "White President")]}
    (finding,) = result.json()["findings"]
    # offsets are code points into the decoded text, the BOM excluded
    start = len("Première ligne\nHe met ")
    assert (finding["start"], finding["end"]) == (start, start + len("White President"))


def test_utf8_bom_before_front_matter_is_still_front_matter(cli, test_pack_project: Path) -> None:
    path = write(test_pack_project / "a.md", "---\ntitle: White President\n---\n" + GOOD, bom=codecs.BOM_UTF8)
    result = cli("check", "--format", "json", str(path))
    assert findings_by_file(result) == {"a.md": [(4, 8, "White President")]}
    assert result.json()["files"][0]["meta"]["title"] == "White President"


def _binary(folder: Path) -> Path:
    return write(folder / "binary.txt", "PNG\x00\x01\x02 White President", "latin-1")


def _latin1(folder: Path) -> Path:
    return write(folder / "latin1.txt", "Caf\u00e9 news: White President.\n", "latin-1")


def _utf16_without_bom(folder: Path) -> Path:
    return write(folder / "utf16-nobom.txt", GOOD, "utf-16-le")


def _truncated_utf16(folder: Path) -> Path:
    path = write(folder / "truncated.txt", GOOD, "utf-16-le", codecs.BOM_UTF16_LE)
    path.write_bytes(path.read_bytes()[:-1])
    return path


def _dangling_symlink(folder: Path) -> Path:
    # chmod cannot make a file unreadable for root; a link to nothing cannot be read by anyone
    path = folder / "unreadable.txt"
    path.symlink_to(folder / "does-not-exist.txt")
    return path


def _bad_front_matter(folder: Path) -> Path:
    return write(folder / "bad-front.md", "---\ntitle: [unclosed\n---\n" + GOOD)


@pytest.mark.parametrize(("make", "problem"), [
    (_binary, "binary file"),
    (_latin1, "not valid UTF-8"),
    (_utf16_without_bom, "binary file"),
    (_truncated_utf16, "invalid UTF-16"),
    (_dangling_symlink, "No such file or directory"),
    (_bad_front_matter, "invalid front matter"),
])
def test_bad_file_is_one_line_error_and_the_others_are_still_checked(cli, test_pack_project: Path, make,
                                                                      problem: str) -> None:
    folder = test_pack_project / "articles"
    folder.mkdir()
    write(folder / "a-good.txt", GOOD)
    bad = make(folder)
    write(folder / "z-good.md", "Text.\n\n" + GOOD)
    result = cli("check", "--format", "json", str(folder))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert str(bad) in lines[0] and problem in lines[0]
    assert "Traceback" not in result.stderr
    assert findings_by_file(result) == {"a-good.txt": [(1, 8, "White President")],
                                        "z-good.md": [(3, 8, "White President")]}
    data = result.json()
    assert data["summary"]["unreadable"] == 1
    assert [f.get("error") is not None for f in data["files"]] == [False, True, False]


def test_bad_file_named_directly_in_text_format(cli, test_pack_project: Path) -> None:
    good = write(test_pack_project / "good.txt", GOOD)
    bad = _latin1(test_pack_project)
    result = cli("check", "--no-color", str(bad), str(good))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "latin1.txt" in result.stderr
    assert "good.txt" in result.stdout and "1 could not be checked" in result.stdout


def test_empty_file_is_not_an_error(cli, test_pack_project: Path) -> None:
    empty = write(test_pack_project / "empty.txt", "")
    empty_md = write(test_pack_project / "empty.md", "")
    empty_html = write(test_pack_project / "empty.html", "")
    result = cli("check", "--format", "json", str(empty), str(empty_md), str(empty_html))
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.json()["summary"]["files"] == 3 and result.json()["findings"] == []


def test_bom_only_files_are_empty_not_errors(cli, test_pack_project: Path) -> None:
    a = write(test_pack_project / "bom8.txt", "", bom=codecs.BOM_UTF8)
    b = write(test_pack_project / "bom16.txt", "", bom=codecs.BOM_UTF16_LE)
    result = cli("check", str(a), str(b))
    assert (result.exit_code, result.stderr) == (0, "")


def test_a_50_megabyte_file_is_checked_not_rejected(cli, test_pack_project: Path) -> None:
    paragraph = "The ministers met in Minsk on Tuesday and agreed to continue the talks next month.\n\n"
    repeats = 50 * 1024 * 1024 // len(paragraph) + 1
    big = test_pack_project / "big.txt"
    with open(big, "w", encoding="utf-8") as f:
        f.write(paragraph * repeats)
        f.write("At the end, White President Lukashenka spoke.\n")
    assert big.stat().st_size > 50 * 1024 * 1024
    result = cli("check", "--format", "json", "--select", "core-test/white-president", str(big))
    assert (result.exit_code, result.stderr) == (1, "")
    assert findings_by_file(result) == {"big.txt": [(2 * repeats + 1, 13, "White President")]}
