"""TimeML reading and TempEval-3 style timex scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from peninsula.errors import DateError, InputError
from peninsula.evaluate.timeml import read_timeml
from peninsula.evaluate.timex import evaluate_timex

TML = """<?xml version="1.0" ?>
<TimeML><DOCID>d1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>The North fired a missile <TIMEX3 tid="t1" type="DATE" value="1998-02-12">yesterday</TIMEX3> &amp; talks <TIMEX3 tid="t2" type="DURATION" value="P2Y">two years</TIMEX3> ago.</TEXT>
</TimeML>"""


def write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_read_timeml_offsets(tmp_path: Path) -> None:
    doc = read_timeml(write(tmp_path, "a.tml", TML.format(dct="1998-02-13")))
    assert doc.id == "d1" and str(doc.dct) == "1998-02-13"
    assert [doc.text[g.start : g.end] for g in doc.timexes] == ["yesterday", "two years"]
    assert "&" in doc.text


def test_bad_files_raise_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(DateError, match="b.tml"):
        read_timeml(write(tmp_path, "b.tml", TML.format(dct="PRESENT_REF")))
    with pytest.raises(InputError, match="c.tml"):
        read_timeml(write(tmp_path, "c.tml", "<TimeML><TEXT>unclosed"))


def test_scores_on_synthetic_file(tmp_path: Path) -> None:
    write(tmp_path, "a.tml", TML.format(dct="1998-02-13"))
    report = evaluate_timex(tmp_path)
    # system: "yesterday" (exact, right value) and "two years ago" (overlaps, other value)
    assert report.total.relaxed.tp == 2 and report.total.strict.tp == 1
    assert report.total.value.tp == 1
    assert report.rows()[0]["part"] == "all"


def test_tbaq_slice_floor(shared) -> None:
    root = shared / "data/tempeval3-tbaq"
    files = sorted((root / "TimeBank").glob("*.tml"))[:20]
    report = evaluate_timex(root, files)
    assert report.total.relaxed.f1 >= FLOOR_RELAXED
    assert report.total.value.f1 >= FLOOR_VALUE


# measured 0.927 / 0.806 on these 20 files; floors sit just under
FLOOR_RELAXED = 0.90
FLOOR_VALUE = 0.78
