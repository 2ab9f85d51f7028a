"""A body checked by its pydantic model goes out as the model writes it: compact UTF-8 JSON,
by the service's names, the fields given only; the escape hatch's fields merged last."""

from __future__ import annotations

import httpx
import pytest

from scanclients import HostedScan
from scanclients._core.request import CheckedBody, Extras, build
from scanclients._hostedscan.operations import CREATE_SCAN
from scanclients.errors import ValidationError
from tests.helpers import KEY, Recorder

_SCAN = {"data": {"id": "s1", "type": "NMAP", "state": "QUEUED"}}
_TARGET = {"data": {"id": "t1", "target": "café.example.com", "tags": []}}


def _recorded() -> Recorder:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=_SCAN if request.url.path.endswith("/scans") else _TARGET)

    return Recorder(answer)


def test_a_create_body_is_compact_utf8_json_of_the_fields_given() -> None:
    recorder = _recorded()
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        hs.targets.create(target="café.example.com", label='Büro \u2028 "q"', tags=["a/b"])
    (request,) = recorder.requests
    assert request.headers["content-type"] == "application/json"
    assert request.content == (
        '{"target":"café.example.com","label":"Büro \u2028 \\"q\\"","tags":["a/b"]}'.encode()
    )
    assert request.headers["content-length"] == str(len(request.content))


def test_the_escape_hatch_body_is_merged_last_over_the_models_fields() -> None:
    recorder = _recorded()
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        hs.scans.create(
            type="NMAP", targets=["example.com"], extra_body={"type": "SSLYZE", "x": [1, 2.5]}
        )
    (request,) = recorder.requests
    assert request.content == b'{"targets":["example.com"],"type":"SSLYZE","x":[1,2.5]}'


@pytest.mark.parametrize(
    "body",
    [{"type": "NOT-A-SCANNER", "targets": ["a.test"]}, {"type": "NMAP", "targets": [7]}],
    ids=["unknown type", "a number for a target"],
)
def test_a_body_checked_by_hand_is_still_validated_by_its_model(body: dict[str, object]) -> None:
    # HostedScan's bodies mark what they checked (`CheckedBody`): `build` skips its own check of
    # each field, not the model's. A value no hand check let through is refused by the model.
    with HostedScan(api_key=KEY, base_url="https://hostedscan.test") as hs:
        good = CheckedBody(type="NMAP", targets=["a.test"])
        assert build(CREATE_SCAN, hs._options, good, Extras()).content == (
            b'{"targets":["a.test"],"type":"NMAP"}'
        )
        with pytest.raises(ValidationError, match="does not build a CreateScanRequest") as caught:
            build(CREATE_SCAN, hs._options, CheckedBody(body), Extras())
    assert caught.value.field == "body"
