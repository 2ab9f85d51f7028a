"""A sync client's first call imports no event loop (asyncio costs a cold process ~10 ms): traced in
a fresh process by its `sys.modules`, against the mock service over loopback."""

from __future__ import annotations

import ast
import json
import subprocess
import sys

import pytest

from tests.helpers import KEY, ROOT

_CALL = {
    "pdcp": (
        "from scanclients import PDCP\n"
        "with PDCP(api_key={key!r}, base_url={url!r}) as pd:\n"
        "    pd.scans.create(targets=['example.com'])\n"
    ),
    "hostedscan": (
        "from scanclients import HostedScan\n"
        "with HostedScan(api_key={key!r}, base_url={url!r}) as hs:\n"
        "    hs.scans.get(hs.scans.create(type='NMAP', targets=['example.com']).id)\n"
    ),
}


@pytest.mark.parametrize("service", sorted(_CALL))
def test_a_sync_first_call_imports_no_asyncio(mock, service: str) -> None:
    url = mock.pdcp_url if service == "pdcp" else mock.hostedscan_url
    code = _CALL[service].format(key=KEY, url=url)
    code += "import json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    modules = set(json.loads(run.stdout.splitlines()[-1]))
    assert "scanclients._core.base_client" in modules
    assert sorted(m for m in modules if m == "asyncio" or m.startswith("asyncio.")) == []


# --- HostedScan: a call imports the models of its own answer, and only those --------------------

_HS_MODELS = "scanclients._generated.hostedscan_models.models"
_HS_DIR = ROOT / "generated" / "hostedscan_models" / "models"


def _model_modules(answer: str) -> set[str]:
    """The generated module of `answer` and of every class it names, transitively (read from the
    generated package, where each class's module imports the modules of the classes it names)."""
    found: set[str] = set()
    pending = [answer]
    while pending:
        module = pending.pop()
        if module in found:
            continue
        found.add(module)
        tree = ast.parse((_HS_DIR / f"{module}.py").read_text())
        pending += [
            node.module
            for node in tree.body
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
        ]
    return {f"{_HS_MODELS}.{module}" for module in found}


def _enums() -> set[str]:
    return {
        f"{_HS_MODELS}.{path.stem}"
        for path in _HS_DIR.glob("*.py")
        if "(StrEnum)" in path.read_text()
    }


def _traced(code: str) -> set[str]:
    code += "import json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    return set(json.loads(run.stdout.splitlines()[-1]))


def test_a_hostedscan_client_imports_no_model_and_no_pydantic_until_a_call_needs_one() -> None:
    modules = _traced(
        "from scanclients import HostedScan\n"
        "hs = HostedScan(api_key='k', base_url='http://127.0.0.1:9')\n"
        "hs.scans, hs.targets, hs.risks, hs.reports, hs.results\n"
    )
    assert "scanclients._hostedscan.client" in modules
    loaded = {m for m in modules if m.startswith(_HS_MODELS + ".")}
    assert loaded <= _enums(), sorted(loaded - _enums())
    assert sorted(m for m in modules if m == "pydantic" or m.startswith("pydantic.")) == []


@pytest.mark.parametrize(
    ("call", "answer"),
    [
        ("hs.scans.get(scan_id)", "scan_envelope"),
        ("hs.targets.get(target_id)", "target_envelope"),
        ("list(hs.risks.list(max_items=1))", "risk_list"),
    ],
)
def test_a_hostedscan_call_imports_only_the_models_of_its_answer(
    mock, call: str, answer: str
) -> None:
    from scanclients import HostedScan

    with HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        target_id = hs.targets.create(target="cold.example.com").id
        scan_id = hs.scans.create(type="NMAP", target_ids=[target_id]).id
    modules = _traced(
        "from scanclients import HostedScan\n"
        f"with HostedScan(api_key={KEY!r}, base_url={mock.hostedscan_url!r}) as hs:\n"
        f"    scan_id, target_id = {scan_id!r}, {target_id!r}\n"
        f"    print({call})\n"
    )
    loaded = {m for m in modules if m.startswith(_HS_MODELS + ".")}
    wanted = _model_modules(answer)
    assert wanted <= loaded  # the trace saw the answer parsed
    assert sorted(loaded - wanted - _enums()) == []
