"""The API key never shows: not in reprs, strs, warnings, errors (and their attributes), debug logs
or the command line's output, under faults and bad input."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.helpers import ROOT

SECRET = "sk-SECRET-MARKER-7f3a9c"

_SECRET_SCRIPT = """
import asyncio, httpx, logging, warnings
from scanclients import PDCP, HostedScan, AsyncHostedScan, errors
from scanclients.mock import serve
shown = []
with serve(scan_seconds=0, max_targets=0) as svc:
    pd = PDCP(api_key=KEY, base_url=svc.pdcp_url, max_retries=1)
    hs = HostedScan(api_key=KEY, base_url=svc.hostedscan_url, max_retries=1)
    shown += [repr(pd), str(pd), repr(hs), repr(hs.with_options(timeout=2)), repr(pd._options), str(pd._options.api_key)]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pd.scans.create(targets=["example.com"])
    shown += [str(w.message) for w in caught]
    scan = hs.scans.create_and_wait(type="NMAP", targets=["example.com"], poll_interval=0.01)
    shown.append(repr(scan))
    for fault in ["server-error", "bad-gateway", "disconnect", "invalid-json", "rate-limit:0"]:
        svc.settings.fault = fault
        for call in (lambda: pd.scans.create(targets=["a.com"]), lambda: hs.scans.get(scan.id), lambda: hs.results.read("x")):
            try:
                call()
            except errors.ScanClientsError as error:
                shown += [str(error), repr(error), repr(error.__dict__), repr(getattr(error, "request", None))]
    svc.settings.fault = None
    for bad in (lambda: PDCP(api_key=KEY, base_url="http://remote.example"), lambda: pd.scans.create(targets=[1])):
        try:
            bad()
        except errors.ScanClientsError as error:
            shown += [str(error), repr(error)]
    async def run():
        async with AsyncHostedScan(api_key=KEY, base_url=svc.hostedscan_url) as client:
            shown.append(repr(await client.scans.get(scan.id)))
            shown.append(repr(client))
    asyncio.run(run())
print("\\n".join(shown))
"""


def test_the_key_appears_nowhere_in_logs_output_errors_or_reprs(mock, tmp_path) -> None:
    env = {**os.environ, "SCANCLIENTS_LOG": "debug"}
    script = _SECRET_SCRIPT.replace("KEY", repr(SECRET))
    library = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert library.returncode == 0, library.stderr
    assert "attempt 1/2" in library.stderr  # the debug log was on
    command_env = {
        **env,
        "PDCP_API_KEY": SECRET,
        "HOSTEDSCAN_API_KEY": SECRET,
        "PDCP_API_SERVER": mock.pdcp_url,
        "HOSTEDSCAN_BASE_URL": mock.hostedscan_url,
    }
    mock.settings.fault = "server-error"
    commands = [
        ["pdcp", "create", "-t", "example.com", "--debug"],
        ["hostedscan", "get", "nope", "--debug"],
        ["hostedscan", "list", "--debug", "--json"],
        ["pdcp", "create", "--set", "recommended=maybe", "--debug"],
    ]
    outputs = []
    for arguments in commands:
        result = subprocess.run(
            [sys.executable, "-m", "scanclients", *arguments],
            capture_output=True,
            text=True,
            env=command_env,
        )
        outputs += [result.stdout, result.stderr]
    assert any("Traceback" in text for text in outputs)
    everything = library.stdout + library.stderr + "".join(outputs)
    assert everything.count(SECRET) == 0
