"""Sample records for the findings tests: nuclei results and a HostedScan risk listing."""

from __future__ import annotations

import json
from pathlib import Path

from scanclients import findings
from scanclients.findings import Finding

DATA = Path(__file__).parent / "data" / "findings"
NUCLEI_RESULTS = DATA / "nuclei-results.jsonl"
HOSTEDSCAN_RISKS = DATA / "hostedscan-risks.json"
SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())


def nuclei_records() -> list[dict]:
    return [json.loads(line) for line in NUCLEI_RESULTS.read_text().splitlines()]


def hostedscan_risks() -> list[dict]:
    return json.loads(HOSTEDSCAN_RISKS.read_text())["data"]


def pdcp_findings() -> list[Finding]:
    return list(findings.from_nuclei_records(nuclei_records()))


def hostedscan_findings() -> list[Finding]:
    return list(findings.from_hostedscan_risks(hostedscan_risks()))


def sarif_problems(log: object) -> list[str]:
    """What the SARIF 2.1.0 schema finds wrong with `log` (nothing: an empty list)."""
    import jsonschema

    validator = jsonschema.validators.validator_for(SARIF_SCHEMA)(SARIF_SCHEMA)
    return sorted(f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log))
