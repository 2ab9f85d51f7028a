"""The contracts themselves: valid OpenAPI 3.1, pdcp.yaml is the recorded upstream document, and
the Create Scan docs page it was seeded from is an exact slice of it."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from tests.helpers import ROOT, SPECS

EXTRACT = [sys.executable, str(ROOT / "scripts" / "extract_spec.py")]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@pytest.mark.parametrize("name", ["pdcp.yaml", "hostedscan.yaml"])
def test_spec_is_valid_openapi_3_1(name: str) -> None:
    document, _ = read_from_filename(str(SPECS / name))
    assert document["openapi"] == "3.1.0"
    validate(document)  # raises on any violation of the OpenAPI 3.1 schema


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _components_used(document: dict[str, Any], node: Any) -> dict[str, Any]:
    """Every component `node` refers to, directly or through other components, by pointer."""
    used: dict[str, Any] = {}
    pending = list(_refs(node))
    while pending:
        ref = pending.pop()
        if ref in used:
            continue
        section, name = ref.removeprefix("#/components/").split("/")
        used[ref] = document["components"][section][name]
        pending.extend(_refs(used[ref]))
    return used


def test_the_seed_page_is_an_exact_slice_of_the_shipped_document() -> None:
    page = (SPECS / "sources" / "pdcp-create-scan.md").read_bytes()
    extracted = subprocess.run([*EXTRACT, "-"], input=page, capture_output=True, check=True).stdout
    seed = yaml.safe_load(extracted)
    full = yaml.load((SPECS / "pdcp.yaml").read_bytes(), Loader=yaml.CSafeLoader)
    assert list(seed["paths"]) == ["/v1/scans"]
    assert seed["paths"]["/v1/scans"]["post"] == full["paths"]["/v1/scans"]["post"]
    used = _components_used(seed, seed["paths"])
    assert len(used) == 7  # the request body, 2 responses and 4 schemas of Create Scan
    assert used == _components_used(full, full["paths"]["/v1/scans"]["post"])
    for section, components in seed["components"].items():
        for name, component in components.items():
            assert full["components"][section][name] == component, (section, name)
    for key in ("openapi", "info", "servers", "security"):
        assert seed[key] == full[key], key


def test_the_shipped_document_matches_its_recorded_provenance() -> None:
    provenance = tomllib.loads((SPECS / "pdcp.provenance.toml").read_text())
    raw = (SPECS / "pdcp.yaml").read_bytes()
    assert provenance["sha256"] == hashlib.sha256(raw).hexdigest()
    assert provenance["repository"] == "projectdiscovery/docs"
    assert provenance["file"] == "openapi.yaml"
    assert re.fullmatch(r"[0-9a-f]{40}", provenance["commit"])
    document = yaml.load(raw, Loader=yaml.CSafeLoader)
    operations = [m for item in document["paths"].values() for m in item if m in METHODS]
    assert provenance["operations"] == len(operations) == 125
    assert provenance["schemas"] == len(document["components"]["schemas"]) == 160


def test_the_generated_package_carries_a_valid_prepared_document() -> None:
    # What the generator was fed (normalised and overlaid) is itself valid OpenAPI 3.1: the mock
    # service loads it without validating it again.
    document, _ = read_from_filename(str(ROOT / "generated" / "pdcp_client" / "openapi.yaml"))
    assert document["openapi"] == "3.1.0"
    validate(document)


def _extract(page: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*EXTRACT, "-"], input=page, capture_output=True, text=True)


def test_extract_reads_a_file_path_and_writes_output(tmp_path) -> None:
    page = tmp_path / "page.md"
    page.write_text("# t\n```yaml\nopenapi: 3.1.0\npaths: {}\n```\n")
    out = tmp_path / "spec.yaml"
    subprocess.run([*EXTRACT, str(page), "-o", str(out)], check=True)
    assert out.read_text() == "openapi: 3.1.0\npaths: {}\n"


def test_extract_fails_clearly_without_a_yaml_block() -> None:
    result = _extract("# Create Scan\n```json\n{}\n```\n")
    assert result.returncode == 1
    assert "no fenced ```yaml block found" in result.stderr


def test_extract_fails_clearly_on_two_yaml_blocks() -> None:
    block = "```yaml\nopenapi: 3.1.0\npaths: {}\n```\n"
    result = _extract(block + "text\n" + block)
    assert result.returncode == 1
    assert "2 fenced yaml blocks found; expected exactly one" in result.stderr


def test_extract_fails_clearly_when_the_block_is_not_openapi() -> None:
    result = _extract("````yaml\nname: not a spec\n````\n")
    assert result.returncode == 1
    assert "not an OpenAPI document" in result.stderr


def test_extract_fails_clearly_on_an_unclosed_block() -> None:
    result = _extract("intro\n````yaml post /v1/scans\nopenapi: 3.1.0\n```\n")
    assert result.returncode == 1
    assert "opened on line 2 is never closed" in result.stderr


def test_extract_keeps_a_shorter_fence_inside_a_longer_one() -> None:
    inner = "openapi: 3.1.0\npaths: {}\ninfo:\n  description: |\n    ```yaml\n    x: 1\n    ```\n"
    result = _extract(f"````yaml\n{inner}````\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == inner
    assert yaml.safe_load(result.stdout)["openapi"] == "3.1.0"


def test_extract_passes_a_whole_document_through_unchanged() -> None:
    document = '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}\n'
    result = _extract(document)
    assert result.returncode == 0, result.stderr
    assert result.stdout == document
    full = (SPECS / "pdcp.yaml").read_bytes()
    extracted = subprocess.run([*EXTRACT, "-"], input=full, capture_output=True, check=True).stdout
    assert extracted == full
