"""`briefkit lint`: suspected data problems with file:line, and nothing on a clean seed."""
from __future__ import annotations

from pathlib import Path

from briefkit.lint import Finding, lint

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "freedom_of_russia_legion.txt"
FIX = ROOT / "tests" / "fixtures" / "seeds"


def test_finding_str():
    f = Finding("a.txt", 3, "link-gap", "text seems to miss a link")
    assert str(f) == "a.txt:3: link-gap text seems to miss a link"
    assert str(Finding("a.txt", None, "unreadable", "x")) == "a.txt: unreadable x"


def test_seed_findings():
    findings = lint(SEED)
    got = {(f.code, f.line) for f in findings}
    assert ("link-gap", 34) in got  # "it became known that , the Ukrainian-born"
    assert ("empty-after-cleaning", 15) in got  # Identification Symbol: only image stubs
    assert ("unfinished-sentence", 38) in got  # "... artillery and propaganda" (no full stop)
    assert len(findings) == 3
    gap = next(f for f in findings if f.code == "link-gap")
    assert "that , the" in gap.message
    assert all(f.file == str(SEED) for f in findings)
    assert findings == sorted(findings, key=lambda f: (f.file, f.line or 0))


def test_clean_seed_has_no_findings(tmp_path):
    f = tmp_path / "clean.txt"
    f.write_text("= Clean =\n\nInfobox\n- Type: Club\n\nClean is a club founded in 2001.\n\n== History ==\nIt grew.\n")
    assert lint(f) == []


def test_fixture_problems():
    codes = {(f.code, f.line) for f in lint(FIX / "empty_values.txt")}
    assert codes == {("empty-value", 5), ("empty-value", 6)}
    codes = {(f.code, f.line) for f in lint(FIX / "duplicate_keys.txt")}
    assert codes == {("duplicate-key", 5), ("duplicate-key", 7)}
    codes = {f.code for f in lint(FIX / "wiki_leftovers.txt")}
    assert {"wiki-markup", "empty-after-cleaning", "orphan-label"} <= codes
    codes = {(f.code, f.line) for f in lint(FIX / "year_unknown.txt")}
    assert codes == {("year-unknown", 3)}


def test_leftover_markup_in_paragraphs(tmp_path):
    f = tmp_path / "m.txt"
    f.write_text("= M =\n\nSee [[Other page]] and {{cite}} here&nbsp;now.\n")
    findings = lint(f)
    assert {x.code for x in findings} == {"wiki-markup"}
    assert all(x.line == 3 for x in findings)
    assert any("&nbsp;" in x.message for x in findings) and any("[[" in x.message for x in findings)


def test_unfinished_sentence_only_for_long_paragraphs(tmp_path):
    f = tmp_path / "u.txt"
    f.write_text("= U =\n\nHeadquarters\n\nThis paragraph was cut off somewhere in the middle of\n\nIt said \"go.\"\n")
    assert [(x.code, x.line) for x in lint(f)] == [("unfinished-sentence", 5)]


def test_link_gap_variants(tmp_path):
    f = tmp_path / "g.txt"
    f.write_text("= G =\n\nHe met , the chief.\n\nThe Group ( ; ) is old.\n\nFine, really.\n\nIt was founded by .\n")
    lines = sorted(x.line for x in lint(f) if x.code == "link-gap")
    assert lines == [3, 5, 9]


def test_unreadable_seed_is_a_finding(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("")
    [finding] = lint(f)
    assert finding.code == "unreadable" and finding.file == str(f)
    [finding] = lint(tmp_path / "missing.txt")
    assert finding.code == "unreadable"


def test_dumped_profile_lints_like_its_article(tmp_path):
    from briefkit.readers import dump_profile, read

    for fmt in ("yaml", "json"):
        out = tmp_path / f"frl.{fmt}"
        out.write_text(dump_profile(read(SEED), fmt), encoding="utf-8")
        findings = lint(out)
        text_codes = sorted(f.code for f in lint(SEED) if f.code in ("link-gap", "unfinished-sentence"))
        assert sorted(f.code for f in findings) == text_codes
        lines = out.read_text(encoding="utf-8").splitlines()
        for f in findings:
            assert f.file == str(out)
            assert "it became known that" in lines[f.line - 1] or "artillery and propaganda" in lines[f.line - 1]
