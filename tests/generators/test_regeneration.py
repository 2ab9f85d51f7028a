"""A spec that gains a property gives a client that uses it, with no edit to the wrapper.

The specs, scripts, generated code and wrapper are copied to a temporary directory; the PDCP spec
there gains a request property (`priority`), a response property (`queued_at`) and a new list
operation (`GET /v1/widgets`, paged by limit/offset); the copy is regenerated; and a Python that
sees only the copy sends `priority`, reads `queued_at`, and pages through `pd.widgets.list()`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest
from mypy import api

from tests.helpers import ROOT
from tests.spec_edits import insert_after

WIDGETS = """\
  /v1/widgets:
    get:
      operationId: get-v1-widgets
      summary: List widgets
      tags: [widgets]
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: offset, in: query, schema: {type: integer}}
        - {name: colour, in: query, schema: {type: string, enum: [red, blue]}}
      responses:
        "200":
          description: A page of widgets
          content:
            application/json:
              schema:
                type: object
                required: [widgets]
                properties:
                  widgets:
                    type: array
                    items:
                      type: object
                      required: [id]
                      properties:
                        id: {type: string}
                  total: {type: integer}
"""


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("regenerated")
    for name in ("scripts", "specs", "generated", "wrapper"):
        # symlinks=True: the copy's wrapper/scanclients/_generated links to the copy's generated/.
        shutil.copytree(
            ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"), symlinks=True
        )
    spec = copy / "specs" / "pdcp.yaml"
    text = spec.read_text()
    text = insert_after(
        text,
        "    TriggerUserScanRequest:\n",
        "              scan_all_assets:\n",
        "              priority:\n                type: integer\n                description: Queue priority.\n",
    )
    text = insert_after(
        text,
        "    TriggerUserScanResponse:\n",
        "              truncated-scan-targets:\n                type: integer\n",
        "              queued_at:\n                type: string\n",
        before=False,
    )
    text = text.replace("\npaths:\n", "\npaths:\n" + WIDGETS, 1)
    spec.write_text(text)
    result = subprocess.run(
        [sys.executable, str(copy / "scripts" / "generate.py")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return copy


def test_the_new_properties_reach_the_generated_code(regenerated) -> None:
    assert "priority:" in (regenerated / "specs" / "pdcp.yaml").read_text()
    params = (regenerated / "generated" / "pdcp_client" / "params.py").read_text()
    assert "    priority: int\n" in params
    response = (
        regenerated / "generated" / "pdcp_client" / "models" / "create_scan_response.py"
    ).read_text()
    assert "queued_at: str | Unset = UNSET" in response


def test_the_unedited_wrapper_sends_and_reads_the_new_properties(regenerated) -> None:
    assert (regenerated / "wrapper").exists()
    code = """
        import json, httpx, importlib.util
        from scanclients import PDCP
        assert importlib.util.find_spec("scanclients").origin.startswith(REGENERATED)
        sent = []
        def answer(request):
            sent.append(json.loads(request.content))
            return httpx.Response(200, json={"id": "s1", "message": "ok", "queued_at": "2026-11-22T10:00:00Z"})
        with PDCP(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer))) as pd:
            created = pd.scans.create(targets=["example.com"], priority=5)
        assert sent == [{"targets": ["example.com"], "priority": 5}], sent
        assert created.queued_at == "2026-11-22T10:00:00Z", created
        try:
            pd.scans.create(priority="high")
        except Exception as error:
            print(type(error).__name__, error)
    """.replace("REGENERATED", repr(str(regenerated)))
    site_packages = sysconfig.get_paths()["purelib"]
    result = subprocess.run(
        [sys.executable, "-S", "-c", textwrap.dedent(code)],
        env={"PYTHONPATH": f"{regenerated / 'wrapper'}:{site_packages}"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.strip()
        == "ValidationError priority: Input should be a valid integer, got str 'high'"
    )


def test_mypy_knows_the_new_keyword(regenerated, tmp_path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        "from scanclients import PDCP\n"
        "pd = PDCP(api_key='k')\n"
        "pd.scans.create(priority=5)\n"
        "pd.scans.create(priority='high')\n"
    )
    config = tmp_path / "mypy.ini"
    config.write_text(
        f"[mypy]\nstrict = True\nmypy_path = {regenerated / 'wrapper'}\n"
        "[mypy-scanclients._generated.*]\nignore_errors = True\n"
    )
    stdout, _, _ = api.run(["--config-file", str(config), "--no-incremental", str(snippet)])
    assert "snippet.py:3" not in stdout
    assert (
        'snippet.py:4: error: Argument "priority" to "create" of "PDCPScans" has incompatible type "str"; expected "int"'
        in stdout
    )


def test_the_new_list_operation_is_a_method_that_pages(regenerated) -> None:
    code = """
        import httpx
        from scanclients import PDCP
        widgets = [{"id": f"w{i}"} for i in range(5)]
        seen = []
        def answer(request):
            seen.append(str(request.url))
            offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
            return httpx.Response(200, json={"widgets": widgets[offset:offset + limit], "total": 5})
        with PDCP(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer))) as pd:
            print([w.id for w in pd.widgets.list(limit=2, colour="red")])
        print(len(seen), seen[0])
    """
    site_packages = sysconfig.get_paths()["purelib"]
    result = subprocess.run(
        [sys.executable, "-S", "-c", textwrap.dedent(code)],
        env={
            "PYTHONPATH": f"{regenerated / 'wrapper'}:{regenerated / 'generated'}:{site_packages}"
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "['w0', 'w1', 'w2', 'w3', 'w4']",
        "3 https://api.projectdiscovery.io/v1/widgets?limit=2&offset=0&colour=red",
    ]
    reference = (regenerated / "docs" / "api.md").read_text()
    assert "`GET /v1/widgets`" in reference
