"""scanclients.types: every model a caller meets, under a public name, imported only when used."""

from __future__ import annotations

import enum
import subprocess
import sys
import types as pytypes
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import pydantic
import typing_extensions

import scanclients
from scanclients import types as public
from scanclients import webhooks
from scanclients._hostedscan import reports as _hostedscan_reports
from scanclients._hostedscan import resources as _hostedscan_resources
from scanclients._hostedscan import scans as _hostedscan_scans
from scanclients._hostedscan import targets as _hostedscan_targets
from scanclients._pdcp import scans as _pdcp_scans


def test_every_public_name_is_the_generated_class_itself() -> None:
    from scanclients._generated import hostedscan_models
    from scanclients._generated.pdcp_client import models, params

    for name in set(public.__all__) - set(public._WRAPPER_TYPES):
        generated = next(
            getattr(home, name)
            for home in (models, params, hostedscan_models)
            if hasattr(home, name)
        )
        assert getattr(public, name) is generated, name
    assert "types" in dir(scanclients)
    assert set(public.__all__) <= set(dir(public))
    assert len(dir(public)) == len(set(dir(public)))


def test_the_wrapper_types_are_the_wrapper_classes_themselves() -> None:
    from scanclients._core.operation import RawResponse
    from scanclients._pdcp.flows import CreatedScan

    assert public.RawResponse is RawResponse
    assert public.CreatedScan is CreatedScan
    assert issubclass(public.CreatedScan, public.CreateScanResponse)
    assert public.ListPage.__module__ == "scanclients._core.paging"
    assert set(public._WRAPPER_TYPES) <= set(public.__all__)


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        public.Nope  # noqa: B018
    except AttributeError as error:
        assert "scanclients.types" in str(error)
        assert "'Nope'" in str(error)
    else:
        raise AssertionError("no AttributeError")


def test_importing_the_module_imports_no_models_until_a_name_is_used() -> None:
    code = (
        "import sys, scanclients.types as t\n"
        "print(sorted(m for m in sys.modules if '_generated.' in m))\n"
        "t.Scan\n"
        "print(sorted(m for m in sys.modules if '_generated.' in m))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    before, after = result.stdout.splitlines()
    assert before == "[]"
    assert "scanclients._generated.hostedscan_models" in after
    assert "pdcp_client" not in after


def _generated_classes(annotation: Any) -> Iterator[type]:
    if isinstance(annotation, type):
        if annotation.__module__.startswith("scanclients._generated.") and (
            ".models" in annotation.__module__ or ".params" in annotation.__module__
        ):
            yield annotation
        return
    for argument in typing.get_args(annotation):
        yield from _generated_classes(argument)


def _reachable(start: list[Any]) -> set[type]:
    """Generated classes a caller can receive or pass, from the public signatures, transitively."""
    seen: set[type] = set()
    pending = [cls for annotation in start for cls in _generated_classes(annotation)]
    while pending:
        cls = pending.pop()
        if cls in seen:
            continue
        seen.add(cls)
        if issubclass(cls, enum.Enum):
            continue
        if issubclass(cls, pydantic.BaseModel):
            hints = [field.annotation for field in cls.model_fields.values()]
        elif attrs.has(cls) or typing_extensions.is_typeddict(cls):
            hints = _hints(cls, vars(sys.modules[cls.__module__]))
        else:
            hints = []
        pending += [c for hint in hints for c in _generated_classes(hint)]
    return seen


def _signature_hints(function: Any) -> list[Any]:
    from scanclients._generated import hostedscan_models
    from scanclients._generated.pdcp_client import params

    # Names the wrapper imports only for type checking resolve from the generated packages (the
    # HostedScan models load on first use: each is fetched by name).
    module = sys.modules[function.__module__]
    models = {name: getattr(hostedscan_models, name) for name in hostedscan_models.__all__}
    return _hints(function, {**models, **vars(params), **vars(module)})


def _hints(annotated: Any, namespace: dict[str, Any]) -> list[Any]:
    """`typing.get_type_hints`, where a name imported only for type checking is a PDCP model:
    the models load on first use, so each is fetched when a hint names it."""
    from scanclients._generated.pdcp_client import models

    namespace = dict(namespace)
    while True:
        try:
            return list(typing.get_type_hints(annotated, namespace, include_extras=True).values())
        except NameError as error:
            if error.name is None or error.name in namespace or not hasattr(models, error.name):
                raise
            namespace[error.name] = getattr(models, error.name)


def test_every_model_reachable_from_the_public_methods_has_a_public_name() -> None:
    from scanclients._generated.pdcp_client.params import CreateScanRequestParams

    starts: list[Any] = [CreateScanRequestParams]
    for cls in (
        _pdcp_scans.PDCPScans,
        _pdcp_scans.AsyncPDCPScans,
        _hostedscan_scans.HostedScanScans,
        _hostedscan_scans.AsyncHostedScanScans,
        _hostedscan_targets.HostedScanTargets,
        _hostedscan_targets.AsyncHostedScanTargets,
        _hostedscan_resources.HostedScanResults,
        _hostedscan_resources.AsyncHostedScanResults,
        _hostedscan_resources.HostedScanRisks,
        _hostedscan_resources.AsyncHostedScanRisks,
        _hostedscan_reports.HostedScanReports,
        _hostedscan_reports.AsyncHostedScanReports,
    ):
        for name, member in vars(cls).items():
            if not name.startswith("_") and isinstance(member, pytypes.FunctionType):
                starts += _signature_hints(member)
    starts += _signature_hints(webhooks.verify)
    reachable = {cls.__name__ for cls in _reachable(starts)}
    # The request-body model of PDCP is built by the wrapper from keyword arguments, never passed.
    reachable.discard("CreateScanRequest")
    assert reachable - set(public.__all__) == set()
    # `scans.create` returns `CreatedScan`, the wrapper's subclass of `CreateScanResponse`.
    assert {"Scan", "ScanState", "WebhookEvent"} <= reachable
    assert {"Target", "Risk", "Report", "RiskList"} <= reachable
