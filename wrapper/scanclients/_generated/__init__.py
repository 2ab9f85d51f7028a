"""The generated packages, inside scanclients so that installing it adds one top-level name.

`pdcp_client` and `hostedscan_models` here are symbolic links to the repository's `generated/`
folder, which only `make generate` writes. A wheel, an sdist and a vendored copy hold real files;
an editable install, mypy and pytest follow the links. Import the models a caller needs from
`scanclients.types`, not from here: the layout of generated code changes with every spec.
"""
