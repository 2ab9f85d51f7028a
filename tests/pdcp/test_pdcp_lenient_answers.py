"""A "required" field a PDCP answer leaves out reads as None and the record is kept whole, for each
kind of field (a nested model, a list of models, an enum, a scalar); `to_dict()` gives back what
was read; requests stay strict."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from scanclients import PDCP
from scanclients._generated.pdcp_client.models.delete_v1_scans_body import DeleteV1ScansBody
from scanclients._generated.pdcp_client.models.vulnerability_changelogs import (
    VulnerabilityChangelogs,
)
from scanclients.errors import UnexpectedResponseError
from scanclients.types import pdcp
from tests.helpers import KEY, Recorder


def _answering(document: object) -> PDCP:
    recorder = Recorder(lambda request: httpx.Response(200, json=document))
    return PDCP(api_key=KEY, team_id="team-1", http_client=recorder.client())


def test_a_record_without_its_required_nested_model_reads_it_as_none() -> None:
    sent = {
        "vuln_id": "v1",
        "scan_id": "s1",
        "target": "example.com",
    }  # no `event`, 6 more left out
    with _answering({"data": [sent]}) as pd:
        (item,) = pd.results.list_all_changelogs(max_items=1)
    assert isinstance(item, VulnerabilityChangelogs)
    assert (item.vuln_id, item.event, item.template_id, item.matcher_status) == (
        "v1",
        None,
        None,
        None,
    )
    assert item.to_dict() == sent  # nothing invented for what was left out


def test_a_required_nested_model_that_was_sent_is_read_as_its_model() -> None:
    sent = {"vuln_id": "v1", "event": {"host": "example.com", "port": 443}}
    with _answering({"data": [sent]}) as pd:
        (item,) = pd.results.list_all_changelogs(max_items=1)
    assert item.event.to_dict() == {"host": "example.com", "port": 443}
    assert item.to_dict() == sent


def test_a_required_list_of_models_left_out_reads_as_none_and_its_items_read_leniently() -> None:
    with _answering({"message": "ok"}) as pd:
        answer = pd.teams.list_default_members()
    assert (answer.message, answer.members) == ("ok", None)
    assert answer.to_dict() == {"message": "ok"}
    sent = {"members": [{"email": "a@example.com"}, {"email": "b@example.com", "role": "admin"}]}
    with _answering(sent) as pd:
        answer = pd.teams.list_default_members()
    assert answer.message is None
    assert [(m.email, m.role) for m in answer.members] == [
        ("a@example.com", None),
        ("b@example.com", "admin"),
    ]
    assert answer.to_dict() == sent


def test_a_page_without_its_list_is_still_a_typed_error() -> None:
    # The list a pager walks is no field to read as None: a page without it says so.
    with (
        _answering({"total": 3}) as pd,
        pytest.raises(UnexpectedResponseError, match="no list of items at data"),
    ):
        list(pd.results.list_all_changelogs(max_items=3))


@pytest.mark.parametrize(
    ("sent", "status"),
    [
        ({"scan_id": "s1"}, None),
        ({"scan_id": "s1", "status": "finished"}, pdcp.ScanStatus.FINISHED),
        ({"scan_id": "s1", "status": "paused-by-cosmic-rays"}, "paused-by-cosmic-rays"),
    ],
)
def test_a_required_enum_left_out_reads_as_none_and_a_sent_one_as_before(
    sent: dict[str, Any], status: object
) -> None:
    with _answering(sent) as pd:
        scan = pd.scans.get("s1")
    assert scan.scan_id == "s1"
    assert scan.status == status
    assert scan.progress is None  # an integer left out
    assert scan.to_dict() == sent


def test_a_required_field_sent_as_null_is_given_back_as_null() -> None:
    sent = {"scan_id": "s1", "name": None}
    with _answering(sent) as pd:
        scan = pd.scans.get("s1")
    assert scan.name is None
    assert scan.to_dict() == sent  # null was sent: it is kept, unlike a field left out


def test_a_required_field_set_after_reading_is_given_back() -> None:
    item = VulnerabilityChangelogs.from_dict({"vuln_id": "v1"})
    item.target = "example.com"
    assert item.to_dict() == {"vuln_id": "v1", "target": "example.com"}


def test_a_record_read_whole_compares_equal_to_the_same_record_read_again() -> None:
    first = VulnerabilityChangelogs.from_dict({"vuln_id": "v1"})
    assert first == VulnerabilityChangelogs.from_dict({"vuln_id": "v1"})
    assert "left_out" not in repr(first)


def test_request_models_still_require_their_fields() -> None:
    with pytest.raises(TypeError, match="scan_ids"):
        DeleteV1ScansBody()  # type: ignore[call-arg]
    with pytest.raises(KeyError, match="scan_ids"):
        DeleteV1ScansBody.from_dict({})
    assert DeleteV1ScansBody(scan_ids=["s1"]).to_dict() == {"scan_ids": ["s1"]}
