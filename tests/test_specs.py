"""The contracts themselves: valid OpenAPI 3.1, and pdcp.yaml is exactly its docs page's block."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from tests.conftest import ROOT, SPECS

EXTRACT = [sys.executable, str(ROOT / "scripts" / "extract_spec.py")]


@pytest.mark.parametrize("name", ["pdcp.yaml", "hostedscan.yaml"])
def test_spec_is_valid_openapi_3_1(name: str) -> None:
    document, _ = read_from_filename(str(SPECS / name))
    assert document["openapi"] == "3.1.0"
    validate(document)  # raises on any violation of the OpenAPI 3.1 schema


def test_pdcp_spec_equals_the_block_of_its_source_page() -> None:
    page = (SPECS / "sources" / "pdcp-create-scan.md").read_bytes()
    extracted = subprocess.run([*EXTRACT, "-"], input=page, capture_output=True, check=True).stdout
    assert extracted == (SPECS / "pdcp.yaml").read_bytes()
    assert extracted.startswith(b"openapi: 3.1.0\n")
    assert extracted.endswith(b"      in: header\n\n")


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
