"""The exclusions rules of the PDCP spec, as `scope.preview` applies them."""

from __future__ import annotations

import ast

import pytest

from scanclients import errors, scope
from tests.helpers import ROOT

# (target, patterns, expected): "in", or the reason it is left out.
TABLE = [
    # exact domains
    ("example.com", ["example.com"], "example.com"),
    ("EXAMPLE.com.", ["example.com"], "example.com"),
    ("www.example.com", ["example.com"], "in"),
    ("example.com", ["other.com"], "in"),
    # wildcards
    ("a.staging.example.com", ["*.staging.example.com"], "*.staging.example.com"),
    ("a.b.staging.example.com", ["*.staging.example.com"], "*.staging.example.com"),
    ("staging.example.com", ["*.staging.example.com"], "in"),
    ("stagingxexample.com", ["*.staging.example.com"], "in"),
    ("prod-1.example.com", ["prod-*.example.com"], "prod-*.example.com"),
    ("api.example.com", ["*"], "*"),
    ("Api.Example.Com", ["*.EXAMPLE.com"], "*.EXAMPLE.com"),
    ("example.org", ["*.example.com"], "in"),
    ("10.0.0.7", ["10.0.0.*"], "10.0.0.*"),
    # IPv4 addresses and ranges
    ("10.0.0.7", ["10.0.0.7"], "10.0.0.7"),
    ("10.0.0.8", ["10.0.0.7"], "in"),
    ("10.0.0.7", ["10.0.0.0/24"], "10.0.0.0/24"),
    ("10.0.1.7", ["10.0.0.0/24"], "in"),
    ("10.0.0.0/25", ["10.0.0.0/24"], "10.0.0.0/24"),
    ("10.0.0.0/23", ["10.0.0.0/24"], "in"),
    ("192.168.1.1", ["192.168.0.0/16"], "192.168.0.0/16"),
    # IPv6
    ("2001:db8::1", ["2001:db8::/32"], "2001:db8::/32"),
    ("2001:db9::1", ["2001:db8::/32"], "in"),
    ("::1", ["::1"], "::1"),
    ("10.0.0.1", ["::/0"], "in"),
    # URLs and ports
    ("https://app.staging.example.com/login", ["*.staging.example.com"], "*.staging.example.com"),
    ("https://10.0.0.9:8443/", ["10.0.0.0/24"], "10.0.0.0/24"),
    ("example.com:8080", ["example.com"], "example.com"),
    ("http://[2001:db8::5]:80/", ["2001:db8::/64"], "2001:db8::/64"),
    # allowlist mode
    ("prod-1.example.com", ["+prod-*.example.com"], "in"),
    ("dev-1.example.com", ["+prod-*.example.com"], scope.NOT_IN_ALLOWLIST),
    ("10.0.0.1", ["+prod-*.example.com"], scope.NOT_IN_ALLOWLIST),
    ("prod-x.staging.example.com", ["+prod-*", "*.staging.example.com"], "*.staging.example.com"),
    ("prod-x.example.com", ["+prod-*", "*.staging.example.com"], "in"),
    ("10.1.2.3", ["+10.0.0.0/8"], "in"),
    ("11.1.2.3", ["+10.0.0.0/8"], scope.NOT_IN_ALLOWLIST),
    ("10.9.9.9", ["+10.0.0.0/8", "10.9.0.0/16"], "10.9.0.0/16"),
    ("a.example.com", ["+a.example.com", "+b.example.com"], "in"),
    ("b.example.com", ["+a.example.com", "+b.example.com"], "in"),
    ("c.example.com", ["+a.example.com", "+b.example.com"], scope.NOT_IN_ALLOWLIST),
    # no patterns at all
    ("anything.example", [], "in"),
    # the first matching exclusion is the reason
    ("x.example.com", ["*.example.com", "x.example.com"], "*.example.com"),
]


@pytest.mark.parametrize(("target", "patterns", "expected"), TABLE)
def test_scope_rules(target, patterns, expected) -> None:
    preview = scope.preview(targets=[target], exclusions=patterns)
    if expected == "in":
        assert preview.included == [target]
        assert preview.excluded == {}
    else:
        assert preview.included == []
        assert preview.excluded == {target: expected}
    assert preview.allowlist_mode == any(p.startswith("+") for p in patterns)


def test_the_table_has_at_least_forty_cases() -> None:
    assert len(TABLE) >= 40


def test_the_docstring_example() -> None:
    preview = scope.preview(
        targets=["app.staging.example.com", "prod-1.example.com", "10.0.0.7"],
        exclusions=["*.staging.example.com", "+prod-*.example.com"],
    )
    assert preview.included == ["prod-1.example.com"]
    assert preview.excluded == {
        "app.staging.example.com": "*.staging.example.com",
        "10.0.0.7": "not in allowlist",
    }


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        ("10.0.0.0/33", "not a valid IP address or CIDR range"),
        ("300.1.1.1/8", "not a valid IP address or CIDR range"),
        ("2001:db8::/129", "not a valid IP address or CIDR range"),
        ("", "empty pattern"),
        ("   ", "empty pattern"),
        ("+", r"a bare '\+'"),
        ("+ ", r"a bare '\+'"),
        ("exa mple.com", "white space"),
        ("example..com", "not a domain"),
        ("-example.com", "not a domain"),
        ("ex@mple.com", "not a domain"),
        (".example.com", "not a domain"),
    ],
)
def test_a_malformed_pattern_is_a_validation_error(pattern, problem) -> None:
    with pytest.raises(errors.ValidationError, match=problem) as caught:
        scope.preview(targets=["example.com"], exclusions=["ok.com", pattern])
    assert caught.value.field == "exclusions[1]"


@pytest.mark.parametrize(
    ("targets", "field"),
    [(["a.com", ""], "targets[1]"), (["a.com", 5], "targets[1]"), ("a.com", "targets")],
)
def test_bad_targets_are_a_validation_error(targets, field) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        scope.preview(targets=targets, exclusions=[])
    assert caught.value.field == field


def test_exclusions_as_a_single_string_is_refused() -> None:
    with pytest.raises(errors.ValidationError, match="single string"):
        scope.preview(targets=["a.com"], exclusions="*.a.com")


def test_what_other_modules_use_from_scope_is_in_its_all() -> None:
    used: set[str] = set()
    for path in (ROOT / "wrapper" / "scanclients").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = any(
            isinstance(node, ast.ImportFrom) and any(a.name == "scope" for a in node.names)
            for node in ast.walk(tree)
        )
        if path.name == "scope.py" or not imported:
            continue
        used |= {
            node.attr
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "scope"
        }
    assert "parse_patterns" in used  # the PDCP body checks its exclusions with it
    assert used <= set(scope.__all__)
