"""The public surface is deliberate: these names, and nothing private, are exported."""

from __future__ import annotations

import inspect

import scanclients
from scanclients import errors


def test_the_top_level_names() -> None:
    assert sorted(scanclients.__all__) == sorted(
        [
            "PDCP",
            "AsyncPDCP",
            "HostedScan",
            "AsyncHostedScan",
            "ExportStarted",
            "Saved",
            "TruncatedTargetsWarning",
            "errors",
            "scope",
            "types",
            "webhooks",
            "__version__",
        ]
    )


def test_the_error_tree() -> None:
    expected = {
        "ConfigurationError": "ScanClientsError",
        "ValidationError": "ScanClientsError",
        "ClientClosedError": "ScanClientsError",
        "EventLoopError": "ScanClientsError",
        "WebhookVerificationError": "ScanClientsError",
        "ScanFailedError": "ScanClientsError",
        "WaitTimeoutError": "ScanClientsError",
        "APIError": "ScanClientsError",
        "APIConnectionError": "APIError",
        "APITimeoutError": "APIConnectionError",
        "UnexpectedResponseError": "APIError",
        "APIStatusError": "APIError",
        "BadRequestError": "APIStatusError",
        "AuthenticationError": "APIStatusError",
        "PermissionDeniedError": "APIStatusError",
        "NotFoundError": "APIStatusError",
        "ConflictError": "APIStatusError",
        "UnprocessableEntityError": "APIStatusError",
        "RateLimitError": "APIStatusError",
        "InternalServerError": "APIStatusError",
    }
    for name, parent in expected.items():
        cls = getattr(errors, name)
        assert cls.__bases__[0].__name__ == parent, name
        assert name in errors.__doc__, f"{name} is missing from the tree in the module docstring"


def test_sync_and_async_clients_have_the_same_methods() -> None:
    pairs = [
        (scanclients.PDCP(api_key="k").scans, scanclients.AsyncPDCP(api_key="k").scans),
        (scanclients.HostedScan(api_key="k").scans, scanclients.AsyncHostedScan(api_key="k").scans),
        (
            scanclients.HostedScan(api_key="k").results,
            scanclients.AsyncHostedScan(api_key="k").results,
        ),
    ]
    for sync, asynchronous in pairs:
        names = {n for n in dir(sync) if not n.startswith("_")}
        assert names == {n for n in dir(asynchronous) if not n.startswith("_")}
        for name in names:
            if not callable(getattr(sync, name)):  # with_raw_response: a view, not a method
                continue
            sync_parameters = inspect.signature(getattr(sync, name)).parameters
            assert sync_parameters == inspect.signature(getattr(asynchronous, name)).parameters


def test_one_pass_over_findings_has_public_names() -> None:
    # The command line writes a report, gates it and summarises it in one pass over a stream
    # with these, so a script can do the same without reaching into private modules.
    from scanclients import findings

    for name in ("GateTally", "Summary"):
        assert name in findings.__all__, name
        assert getattr(findings, name).__module__.startswith("scanclients.findings."), name
        assert getattr(findings, name).__doc__, name
