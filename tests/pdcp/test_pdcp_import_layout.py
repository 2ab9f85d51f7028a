"""The chunks of a nuclei import laid out a block at a time are the chunks of the plain
line-by-line rule, whatever the lines, the blocks, the limit and the start line."""

from __future__ import annotations

import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from scanclients._pdcp.import_layout import Chunk, lay_out
from scanclients.errors import ValidationError

BLANKS = [b"", b" ", b"\t \r", b" " * 700, b" " * 5000]


def reference(data: bytes, start_line: int, limit: int) -> list[Chunk] | str:
    """The rule, line by line: a chunk runs from its first result to the end of its last, and
    everything from its start to the end of its last line is at most `limit` bytes."""
    chunks: list[Chunk] = []
    start = None
    first = end = last = 0
    offset = 0
    for number, line in enumerate(io.BytesIO(data), start=1):
        begin, offset = offset, offset + len(line)
        if number < start_line or not line.strip():
            continue
        if len(line) > limit:
            return f"line {number}"
        if start is not None and offset - start > limit:
            chunks.append(Chunk(start, end, first, last))
            start = None
        if start is None:
            start, first = begin, number
        end, last = offset, number
    if start is not None:
        chunks.append(Chunk(start, end, first, last))
    return chunks


lines = st.lists(
    st.one_of(
        st.integers(min_value=0, max_value=1500).map(
            lambda size: json.dumps({"template-id": "t", "pad": "x" * size}).encode()
        ),
        st.sampled_from(BLANKS),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(
    lines=lines,
    final_newline=st.booleans(),
    start_line=st.integers(min_value=1, max_value=30),
    limit=st.integers(min_value=1024, max_value=4096),
    block=st.sampled_from([1, 7, 64, 1000, 4096, 1 << 20]),
)
def test_a_block_at_a_time_lays_out_the_chunks_of_the_line_by_line_rule(
    lines: list[bytes], final_newline: bool, start_line: int, limit: int, block: int
) -> None:
    data = b"\n".join(lines) + (b"\n" if final_newline and lines else b"")
    expected = reference(data, start_line, limit)
    try:
        found: list[Chunk] | str = lay_out(io.BytesIO(data), start_line, limit, block)
    except ValidationError as error:
        found = " ".join(str(error).split()[1:3])  # "source: line N is ..."
        assert isinstance(expected, str), error
        assert found == expected
        return
    if found:  # the chunks hold every result line from start_line on, within the limit
        assert all(chunk.end - chunk.start <= limit for chunk in found)
    assert found == expected
