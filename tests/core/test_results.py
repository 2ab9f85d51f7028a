"""Results behave the same on both services: to_dict/to_json, a readable repr, no UNSET marker,
lists the service leaves out as empty lists, known enum values as members, unknown ones as str."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest
from mypy import api

from scanclients import PDCP, AsyncHostedScan, HostedScan
from scanclients.types import CreateScanResponse, Scan, ScanResult, ScanState, ScanType
from tests.helpers import KEY, ROOT, Recorder
from tests.spec_edits import insert_after


def _hostedscan_answering(scan: dict[str, Any]) -> HostedScan:
    recorder = Recorder(lambda request: httpx.Response(200, json={"data": scan}))
    return HostedScan(api_key=KEY, http_client=recorder.client())


def _pdcp_answering(body: dict[str, Any]) -> PDCP:
    recorder = Recorder(lambda request: httpx.Response(200, json=body))
    return PDCP(api_key=KEY, http_client=recorder.client())


def test_a_hostedscan_scan_from_the_mock_has_enum_members_and_lists(mock) -> None:
    with HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        scan = hs.scans.create_and_wait(type="NMAP", targets=["example.com"], poll_interval=0.01)
    assert scan.state is ScanState.SUCCEEDED
    assert scan.type is ScanType.NMAP
    assert isinstance(scan.results, list)
    assert all(isinstance(result, ScanResult) for result in scan.results)
    data = scan.to_dict()
    assert data["state"] == "SUCCEEDED"
    assert json.loads(scan.to_json()) == data
    assert "progress" not in data or isinstance(data["progress"], int)


def test_a_left_out_or_null_list_is_an_empty_list_and_an_unknown_state_a_string() -> None:
    body = {"id": "s1", "state": "PAUSED", "type": "NUCLEI_NEXT", "results": None}
    with _hostedscan_answering(body) as hs:
        scan = hs.scans.get("s1")
    assert scan.results == []
    assert scan.requested_targets == []
    assert scan.state == "PAUSED"
    assert type(scan.state) is str
    assert type(scan.type) is str
    # What the service left out (or sent as null) is left out, on both services.
    assert scan.to_dict() == {"id": "s1", "state": "PAUSED", "type": "NUCLEI_NEXT"}
    assert Scan.model_validate({"id": "s1", "state": "QUEUED", "results": []}).to_dict() == {
        "id": "s1",
        "state": "QUEUED",
        "results": [],
    }
    assert repr(scan).startswith("Scan(id='s1', type='NUCLEI_NEXT', state='PAUSED'")


async def test_async_results_behave_the_same(mock) -> None:
    async with AsyncHostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        scan = await hs.scans.create(type="SSLYZE", targets=["example.com"])
    assert scan.state is ScanState.QUEUED or scan.state is ScanState.SUCCEEDED
    assert scan.type is ScanType.SSLYZE
    assert scan.to_dict()["type"] == "SSLYZE"


def test_a_pdcp_result_has_to_dict_to_json_and_a_readable_repr(mock) -> None:
    with PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        created = pd.scans.create(targets=["example.com"])
    assert isinstance(created, CreateScanResponse)
    data = created.to_dict()
    assert data["id"] == created.id
    assert json.loads(created.to_json()) == data
    assert repr(created).startswith(f"CreatedScan(message={created.message!r}, id=")


def test_a_field_the_service_left_out_prints_as_none(capsys: pytest.CaptureFixture[str]) -> None:
    with _pdcp_answering({"message": "queued", "id": "s1"}) as pd:
        created = pd.scans.create(targets=["example.com"])
    print(created.truncated_scan_targets)
    assert capsys.readouterr().out == "None\n"
    assert created.truncated_scan_targets is None
    assert "Unset" not in repr(created)
    assert created.to_dict() == {"message": "queued", "id": "s1"}
    assert created.to_json() == '{"message": "queued", "id": "s1"}'


def test_mypy_types_results_as_lists_and_states_as_enums(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        textwrap.dedent(
            """
            from scanclients import PDCP, HostedScan
            from scanclients.types import ScanState

            hs = HostedScan(api_key="k")
            scan = hs.scans.get("s1")
            for result in scan.results:
                print(result.result_id)
            for risk in scan.risks.new_open if scan.risks else []:
                print(risk.risk_id)
            done: bool = scan.state is ScanState.SUCCEEDED
            text: str = scan.to_json()
            created = PDCP(api_key="k").scans.create(targets=["a.com"])
            reveal_type(created.id)
            reveal_type(scan.state)
            as_dict: dict[str, object] = created.to_dict()
            created_json: str = created.to_json()
            """
        )
    )
    stdout, _, _ = api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--no-incremental", str(snippet)]
    )
    assert ": error:" not in stdout, stdout
    # The created scan's id is always there (issue 26): `str`, not "str | Unset" nor "str | None".
    assert 'snippet.py:14: note: Revealed type is "str"' in stdout
    # ScanState is a StrEnum: `ScanState | str` is `str` to mypy; `is ScanState.X` still checks.
    assert 'snippet.py:15: note: Revealed type is "str"' in stdout


# --- PDCP: a response list and an enum, added to a copy of the spec and regenerated -------------


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository whose create-scan response gains `tags` (a list) and `status`."""
    copy = tmp_path_factory.mktemp("regenerated")
    for name in ("scripts", "specs", "generated", "wrapper"):
        shutil.copytree(
            ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"), symlinks=True
        )
    spec = copy / "specs" / "pdcp.yaml"
    added = (
        "              tags:\n                type: array\n                items:\n"
        "                  type: string\n"
        "              status:\n                type: string\n                enum: [queued, running]\n"
    )
    anchor = "              truncated-scan-targets:\n                type: integer\n"
    text = insert_after(
        spec.read_text(), "    TriggerUserScanResponse:\n", anchor, added, before=False
    )
    spec.write_text(text)
    result = subprocess.run(
        [sys.executable, str(copy / "scripts" / "generate.py")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return copy


def _run_in(copy: Path, code: str) -> subprocess.CompletedProcess[str]:
    site_packages = sysconfig.get_paths()["purelib"]
    return subprocess.run(
        [sys.executable, "-S", "-c", textwrap.dedent(code)],
        env={"PYTHONPATH": f"{copy / 'wrapper'}:{site_packages}"},
        capture_output=True,
        text=True,
    )


def test_a_pdcp_response_list_left_out_is_empty_and_an_unknown_enum_value_a_string(
    regenerated: Path,
) -> None:
    result = _run_in(
        regenerated,
        """
        from scanclients._generated.pdcp_client.models import CreateScanResponse
        from scanclients._generated.pdcp_client.models import CreateScanResponseStatus as Status
        bare = CreateScanResponse.from_dict({"message": "ok"})
        assert bare.tags == [] and bare.status is None, bare
        assert bare.to_dict() == {"message": "ok"}, bare.to_dict()
        bare.tags.append("added")
        assert bare.to_dict() == {"message": "ok", "tags": ["added"]}, bare.to_dict()
        empty = CreateScanResponse.from_dict({"message": "ok", "tags": [], "id": None})
        assert empty.to_dict() == {"message": "ok", "tags": []}, empty.to_dict()
        known = CreateScanResponse.from_dict({"message": "ok", "status": "queued", "tags": ["a"]})
        assert known.status is Status.QUEUED, known
        assert known.to_dict() == {"message": "ok", "status": "queued", "tags": ["a"]}
        unknown = CreateScanResponse.from_dict({"message": "ok", "status": "paused"})
        assert unknown.status == "paused" and type(unknown.status) is str, unknown
        assert unknown.to_json() == '{"message": "ok", "status": "paused"}', unknown.to_json()
        print(repr(unknown))
        """,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("CreateScanResponse(message='ok', id=None,")
    assert "tags=[], status='paused'" in result.stdout


def test_mypy_types_the_pdcp_list_as_a_list(regenerated: Path, tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        "from scanclients import PDCP\n"
        "created = PDCP(api_key='k').scans.create(targets=['a.com'])\n"
        "for tag in created.tags:\n"
        "    print(tag.upper())\n"
        "reveal_type(created.status)\n"
    )
    config = tmp_path / "mypy.ini"
    config.write_text(
        f"[mypy]\nstrict = True\nmypy_path = {regenerated / 'wrapper'}\n"
        "[mypy-scanclients._generated.*]\nignore_errors = True\n"
    )
    stdout, _, _ = api.run(["--config-file", str(config), "--no-incremental", str(snippet)])
    assert ": error:" not in stdout, stdout
    # `CreateScanResponseStatus | str | None`: a StrEnum is a str, so mypy says `str | None`.
    assert 'snippet.py:5: note: Revealed type is "str | None"' in stdout
