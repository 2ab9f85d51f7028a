"""Hypothesis strategies for the JSON Schema subset the two specs use ($refs already inlined).

hypothesis-jsonschema would do this, but its release does not run with the current Hypothesis;
the specs use few keywords, so a small, exact builder is clearer than pinning an old Hypothesis.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

__all__ = ["from_schema", "json_values"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def from_schema(schema: dict[str, Any], *, max_items: int = 4) -> st.SearchStrategy[Any]:
    """Values valid against `schema`."""
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "anyOf" in schema or "oneOf" in schema:
        base = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf")}
        return st.one_of(
            [
                from_schema(_merge(base, branch), max_items=max_items)
                for branch in schema.get("anyOf", schema.get("oneOf"))
            ]
        )
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([from_schema({**schema, "type": k}, max_items=max_items) for k in kind])
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        return st.fixed_dictionaries(
            {
                name: from_schema(sub, max_items=max_items)
                for name, sub in properties.items()
                if name in required
            },
            optional={
                name: from_schema(sub, max_items=max_items)
                for name, sub in properties.items()
                if name not in required
            },
        )
    if kind == "array":
        return st.lists(
            from_schema(schema.get("items", {}), max_items=max_items),
            min_size=schema.get("minItems", 0),
            max_size=min(schema.get("maxItems", max_items), max_items),
        )
    if kind == "string":
        if schema.get("format") == "date":
            return st.dates().map(lambda d: d.isoformat())
        if "pattern" in schema:
            return st.from_regex(schema["pattern"], fullmatch=True)
        return st.text(min_size=schema.get("minLength", 0), max_size=24)
    if kind == "integer":
        return st.integers(schema.get("minimum"), schema.get("maximum"))
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    return json_values  # no type: any JSON value


def _merge(base: dict[str, Any], branch: dict[str, Any]) -> dict[str, Any]:
    merged = {**base, **{k: v for k, v in branch.items() if k not in ("required", "properties")}}
    if "required" in base or "required" in branch:
        merged["required"] = [*base.get("required", []), *branch.get("required", [])]
    if "properties" in base or "properties" in branch:
        merged["properties"] = {**base.get("properties", {}), **branch.get("properties", {})}
    return merged
