"""The `scanclients` logger; `SCANCLIENTS_LOG=debug|info` sends it to standard error."""

from __future__ import annotations

import logging
import os

__all__ = ["configure_from_environment"]


def configure_from_environment() -> None:
    level = os.environ.get("SCANCLIENTS_LOG", "").strip().upper()
    if level not in ("DEBUG", "INFO"):
        return
    logger = logging.getLogger("scanclients")
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
