"""A sync client's first call imports no event loop (asyncio costs a cold process ~10 ms): traced in
a fresh process by its `sys.modules`, against the mock service over loopback."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.helpers import KEY

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
