"""docs/api.md lists HostedScan's operations too, each with the `HostedScan` methods that run it."""

from __future__ import annotations

import re
import sys
import tomllib

import pytest

from scanclients import AsyncHostedScan, HostedScan, types
from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from hostedscan_reference import HostedScanReferenceError, render_hostedscan_reference

TABLE = tomllib.loads((ROOT / "specs" / "generators.toml").read_text())["hostedscan"]["reference"]


def _section() -> str:
    text = (ROOT / "docs" / "api.md").read_text()
    return text[text.index("# HostedScan API reference") :]


def test_every_method_the_reference_names_exists_on_both_clients() -> None:
    for names in TABLE.values():
        for name in names:
            resource, _, method = name.partition(".")
            for client in (HostedScan(api_key="k"), AsyncHostedScan(api_key="k")):
                assert callable(getattr(getattr(client, resource), method)), name


def test_the_reference_lists_every_operation_and_its_answer_model() -> None:
    section = _section()
    assert "14 operations." in section
    assert (
        "| `hs.targets.update` | `PUT /v1/targets/{id}` | `update-target` | Update Target |"
        " `TargetEnvelope` |"
    ) in section
    for model in re.findall(r"\| `(\w+)` \|\n", section):
        assert getattr(types.hostedscan, model).__name__ == model


def test_an_operation_the_table_does_not_list_fails_the_generation_by_name() -> None:
    spec = {"paths": {"/v1/x": {"get": {"operationId": "get-x", "responses": {}}}}}
    with pytest.raises(HostedScanReferenceError, match=r"get-x \(GET /v1/x\) is not in"):
        render_hostedscan_reference(spec, {})
