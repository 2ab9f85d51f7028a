"""Generated code: do not edit. Change specs/pdcp.yaml or specs/generators.toml and run
`make generate`.

Spec: specs/pdcp.yaml (sha256 1d3f88ac99549f88418374814d3e2dd3f4b8820315affc59a86ff8151aff7d0d)
Generator: openapi-python-client 0.29.1
"""

__spec_sha256__ = "1d3f88ac99549f88418374814d3e2dd3f4b8820315affc59a86ff8151aff7d0d"
__generator__ = "openapi-python-client 0.29.1"
