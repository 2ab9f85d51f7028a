#!/usr/bin/env bash
# The action's install step: scanclients with its command line, from the action's own checkout
# (the package is not on a package index). SCANCLIENTS_SOURCE: that checkout.
set -euo pipefail
python -m pip install --disable-pip-version-check --quiet "${SCANCLIENTS_SOURCE:?}[cli]"
scanclients --help >/dev/null
