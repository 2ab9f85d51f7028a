"""Generated code: do not edit. Change specs/pdcp.yaml or specs/generators.toml and run
`make generate`.

Spec: specs/pdcp.yaml (sha256 668fb10678c0cc6db465dae56f6235309872958a109af4de1edfca2e8ef7d526)
Generator: openapi-python-client 0.29.1
"""

__spec_sha256__ = "668fb10678c0cc6db465dae56f6235309872958a109af4de1edfca2e8ef7d526"
__generator__ = "openapi-python-client 0.29.1"

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
