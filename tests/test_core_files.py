"""Which files ``lintnews check`` reads: folders walked recursively with include/exclude globs, hidden
folders, node_modules and .git skipped, files named directly always read, and ``-`` for stdin."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import write

PROSE = "He met White President Lukashenka.\n"


def checked_files(result, root: Path) -> list[str]:
    return sorted(os.path.relpath(f["path"], root) for f in result.json()["files"])


def make_tree(root: Path) -> Path:
    site = root / "site"
    for rel in ("a.txt", "b.md", "c.markdown", "d.html", "e.htm", "sub/deeper/f.md", "drafts/g.md",
                "notes.rst", "data.json", ".hidden.md", ".cache/h.md", "node_modules/pkg/readme.md",
                ".git/description.txt", "sub/.secret/i.txt"):
        write(site / rel, PROSE)
    return site


def test_folder_is_walked_for_the_default_suffixes(cli, test_pack_project: Path) -> None:
    site = make_tree(test_pack_project)
    result = cli("check", "--format", "json", str(site))
    assert result.exit_code == 1
    assert checked_files(result, site) == ["a.txt", "b.md", "c.markdown", "d.html", "drafts/g.md", "e.htm",
                                           "sub/deeper/f.md"]
    assert len(result.json()["findings"]) == 7


def test_include_and_exclude_globs(cli, test_pack_project: Path) -> None:
    site = make_tree(test_pack_project)
    result = cli("check", "--format", "json", "--include", "*.md", "--exclude", "drafts", str(site))
    assert checked_files(result, site) == ["b.md", "sub/deeper/f.md"]
    result = cli("check", "--format", "json", "--include", "*.md,*.rst", "--exclude", "sub/*", str(site))
    assert checked_files(result, site) == ["b.md", "drafts/g.md", "notes.rst"]
    result = cli("check", "--format", "json", "--exclude", "*.htm*", "--exclude", "*.txt", str(site))
    assert checked_files(result, site) == ["b.md", "c.markdown", "drafts/g.md", "sub/deeper/f.md"]


def test_exclude_from_the_config_file(cli, test_pack_project: Path) -> None:
    site = make_tree(test_pack_project)
    with open(test_pack_project / "lintnews.toml", "a", encoding="utf-8") as f:
        f.write('exclude = ["drafts"]\ninclude = ["*.md"]\n')
    result = cli("check", "--format", "json", str(site))
    assert checked_files(result, site) == ["b.md", "sub/deeper/f.md"]


def test_files_named_directly_are_read_whatever_their_suffix(cli, test_pack_project: Path) -> None:
    site = make_tree(test_pack_project)
    result = cli("check", "--format", "json", str(site / "notes.rst"), str(site / ".hidden.md"),
                 str(site / "node_modules/pkg/readme.md"))
    assert checked_files(result, site) == [".hidden.md", "node_modules/pkg/readme.md", "notes.rst"]
    assert result.exit_code == 1


def test_missing_path_is_an_input_error(cli, test_pack_project: Path) -> None:
    good = write(test_pack_project / "good.txt", PROSE)
    result = cli("check", str(test_pack_project / "nope.md"), str(good))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "nope.md" in result.stderr
    assert "good.txt" in result.stdout


def test_no_path_means_the_current_folder(cli, test_pack_project: Path, monkeypatch) -> None:
    make_tree(test_pack_project)
    monkeypatch.chdir(test_pack_project)
    result = cli("check", "--format", "json")
    assert len(result.json()["files"]) == 7


def test_stdin_filename_chooses_the_format(cli, test_pack_project: Path, monkeypatch) -> None:
    monkeypatch.chdir(test_pack_project)
    html = "<html><head><title>White President</title></head><body><p>Met White President.</p></body></html>"
    result = cli("check", "--format", "json", "-", "--stdin-filename", "news/article.html", input=html)
    assert result.exit_code == 1
    (finding,) = result.json()["findings"]
    column = html.index("White President.") + 1
    assert (finding["path"], finding["line"], finding["column"]) == ("news/article.html", 1, column)

    markdown = "Intro `White President` here.\n\nMet White President.\n"
    as_md = cli("check", "--format", "json", "-", "--stdin-filename", "a.md", input=markdown)
    assert [(f["line"], f["column"]) for f in as_md.json()["findings"]] == [(3, 5)]
    as_text = cli("check", "--format", "json", "-", input=markdown)
    assert [(f["path"], f["line"], f["column"]) for f in as_text.json()["findings"]] == [
        ("<stdin>", 1, 8), ("<stdin>", 3, 5)]


def test_stdin_bytes_are_decoded_like_files(cli, test_pack_project: Path, monkeypatch) -> None:
    monkeypatch.chdir(test_pack_project)
    utf16 = "\ufeffMet White President.\n".encode("utf-16-le")
    result = cli("check", "--format", "json", "-", input=utf16)
    assert [f["column"] for f in result.json()["findings"]] == [5]
    latin1 = "Café White President.\n".encode("latin-1")
    result = cli("check", "-", "--stdin-filename", "x.txt", input=latin1)
    assert result.exit_code == 2
    assert result.stderr.startswith("lintnews: x.txt: not valid UTF-8") and result.stderr.count("\n") == 1


def test_stdin_and_files_together(cli, test_pack_project: Path, monkeypatch) -> None:
    monkeypatch.chdir(test_pack_project)
    write(test_pack_project / "a.txt", PROSE)
    result = cli("check", "--format", "json", "a.txt", "-", input=PROSE)
    assert [f["path"] for f in result.json()["findings"]] == ["a.txt", "<stdin>"]


def test_special_files_in_a_folder_are_skipped_not_read(cli, test_pack_project: Path) -> None:
    # reading a named pipe would wait forever for a writer
    site = test_pack_project / "site"
    write(site / "a.txt", PROSE)
    os.mkfifo(site / "pipe.txt")
    result = cli("check", "--format", "json", str(site))
    assert result.exit_code == 1 and result.stderr == ""
    assert checked_files(result, site) == ["a.txt"]
