"""List inputs take any iterable of strings (set, tuple, generator), checked before any I/O."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from mypy import api

from scanclients import PDCP, AsyncHostedScan, HostedScan, scope
from scanclients.errors import ValidationError
from tests.helpers import KEY, ROOT, Recorder


def _generator(*items: object) -> Iterator[object]:
    yield from items


def _pdcp_recorder() -> Recorder:
    import httpx

    return Recorder(lambda request: httpx.Response(200, json={"id": "s1", "message": "ok"}))


@pytest.mark.parametrize(
    "targets",
    [("a.com", "b.com"), {"a.com"}, frozenset({"a.com"}), _generator("a.com", "b.com")],
    ids=["tuple", "set", "frozenset", "generator"],
)
def test_pdcp_sends_any_iterable_as_a_json_list(targets) -> None:
    expected = sorted(set(targets)) if isinstance(targets, set | frozenset) else None
    recorder = _pdcp_recorder()
    with PDCP(api_key=KEY, http_client=recorder.client()) as pd:
        pd.scans.create(
            targets=targets,
            templates=(t for t in ["http/cves/"]),
            exclusions=("*.staging.example.com",),
            asset_filters={"domain": ("a.com",)},
        )
    sent = recorder.json()
    assert isinstance(sent, dict)
    assert sent["templates"] == ["http/cves/"]
    assert sent["exclusions"] == ["*.staging.example.com"]
    assert sent["asset_filters"] == {"domain": ["a.com"]}
    if expected is not None:
        assert sorted(sent["targets"]) == expected
    else:
        assert sent["targets"] in (["a.com", "b.com"], ["a.com"])


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (
            {"targets": _generator("a.com", 7)},
            "targets[1]: Input should be a valid string, got int 7",
        ),
        ({"templates": ("x/", None)}, "templates[1]: Input should be a valid string"),
        ({"asset_filters": {"domain": _generator(1)}}, "asset_filters.domain[0]: Input should be"),
        ({"exclusions": _generator("ok.com", "a*b*c*[")}, "exclusions[1]"),
        ({"templates": "http/cves/"}, "templates: 'str' instances are not allowed"),
    ],
    ids=["targets", "templates", "nested", "exclusions", "string"],
)
def test_pdcp_checks_every_item_of_an_iterable_before_sending(params, message, mock) -> None:
    with PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        with pytest.raises(ValidationError) as caught:
            pd.scans.create(**params)
    assert message in str(caught.value)
    assert mock.stats() == {"pdcp": 0, "hostedscan": 0}


def test_hostedscan_creates_with_a_generator_and_a_set(mock) -> None:
    with HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        scan = hs.scans.create(type="NMAP", targets=(t for t in ["a.com", "b.com"]))
        other = hs.scans.create(type="NMAP", targets={"c.com"}, target_ids=("t1",))
    assert [t.target for t in scan.requested_targets or []] == ["a.com", "b.com"]
    assert {t.target for t in other.requested_targets or []} >= {"c.com"}
    assert mock.stats()["hostedscan"] == 2


@pytest.mark.parametrize(
    ("targets", "message"),
    [
        (_generator("a.com", ""), "targets[1]: expected a non-empty string, got ''"),
        ({"a.com": 1}, "targets: expected a list of strings, got dict"),
        ("a.com", "targets: expected a list of strings, got str"),
        (42, "targets: expected a list of strings, got int"),
    ],
)
async def test_hostedscan_refuses_a_bad_iterable_before_sending(targets, message, mock) -> None:
    async with AsyncHostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        with pytest.raises(ValidationError) as caught:
            await hs.scans.create(type="NMAP", targets=targets)
    assert message in str(caught.value)
    assert mock.stats()["hostedscan"] == 0


def test_scope_preview_takes_generators() -> None:
    preview = scope.preview(
        targets=(t for t in ["a.staging.example.com", "prod-1.example.com"]),
        exclusions=(e for e in ["*.staging.example.com"]),
    )
    assert preview.included == ["prod-1.example.com"]
    assert preview.excluded == {"a.staging.example.com": "*.staging.example.com"}


# Every place that takes "a list of non-empty strings" refuses a blank item in the same words,
# naming the item by its index, before anything is sent.
BLANK_ITEM = {
    "targets": lambda hs: hs.scans.create(type="NMAP", targets=("a.com", " ")),
    "target_ids": lambda hs: hs.scans.create(type="NMAP", target_ids=["t", " "]),
    "title": lambda hs: hs.risks.list(title=_generator("a", " ")),
    "tags": lambda hs: hs.reports.create(tags=["t", " "]),
    "scope.targets": lambda hs: scope.preview(targets=["a.com", " "], exclusions=[]),
}


@pytest.mark.parametrize(("field", "call"), BLANK_ITEM.items(), ids=BLANK_ITEM.keys())
def test_a_blank_item_is_refused_in_the_same_words_everywhere(field, call, mock) -> None:
    with HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        with pytest.raises(ValidationError) as caught:
            call(hs)
    name = field.removeprefix("scope.")
    assert str(caught.value) == f"{name}[1]: expected a non-empty string, got ' '"
    assert mock.stats()["hostedscan"] == 0


def test_mypy_accepts_sets_tuples_and_generators(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        textwrap.dedent(
            """
            from scanclients import PDCP, HostedScan, scope

            def hosts() -> set[str]:
                return {"a.com"}

            pd = PDCP(api_key="k")
            pd.scans.create(targets=hosts(), templates=("x/",), assets=(a for a in ["1"]))
            pd.scans.create(asset_filters={"domain": frozenset({"a.com"})})
            hs = HostedScan(api_key="k")
            hs.scans.create(type="NMAP", targets=(t for t in hosts()), target_ids=("1",))
            scope.preview(targets=hosts(), exclusions=())
            hs.scans.create(type="NMAP", targets=[1])
            """
        )
    )
    stdout, _, _ = api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--no-incremental", str(snippet)]
    )
    assert [line.split(":")[1] for line in stdout.splitlines() if ": error:" in line] == ["13"], (
        stdout
    )
