"""Bad input never leaves the client: a clear error naming the problem, and the mock receives
nothing; bad configuration is refused at construction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from scanclients import PDCP, HostedScan, errors
from tests.helpers import KEY

BAD_CALLS: list[tuple[str, Callable[[Any, Any, Any], Any], str]] = [
    ("empty targets", lambda pd, hs, p: pd.scans.create(targets=[]), "targets: must not be empty"),
    (
        "non-string target",
        lambda pd, hs, p: pd.scans.create(targets=[3]),
        "targets[0]: Input should be a valid string",
    ),
    (
        "blank target",
        lambda pd, hs, p: pd.scans.create(targets=[" "]),
        "targets[0]: must not be blank",
    ),
    (
        "targets as a string",
        lambda pd, hs, p: pd.scans.create(targets="a.com"),
        "targets: 'str' instances are not allowed",
    ),
    (
        "unknown keyword",
        lambda pd, hs, p: pd.scans.create(tragets=["a.com"]),
        "tragets: unknown argument",
    ),
    (
        "wrong enum",
        lambda pd, hs, p: pd.scans.create(agent_behavior="all"),
        "agent_behavior: Input should be 'distribute' or 'mirror'",
    ),
    (
        "bool as int",
        lambda pd, hs, p: pd.scans.create(recommended=1),
        "recommended: Input should be a valid boolean",
    ),
    (
        "asset filter unknown key",
        lambda pd, hs, p: pd.scans.create(asset_filters={"x": 1}),
        "asset_filters.x: unknown argument",
    ),
    (
        "asset filter bad time",
        lambda pd, hs, p: pd.scans.create(asset_filters={"time": "ever"}),
        "asset_filters.time: Input should be",
    ),
    (
        "enumeration id missing",
        lambda pd, hs, p: pd.scans.create(enumeration_ids=[{}]),
        "enumeration_ids[0].id: Field required",
    ),
    (
        "CIDR /33",
        lambda pd, hs, p: pd.scans.create(exclusions=["10.0.0.0/33"]),
        "exclusions[0]: pattern '10.0.0.0/33' is not a valid",
    ),
    (
        "empty pattern",
        lambda pd, hs, p: pd.scans.create(exclusions=[""]),
        "exclusions[0]: empty pattern",
    ),
    (
        "bare plus",
        lambda pd, hs, p: pd.scans.create(exclusions=["+"]),
        "exclusions[0]: a bare '+' includes nothing",
    ),
    (
        "pattern with a space",
        lambda pd, hs, p: pd.scans.create(exclusions=["a b.com"]),
        "contains white space",
    ),
    (
        "missing template file",
        lambda pd, hs, p: pd.scans.create(private_templates=[p / "none.yaml"]),
        "no such template file",
    ),
    (
        "binary template file",
        lambda pd, hs, p: pd.scans.create(private_templates=[p / "binary.yaml"]),
        "is not UTF-8 text",
    ),
    (
        "empty template file",
        lambda pd, hs, p: pd.scans.create(private_templates=[p / "empty.yaml"]),
        "is empty",
    ),
    (
        "template half given",
        lambda pd, hs, p: pd.scans.create(private_templates=[{"name": "a"}]),
        "private_templates[0].contents: Field required",
    ),
    (
        "unknown scan type",
        lambda pd, hs, p: hs.scans.create(type="NUCLEI", targets=["a.com"]),
        "type: unknown scan type 'NUCLEI'; valid types: NMAP",
    ),
    (
        "no targets at all",
        lambda pd, hs, p: hs.scans.create(type="NMAP"),
        "targets: give targets or target_ids",
    ),
    (
        "empty target ids",
        lambda pd, hs, p: hs.scans.create(type="NMAP", target_ids=[]),
        "targets: give targets or target_ids",
    ),
    (
        "None target",
        lambda pd, hs, p: hs.scans.create(type="NMAP", targets=[None]),
        "targets[0]: expected a non-empty string",
    ),
    ("blank scan id", lambda pd, hs, p: hs.scans.get(""), "scan_id: expected a non-empty id"),
    ("non-string scan id", lambda pd, hs, p: hs.scans.get(7), "scan_id: expected a non-empty id"),
    (
        "zero timeout",
        lambda pd, hs, p: hs.scans.wait("s", timeout=0),
        "timeout: must be greater than 0",
    ),
    (
        "negative timeout",
        lambda pd, hs, p: hs.scans.wait("s", timeout=-1),
        "timeout: must be greater than 0",
    ),
    (
        "zero poll interval",
        lambda pd, hs, p: hs.scans.wait("s", poll_interval=0),
        "poll_interval: must be greater than 0",
    ),
    (
        "negative poll interval",
        lambda pd, hs, p: hs.scans.wait("s", poll_interval=-2),
        "poll_interval: must be greater than 0",
    ),
    (
        "text poll interval",
        lambda pd, hs, p: hs.scans.wait("s", poll_interval="5"),
        "poll_interval: expected a number of seconds",
    ),
    (
        "create_and_wait zero timeout",
        lambda pd, hs, p: hs.scans.create_and_wait(type="NMAP", targets=["a.com"], timeout=0),
        "timeout: must be greater than 0",
    ),
    ("download into a directory", lambda pd, hs, p: hs.results.download("r", p), "is a directory"),
    (
        "download into a missing directory",
        lambda pd, hs, p: hs.results.download("r", p / "no" / "f"),
        "does not exist",
    ),
    (
        "blank result id",
        lambda pd, hs, p: hs.results.read(" "),
        "result_id: expected a non-empty id",
    ),
]


@pytest.mark.parametrize(
    ("case", "call", "message"), BAD_CALLS, ids=[case for case, _, _ in BAD_CALLS]
)
def test_bad_input_is_refused_and_the_mock_receives_nothing(
    case, call, message, mock, tmp_path
) -> None:
    (tmp_path / "binary.yaml").write_bytes(b"\xff\xfe\xfa")
    (tmp_path / "empty.yaml").write_text("")
    with (
        PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd,
        HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs,
    ):
        with pytest.raises(errors.ValidationError) as caught:
            call(pd, hs, tmp_path)
    assert message in str(caught.value)
    assert mock.requests() == {"pdcp": 0, "hostedscan": 0}


@pytest.mark.parametrize(
    ("construct", "message"),
    [
        (lambda: PDCP(api_key=""), "PDCP_API_KEY"),
        (lambda: HostedScan(api_key="   "), "HOSTEDSCAN_API_KEY"),
        (
            lambda: PDCP(api_key=KEY, base_url="http://scanner.example.com"),
            "plain HTTP to a remote host",
        ),
        (
            lambda: HostedScan(api_key=KEY, base_url="http://192.0.2.1:8086"),
            "plain HTTP to a remote host",
        ),
        (lambda: PDCP(api_key=KEY, timeout=-1), "timeout: must be a positive number"),
        (lambda: PDCP(api_key=KEY, max_retries=-1), "max_retries"),
    ],
)
def test_bad_configuration_is_refused_at_construction(construct, message) -> None:
    with pytest.raises(errors.ConfigurationError, match=message):
        construct()


def test_the_bad_input_cases_number_at_least_thirty() -> None:
    assert len(BAD_CALLS) >= 30
