"""HostedScan's models are built on first use, not at import (pydantic's deferred building, set in
specs/templates/hostedscan_base.py), and refuse exactly what the models built up front refuse."""

from __future__ import annotations

import io
import subprocess
import sys
from contextlib import redirect_stdout

import pydantic

from scanclients._generated.hostedscan_models import _base, models

# Run in a fresh process (nothing built yet), and here after every model was built up front.
PROBE = """
import httpx
from scanclients import HostedScan, errors
from scanclients._generated.hostedscan_models import _base, models

built = sorted(
    name
    for name in models.__all__
    if issubclass(value := getattr(models, name), _base.Model) and value.__pydantic_complete__
)
print("built before the first call:", built)


def answer(request):
    if request.url.path.endswith("/targets/t1"):
        return httpx.Response(200, json={"data": {"id": "t1", "target": 5}})
    return httpx.Response(200, json={"data": {"id": "s1", "type": "NMAP", "state": ["x"]}})


client = httpx.Client(transport=httpx.MockTransport(answer))
with HostedScan(api_key="k", http_client=client) as hs:
    for call in (lambda: hs.targets.get("t1"), lambda: hs.scans.get("s1")):
        try:
            call()
            print("accepted")
        except errors.ScanClientsError as error:
            print(type(error).__name__, error)
"""


def _models() -> list[type[pydantic.BaseModel]]:
    values = [getattr(models, name) for name in models.__all__]
    return [value for value in values if issubclass(value, _base.Model)]


def test_no_model_is_built_at_import_and_a_bad_answer_is_refused_on_first_use() -> None:
    fresh = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert fresh[0] == "built before the first call: []"
    for model in _models():
        model.model_rebuild(force=True)
    assert all(model.__pydantic_complete__ for model in _models())
    here = io.StringIO()
    with redirect_stdout(here):
        exec(PROBE, {})
    # The same two refusals, word for word, whether the models were built lazily or up front.
    assert fresh[1:] == here.getvalue().splitlines()[1:]
    assert fresh[1].startswith("UnexpectedResponseError HostedScan: the 200 answer of get-target")
    assert "data.target: Input should be a valid string" in fresh[1]
    assert "data.state" in fresh[2]
    assert "Input should be 'QUEUED'" in fresh[2]
