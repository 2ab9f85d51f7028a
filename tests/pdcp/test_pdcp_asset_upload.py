"""`pd.assets.upload_list`: an asset list (JSON lines) uploaded as `httpx -dashboard` does: the first
chunk creates the asset group, the next ones are appended to it, each under 4 MB."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from scanclients import PDCP, AsyncPDCP, errors
from scanclients._pdcp.asset_upload import AssetUpload
from scanclients.mock import MockService
from tests.helpers import KEY, Recorder, answering

LINES = [
    json.dumps({"url": f"https://host{n}.example.com", "status_code": 200, "pad": "x" * 400})
    for n in range(6)
]
SOURCE = "".join(f"{line}\n" for line in LINES).encode()


def _recording(sent: list[httpx.Request]) -> httpx.Client:
    return httpx.Client(event_hooks={"request": [sent.append]})


def test_the_first_chunk_creates_the_group_and_the_rest_are_appended(
    mock: MockService, tmp_path: Path
) -> None:
    path = tmp_path / "httpx.jsonl"
    path.write_bytes(SOURCE)
    sent: list[httpx.Request] = []
    seen: list[AssetUpload] = []
    with PDCP(api_key=KEY, base_url=mock.pdcp_url, http_client=_recording(sent)) as pd:
        done = pd.assets.upload_list(
            path, name="edge hosts", max_chunk_bytes=1024, on_progress=seen.append
        )
    assert [(r.method, r.url.path) for r in sent] == [
        ("POST", "/v1/assets"),
        ("PATCH", f"/v1/assets/{done.asset_id}/contents"),
        ("PATCH", f"/v1/assets/{done.asset_id}/contents"),
    ]
    assert sent[0].url.params["name"] == "edge hosts"
    assert all(r.url.params["upload_type"] == "append" for r in sent[1:])
    assert all(r.headers["content-type"] == "application/octet-stream" for r in sent)
    assert all(len(r.content) <= 1024 for r in sent)
    assert b"".join(r.content for r in sent) == SOURCE  # whole lines, in order, each once
    assert (done.last_line, done.chunks_sent, done.chunks_total) == (6, 3, 3)
    assert done.bytes_sent == done.bytes_total == len(SOURCE)
    assert [p.last_line for p in seen] == [2, 4, 6]


async def test_the_async_client_uploads_the_same_chunks(mock: MockService) -> None:
    async with AsyncPDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        done = await pd.assets.upload_list(LINES, max_chunk_bytes=1024)
    assert (done.last_line, done.chunks_total) == (6, 3)
    assert mock.requests()["pdcp"] == 3


def test_a_line_that_is_not_json_is_refused_before_anything_is_sent(mock: MockService) -> None:
    mock.reset()
    with (
        PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd,
        pytest.raises(errors.ValidationError, match="line 3 is not valid JSON"),
    ):
        pd.assets.upload_list([LINES[0], LINES[1], "example.com", LINES[2]])
    assert mock.requests()["pdcp"] == 0


def test_a_given_group_is_appended_to_from_the_start_line() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json={"message": "ok"}))
    with PDCP(api_key=KEY, http_client=recorder.client()) as pd:
        done = pd.assets.upload_list(LINES, asset_id="grp-1", start_line=5)
    (append,) = recorder.requests
    assert (append.method, append.url.path) == ("PATCH", "/v1/assets/grp-1/contents")
    assert append.content == SOURCE.split(b"\n", 4)[4]
    assert (done.asset_id, done.last_line) == ("grp-1", 6)


def test_a_failed_append_says_which_group_holds_which_lines_and_is_not_sent_again() -> None:
    recorder = answering(
        httpx.Response(200, json={"asset_id": "grp-9", "message": "Successfully uploaded asset"}),
        httpx.Response(500, json={"message": "boom"}),
    )
    with (
        PDCP(api_key=KEY, http_client=recorder.client()) as pd,
        pytest.raises(errors.InternalServerError) as caught,
    ):
        pd.assets.upload_list(LINES, max_chunk_bytes=1024)
    assert len(recorder.requests) == 2  # a 500 may have been applied: the write is not repeated
    assert caught.value.maybe_applied is True
    (note,) = caught.value.__notes__
    assert note == (
        "The upload stopped: asset group grp-9 holds the lines up to 2; lines 3-4 may have been"
        " applied. Go on with asset_id='grp-9', start_line=3."
    )


def test_an_upload_answer_without_its_id_is_a_typed_error() -> None:
    recorder = answering(httpx.Response(200, json={"message": "Successfully uploaded asset"}))
    with (
        PDCP(api_key=KEY, http_client=recorder.client()) as pd,
        pytest.raises(errors.UnexpectedResponseError, match="no 'asset_id'") as caught,
    ):
        pd.assets.upload_list(LINES)
    assert caught.value.maybe_applied is True
    assert "asset group may have been made" in caught.value.__notes__[0]


@pytest.mark.parametrize(
    ("keywords", "field"),
    [({"name": ""}, "name"), ({"asset_id": " "}, "asset_id"), ({"start_line": 0}, "start_line")],
)
def test_bad_arguments_are_refused_naming_the_field_before_sending(
    keywords: dict[str, object], field: str
) -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json={}))
    with (
        PDCP(api_key=KEY, http_client=recorder.client()) as pd,
        pytest.raises(errors.ValidationError, match=field),
    ):
        pd.assets.upload_list(LINES, **keywords)  # type: ignore[arg-type]
    assert recorder.requests == []
