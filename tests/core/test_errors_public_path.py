"""The errors are defined in private modules but live at `scanclients.errors`: what a traceback
prints and what a pickle names is the public path, so a pickle outlives a reshuffle."""

from __future__ import annotations

import pickle

import httpx

from scanclients import errors


def test_every_error_class_names_the_public_module() -> None:
    classes = [getattr(errors, name) for name in errors.__all__]
    for cls in (c for c in classes if isinstance(c, type)):
        assert cls.__module__ == "scanclients.errors", cls


def test_a_pickled_error_names_only_the_public_module() -> None:
    request = httpx.Request("GET", "https://api.example/v1/scans/s1", headers={"X-API-Key": "k"})
    response = httpx.Response(404, json={"message": "no scan"}, request=request)
    error = errors.NotFoundError(
        "no scan", service="PDCP", response=response, body={}, request_id=None
    )
    data = pickle.dumps(error)
    assert b"scanclients.errors" in data
    assert b"scanclients._" not in data
    assert str(pickle.loads(data)) == "PDCP: 404 no scan"
