"""Fixed files are written without losing data: encodings, BOMs, newline styles, final newlines and
file modes are kept; read-only files, links leading outside the tree and files changed since they
were read are refused with a one-line error and left untouched."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from fix_support import FIX_SETTINGS, fix_project

from lintnews.cli import main
from lintnews.document.model import Encoding
from lintnews.fix.run import fix_paths, write_all
from lintnews.fix.write import WriteRefused, digest, write_fixed

BAD = "He met White President Lukashenka ,, today."
GOOD = "He met Belarusian President Lukashenka, today."


@pytest.mark.parametrize(("codec", "bom"), [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
    ("utf-32-le", b"\xff\xfe\x00\x00"),
])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("final", [True, False])
def test_encoding_bom_newlines_and_final_newline_are_kept(tmp_path: Path, cli, codec: str, bom: bytes,
                                                         newline: str, final: bool) -> None:
    fix_project(tmp_path)
    lines = ["Title 北京 😀", BAD, "No comments yet.", "Last line ,, here"]
    text = newline.join(lines) + (newline if final else "")
    path = tmp_path / "a.txt"
    path.write_bytes(bom + text.encode(codec))
    result = cli("fix", str(path))
    assert result.exit_code == 0, result.stderr
    expected = newline.join(["Title 北京 😀", GOOD, "Last line, here"]) + (newline if final else "")
    assert path.read_bytes() == bom + expected.encode(codec)


def test_deleting_the_last_line_keeps_the_final_newline(tmp_path: Path, cli) -> None:
    fix_project(tmp_path)
    path = tmp_path / "a.txt"
    path.write_bytes(b"Story.\r\nNo comments yet.")
    assert cli("fix", str(path)).exit_code == 0
    assert path.read_bytes() == b"Story.\r\n"
    path.write_bytes(b"Story.\r\nNo comments yet.\r\n")
    assert cli("fix", str(path)).exit_code == 0
    assert path.read_bytes() == b"Story.\r\n"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_file_mode_is_kept_and_no_temporary_file_is_left(tmp_path: Path, cli) -> None:
    fix_project(tmp_path)
    path = tmp_path / "a.md"
    path.write_text(BAD + "\n", encoding="utf-8")
    path.chmod(0o640)
    assert cli("fix", str(tmp_path)).exit_code == 0
    assert path.read_text(encoding="utf-8") == GOOD + "\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "lintnews.toml"]


def test_read_only_file_is_refused_and_untouched(tmp_path: Path, cli) -> None:
    fix_project(tmp_path)
    locked, open_ = tmp_path / "locked.txt", tmp_path / "open.txt"
    for p in (locked, open_):
        p.write_text(BAD, encoding="utf-8")
    locked.chmod(0o444)
    result = cli("fix", str(tmp_path))
    assert result.exit_code == 2
    assert f"{locked}: is read-only; not fixed" in result.stderr
    assert locked.read_text(encoding="utf-8") == BAD
    assert open_.read_text(encoding="utf-8") == GOOD  # the other files are still fixed


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_link_outside_the_checked_tree_is_refused_inside_is_followed(tmp_path: Path, cli) -> None:
    outside = tmp_path / "outside"
    tree = fix_project(tmp_path / "tree") if (tmp_path / "tree").mkdir() is None else None
    outside.mkdir()
    target_out = outside / "secret.txt"
    target_out.write_text(BAD, encoding="utf-8")
    (tree / "escape.txt").symlink_to(target_out)
    target_in = tree / "real.txt"
    target_in.write_text(BAD, encoding="utf-8")
    (tree / "alias.txt").symlink_to(target_in)
    result = cli("fix", str(tree))
    assert result.exit_code == 2
    assert "escape.txt: is a link to" in result.stderr and "outside" in result.stderr
    assert target_out.read_text(encoding="utf-8") == BAD
    assert target_in.read_text(encoding="utf-8") == GOOD
    assert (tree / "alias.txt").is_symlink()


def test_file_changed_since_it_was_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BAD, encoding="utf-8")
    run = fix_paths([str(tmp_path)], FIX_SETTINGS)
    path.write_text(BAD + " Someone else's edit.", encoding="utf-8")
    assert write_all(run) == 0
    assert run.result.errors == [f"{path}: changed on disk since it was read; not fixed (run again)"]
    assert path.read_text(encoding="utf-8") == BAD + " Someone else's edit."
    # what is reported is what stays on disk: the findings of the text as read
    assert {f.rule for f in run.result.findings} >= {"fix-test/white-president"}


def test_write_fixed_refuses_a_stale_digest_directly(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"one")
    with pytest.raises(WriteRefused, match="changed on disk"):
        write_fixed(str(path), "two", Encoding(), digest(b"other"))
    write_fixed(str(path), "two", Encoding(), digest(b"one"))
    assert path.read_bytes() == b"two"


def test_standard_input_goes_to_standard_output(tmp_path: Path, cli) -> None:
    fix_project(tmp_path)
    config = str(tmp_path / "lintnews.toml")
    raw = CliRunner().invoke(main, ["fix", "--config", config, "-"], input=(BAD + "\r\n").encode("utf-16"))
    assert raw.exit_code == 0
    assert raw.stdout_bytes == (GOOD + "\r\n").encode("utf-16")  # same encoding, BOM and newlines
    assert "fixed 3 findings in 1 file" in raw.stderr
    checked = cli("check", "--fix", "--config", config, "--format", "json", "-",
                  input=b"\xef\xbb\xbf" + BAD.encode("utf-8"))
    assert checked.stdout == "\ufeff" + GOOD  # the text alone (BOM kept); the report went to stderr
    report = json.loads(checked.stderr[checked.stderr.index("{"):])
    assert [f["rule"] for f in report["findings"]] == ["fix-test/president-name"]  # unsafe: not applied


@pytest.mark.skipif(not hasattr(os, "link"), reason="needs hard links")
def test_hard_linked_file_is_refused(tmp_path: Path, cli) -> None:
    fix_project(tmp_path)
    path = tmp_path / "a.txt"
    path.write_text(BAD, encoding="utf-8")
    os.link(path, tmp_path / "twin.data")
    result = cli("fix", str(path))
    assert result.exit_code == 2 and "has 2 hard links" in result.stderr
    assert path.read_text(encoding="utf-8") == BAD == (tmp_path / "twin.data").read_text(encoding="utf-8")
