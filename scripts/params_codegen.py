"""Write `params.py` for a generated openapi-python-client package: TypedDicts of a request body.

openapi-python-client gives attrs models, whose constructors take the models of nested objects
only. A friendly keyword signature also takes plain dicts, enum values as strings and, for some
fields, file paths. This derives that signature from the generated models (for the Python names and
types) and the spec (for the wire names and which keys are required), so that a property added to
the spec reaches the wrapper's signature at the next `make generate` with no hand edit.

The output is a TypedDict per object schema, named after the model with a `Params` suffix:
`CreateScanRequestParams` is used as `create(**params: Unpack[CreateScanRequestParams])`.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import re
import sys
import types
import typing
from pathlib import Path
from typing import Any

import attrs
import yaml


class ParamsError(Exception):
    """The spec and the generated models do not line up."""


def write_params_module(
    package_dir: Path,
    spec_path: Path,
    *,
    root_model: str,
    schema_pointer: str,
    accept_paths: list[str],
) -> None:
    spec = yaml.load(spec_path.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    models = _import_models(package_dir)
    writer = _Writer(spec, models, accept_paths)
    writer.typed_dict(getattr(models, root_model), _resolve(spec, {"$ref": schema_pointer}))
    (package_dir / "params.py").write_text(writer.render(root_model))


def _import_models(package_dir: Path) -> types.ModuleType:
    sys.path.insert(0, str(package_dir.parent))
    try:
        for name in [
            m for m in sys.modules if m == package_dir.name or m.startswith(package_dir.name + ".")
        ]:
            del sys.modules[name]
        return importlib.import_module(f"{package_dir.name}.models")
    finally:
        sys.path.pop(0)


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema


def _normalise(name: str) -> str:
    return re.sub(r"\W", "_", name).lower().strip("_")


class _Writer:
    def __init__(self, spec: dict[str, Any], models: types.ModuleType, accept_paths: list[str]):
        self._spec = spec
        self._models = models
        self._accept_paths = set(accept_paths)
        self._classes: list[str] = []
        self._written: set[str] = set()
        self._model_imports: set[str] = set()

    def typed_dict(self, model: type, schema: dict[str, Any]) -> str:
        name = f"{model.__name__}Params"
        if name in self._written:
            return name
        self._written.add(name)
        self._model_imports.add(model.__name__)
        # Every model by name: the models package loads its modules lazily (lazy_models.py).
        names = {name: getattr(self._models, name) for name in self._models.__all__}
        hints = typing.get_type_hints(model, localns=names)
        fields = {_normalise(f.name): f.name for f in attrs.fields(model) if f.init}
        required = set(schema.get("required", []))
        lines = []
        for wire, prop in schema.get("properties", {}).items():
            if not wire.isidentifier():
                raise ParamsError(f"{model.__name__}: property {wire!r} is not a Python identifier")
            python_name = fields.get(_normalise(wire))
            if python_name is None:
                raise ParamsError(f"{model.__name__}: no generated field for property {wire!r}")
            annotation = self._annotation(hints[python_name], _resolve(self._spec, prop))
            if wire in self._accept_paths:
                annotation = annotation.replace(
                    "Sequence[", "Sequence[str | os.PathLike[str] | ", 1
                )
            if wire in required:
                annotation = f"Required[{annotation}]"
            lines.append(f"    {wire}: {annotation}")
            description = prop.get("description") or _resolve(self._spec, prop).get("description")
            if description:
                lines.append(f'    """{" ".join(description.split())}"""')
        doc = f'    """The keyword arguments that build a `{model.__name__}`."""\n\n'
        self._classes.append(
            f"class {name}(TypedDict, total=False):\n{doc}" + "\n".join(lines) + "\n"
        )
        return name

    def _annotation(self, hint: Any, schema: dict[str, Any]) -> str:
        members = (
            [a for a in typing.get_args(hint) if a.__name__ != "Unset"]
            if _is_union(hint)
            else [hint]
        )
        if len(members) != 1:
            raise ParamsError(f"unsupported union type {hint!r}")
        (kind,) = members
        origin = typing.get_origin(kind)
        if origin is list:
            (item,) = typing.get_args(kind)
            return (
                f"Sequence[{self._annotation(item, _resolve(self._spec, schema.get('items', {})))}]"
            )
        if isinstance(kind, type) and attrs.has(kind):
            return f"{kind.__name__} | {self.typed_dict(kind, schema)}"
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            self._model_imports.add(kind.__name__)
            values = ", ".join(repr(member.value) for member in kind)
            return f"{kind.__name__} | Literal[{values}]"
        if kind is datetime.date:
            return "datetime.date | str"
        if kind in (str, int, bool, float):
            return kind.__name__
        if kind is Any or kind is dict:
            return "Any"
        raise ParamsError(f"unsupported type {kind!r}")

    def render(self, root_model: str) -> str:
        imports = ", ".join(sorted(self._model_imports))
        classes = "\n\n".join(reversed(self._classes))
        return (
            f'"""Generated by scripts/params_codegen.py from the models and the spec: do not edit.\n\n'
            f"TypedDicts of the keyword arguments that build a `{root_model}`: the generated models\n"
            f'or plain dicts for nested objects, enum members or their values."""\n\n'
            "from __future__ import annotations\n\n"
            "import datetime\nimport os\n"
            "from collections.abc import Sequence\n"
            "from typing import Any, Literal\n\n"
            # typing_extensions' TypedDict: pydantic can validate it on Python 3.11 as well.
            "from typing_extensions import Required, TypedDict\n\n"
            f"from .models import {imports}\n\n"
            f"{classes}"
        )


def _is_union(hint: Any) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType)
