"""Every model a generated method returns or takes has a public name, `scanclients.types.pdcp.<Name>`
(and `types.hostedscan.<Name>`), imported only when it is first used."""

from __future__ import annotations

import subprocess
import sys

from scanclients import types
from tests.resource_tools import operations


def _referenced() -> set[str]:
    names = set()
    for op in operations():
        names |= {a.model.partition(":")[2] for a in op.answers if a.model}
        # A raw body ("types:File") is passed as bytes: not a model.
        if op.body is not None and op.body.model and not op.body.model.startswith("types:"):
            names.add(op.body.model.partition(":")[2])
            names |= {f.item.partition(":")[2] for f in op.body.fields if f.item and ":" in f.item}
    return names


def test_every_model_of_a_generated_operation_is_public_under_types_pdcp() -> None:
    from scanclients._generated.pdcp_client import models

    referenced = _referenced()
    assert len(referenced) > 150
    for name in referenced:
        assert getattr(types.pdcp, name) is getattr(models, name), name
    assert {"pdcp", "hostedscan"} <= set(dir(types))
    from scanclients.types import hostedscan, pdcp

    assert pdcp.GetV1ScansResponse200.__name__ == "GetV1ScansResponse200"
    assert hostedscan.Scan is types.Scan


def test_naming_one_pdcp_model_imports_a_handful_of_modules() -> None:
    code = (
        "import sys\n"
        "from scanclients.types import pdcp\n"
        "before = {m for m in sys.modules if '.models.' in m}\n"
        "pdcp.GetV1ScansResponse200\n"
        "after = {m for m in sys.modules if '.models.' in m}\n"
        "print(len(before), len(after))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    before, after = map(int, result.stdout.split())
    assert before == 0
    assert 0 < after < 30
