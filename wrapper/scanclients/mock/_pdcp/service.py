"""The mock PDCP service: every operation of its spec (see `_answers`); scans keep state.

Stateful behaviour is a handler registered under its operationId in `handlers()`; every other
operation gets the generic, schema-built answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scanclients._generated import pdcp_client

from .._answers import Answers, Handler
from .._app import ServiceApp
from .._contract import Contract
from .._settings import Settings
from .errors import error_body
from .scans import PDCPScanStore

__all__ = ["PDCPMock"]

_SCAN_ID_PARAMS = ("scan_id", "scanId")


class PDCPMock:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = PDCPScanStore(settings)
        self.scans = self.store.scans
        contract = Contract(settings.pdcp_spec or pdcp_client)
        self.answers = Answers(contract.document, self.handlers(contract.document))
        self.store.generic = lambda operation_id, call: self.answers.answer(
            self.answers.operations[operation_id], call
        )
        self.app = ServiceApp(
            name="PDCP",
            contract=contract,
            key_header="X-API-Key",
            settings=settings,
            routes=self.answers.routes(),
            error_body=error_body,
        )

    def handlers(self, document: Mapping[str, Any]) -> dict[str, Handler]:
        """The operations answered by hand, by operationId: those that keep state (`_pdcp.scans`),
        and every other operation on a scan id, guarded (an id the store lacks is a 404).

        Only those the served document has: an older or partial document lacks some.
        """
        present: dict[str, str] = {}
        for path, item in document.get("paths", {}).items():
            for op in item.values():
                if isinstance(op, dict) and isinstance(op.get("operationId"), str):
                    present[op["operationId"]] = path
        own = {name: h for name, h in self.store.handlers().items() if name in present}
        for name, path in present.items():
            param = next((p for p in _SCAN_ID_PARAMS if "{" + p + "}" in path), None)
            if name not in own and param is not None:
                own[name] = self.store.guard(name, param)
        return own

    def reset(self) -> None:
        self.store.reset()
        self.app.reset()
