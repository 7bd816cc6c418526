"""The date of information is the source's, the build date is the build's, and they stay apart."""
from __future__ import annotations

import datetime as dt
import io
import os
import zipfile

import pytest
from pypdf import PdfReader

from briefkit.asof import InfoDate, build_datetime, information_date
from briefkit.model import Event, EventDate, Names, Profile
from helpers import EPOCH, FIXTURES, SEED, pdf_pages


def _profile(*events: Event, as_of: str | None = None) -> Profile:
    return Profile(names=Names(title="X"), events=list(events), as_of=as_of)


def _ev(y: int, m: int | None = None, d: int | None = None, end: EventDate | None = None) -> Event:
    return Event(date=EventDate(year=y, month=m, day=d), end=end, text="Something happened.")


def test_stated_date_wins_over_events_and_epoch():
    from briefkit.readers import read

    profile = read(FIXTURES / "seeds" / "source_block.txt")  # Retrieved: 2025-01-31
    assert os.environ["SOURCE_DATE_EPOCH"] == EPOCH  # set for every test: it must not matter
    got = information_date(profile)
    assert (got.iso, got.text, got.basis) == ("2025-01-31", "31 January 2025", "stated")


def test_latest_event_at_its_own_precision(tmp_path):
    seed = tmp_path / "x.txt"
    seed.write_text("x")
    got = information_date(_profile(_ev(2022, 3, 10), _ev(2024, 3), _ev(2023)), seed)
    assert (got.iso, got.text, got.basis) == ("2024-03", "March 2024", "latest event")


def test_a_range_counts_by_its_end_and_ties_go_to_the_precise_date():
    got = information_date(_profile(_ev(2022, end=EventDate(year=2023, month=5, day=2)), _ev(2023, 5)))
    assert got.text == "2 May 2023"
    assert information_date(_profile(_ev(2024), _ev(2024, 1, 1))).text == "1 January 2024"


def test_events_after_the_file_date_are_plans_not_information(tmp_path):
    seed = tmp_path / "x.txt"
    seed.write_text("x")
    os.utime(seed, (dt.datetime(2024, 6, 1).timestamp(),) * 2)
    got = information_date(_profile(_ev(2023, 4, 2), _ev(2030)), seed)
    assert got.text == "2 April 2023"


def test_a_background_plan_is_not_what_the_source_knows(tmp_path):
    """Nestlé's briefing read "Information as of 16 April 2026", the date of a meeting at which
    a chairman was once to be elected (a plan the story overtook, background): the latest event
    on the timeline dates the information; background dates count only when nothing else is
    dated. The cached (lazy) profile reads the same."""
    from briefkit.lazy_profile import information_date as lazy_information_date
    from briefkit.profile_cache import read_profile_lazy
    from briefkit.readers import read

    seed = tmp_path / "blue.txt"
    seed.write_text("= Blue Mill =\n\nInfobox\n- Chairman: Anna Lind\n\nThe Blue Mill is a company. It was founded "
                    "in 1866.\n\n== History ==\n"
                    "Anna Lind was originally to be elected chairman at the meeting of 16 April 2026. Lind took over "
                    "as chairman on 1 October 2025.\n", encoding="utf-8")
    os.utime(seed, (dt.datetime(2026, 11, 1).timestamp(),) * 2)
    assert information_date(read(seed), seed).text == "1 October 2025"
    plan = _ev(2030)
    plan.background = True
    assert information_date(_profile(plan), seed).iso == "2026-11-01" or information_date(_profile(plan)).iso == "2030"


def test_file_date_when_nothing_is_dated(tmp_path):
    seed = tmp_path / "x.txt"
    seed.write_text("x")
    os.utime(seed, (dt.datetime(2021, 7, 9, 12).timestamp(),) * 2)
    got = information_date(_profile(), seed)
    assert (got.iso, got.basis) == ("2021-07-09", "file")


def test_build_date_is_the_epoch_else_the_seed_file_time(tmp_path, monkeypatch):
    seed = tmp_path / "x.txt"
    seed.write_text("x")
    os.utime(seed, (dt.datetime(2021, 7, 9, 12, tzinfo=dt.timezone.utc).timestamp(),) * 2)
    assert build_datetime(seed) == dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert build_datetime(seed) == dt.datetime(2021, 7, 9, 12, tzinfo=dt.timezone.utc)


def test_plain_dates_still_compose():
    assert InfoDate.of(dt.date(2024, 1, 5)).text == "5 January 2024"


# ------------------------------------------------------------------ in the files
def test_seed_says_as_of_its_latest_event_and_keeps_the_build_date_in_metadata(seed_build):
    """The seed has no stated date; its latest dated event is in August 2024, while the
    build (SOURCE_DATE_EPOCH) is 1 January 2025."""
    from briefkit.readers import read

    info = information_date(read(SEED), SEED)
    assert info.basis == "latest event" and info.date < dt.date(2025, 1, 1)
    line = f"Information as of {info.text}"
    for length in ("snapshot", "brief", "full"):
        pdf = seed_build[(length, "pdf")]
        pages = pdf_pages(pdf)
        assert line in pages[0] and "1 January 2025" not in " ".join(pages), length
        assert all(line in p for p in pages)  # the footer of every page
        meta = PdfReader(str(pdf)).metadata
        assert meta["/CreationDate"].startswith("D:20250101000000"), meta["/CreationDate"]
        with zipfile.ZipFile(seed_build[(length, "docx")]) as z:
            core = z.read("docProps/core.xml").decode()
            document = z.read("word/document.xml").decode()
            footers = " ".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/footer"))
        assert "2025-01-01T00:00:00Z</dcterms:created>" in core
        assert info.text in document and info.text in footers and "1 January 2025" not in document


@pytest.mark.parametrize("built, expected", [("2023-02-03T04:05:06+00:00", "D:20230203040506")])
def test_pdf_creation_date_is_the_build_date(built, expected):
    from briefkit.document import nodes as N
    from briefkit.writers import WriteOptions, get_writer

    doc = N.Document(N.Meta(title="T", short_title="T", date="2024-03", built=built), [N.Paragraph([N.Text("x")])])
    reader = PdfReader(io.BytesIO(get_writer("pdf").write(doc, WriteOptions())))
    assert reader.metadata["/CreationDate"].startswith(expected)
    assert "Information as of March 2024" in (reader.pages[0].extract_text() or "")
