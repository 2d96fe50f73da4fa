"""Any text a metadata cell may hold survives the trip through CSV, in every form the report may arrive in."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from sezzle.reports import parse_settlement_details

from .documents import V2_SUMMARY_HEADER, V2_SUMMARY_VALUES

HEADER = ["type", "type_code", "amount", "m1", "m2"]
cell_text = st.text(alphabet=st.sampled_from('ab,"\n\r \u00e9\u2028\u6771'), max_size=8)


def written(rows: list[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)  # quotes only where needed, ends lines with CRLF
    for line in (V2_SUMMARY_HEADER, V2_SUMMARY_VALUES):
        out.write(line + "\r\n")
    writer.writerow(HEADER)
    for first, second in rows:
        writer.writerow(["ORDER", "001", "1.00", first, second])
    return out.getvalue()


@settings(max_examples=80, deadline=None)
@given(rows=st.lists(st.tuples(cell_text, cell_text), max_size=6), cut=st.integers(min_value=1, max_value=40))
def test_metadata_cells_round_trip(rows: list[tuple[str, str]], cut: int) -> None:
    text = written(rows)
    data = text.encode()
    # A line break inside a quoted cell comes back as "\n", whatever the report used.
    expected = [{"m1": first.replace("\r\n", "\n"), "m2": second.replace("\r\n", "\n")} for first, second in rows]
    for source in (text, data, [data[i : i + cut] for i in range(0, len(data), cut)]):
        items = list(parse_settlement_details(source).line_items)
        assert [item.extra for item in items] == expected
