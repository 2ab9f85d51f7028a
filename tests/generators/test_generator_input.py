"""What openapi-python-client reads: the prepared spec as JSON (its JSON parser is fast, its YAML
parser is not) only when JSON carries the document exactly; else the YAML beside it."""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from generate_speed import generator_input


def _spec(tmp_path: Path) -> Path:
    spec = tmp_path / "pdcp.prepared.yaml"
    spec.write_text("openapi: 3.0.0\n")
    return spec


def test_a_document_json_holds_is_given_as_json(tmp_path: Path) -> None:
    document = {"openapi": "3.0.0", "paths": {"/a": {"get": {"responses": {"200": {}}}}}}
    given = generator_input(_spec(tmp_path), document)
    assert given == tmp_path / "pdcp.prepared.json"
    assert json.loads(given.read_text()) == document


def test_a_document_json_cannot_hold_is_given_as_the_yaml(tmp_path: Path) -> None:
    spec = _spec(tmp_path)
    dated = {"openapi": "3.0.0", "info": {"x-date": datetime.date(2026, 1, 1)}}
    numbered = {"openapi": "3.0.0", "paths": {"/a": {"get": {"responses": {200: {}}}}}}
    not_a_number = {"openapi": "3.0.0", "x-limit": float("nan")}
    for document in (dated, numbered, not_a_number):
        assert generator_input(spec, document) == spec
    assert not (tmp_path / "pdcp.prepared.json").exists()
