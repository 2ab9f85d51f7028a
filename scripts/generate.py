"""Regenerate generated/ from specs/: the PDCP client and the HostedScan models.

    python scripts/generate.py            # rewrite generated/ from specs/
    python scripts/generate.py --check    # regenerate elsewhere and compare; exit 1 on drift

Everything the output depends on is in specs/ (the specs, pdcp.overlay.yaml and generators.toml)
and in the pinned tool versions, which are checked before anything runs. The generators run in a
temporary directory outside the repository so that neither they nor the ruff they call read this
project's own config.

PDCP: specs/pdcp.yaml (never edited) is prepared by spec_prepare.py (normalised for the generator,
then corrected by the overlay); the prepared document is written to the scratch directory, fed to
openapi-python-client, and handed to every step in PDCP_STEPS, which run after it on the package.
One line is printed per normalisation and overlay action that changed something, then the totals.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lazy_models import LazyModelsError, make_models_lazy
from params_codegen import ParamsError, write_params_module
from resources_codegen import ResourcesError, write_resources
from spec_prepare import SpecError, dump_document, load_document, prepare

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
CONFIG = SPECS / "generators.toml"
# The API reference is written with the resources; it is checked for drift like generated/.
REFERENCE = Path("docs") / "api.md"


class GenerationError(Exception):
    """A generator failed, or the tools are not the pinned versions."""


# Steps run on the PDCP package after openapi-python-client, in order, each given the prepared
# spec (exactly what the generator was fed) and the package directory. Add further codegen here.
def _params_step(config: dict, spec: Path, package_dir: Path) -> None:
    params = config["pdcp"]["params"]
    write_params_module(
        package_dir,
        spec,
        root_model=params["model"],
        schema_pointer=params["schema"],
        accept_paths=params["accept_paths"],
    )
    _format(package_dir, "params.py")


def _lazy_models_step(config: dict, spec: Path, package_dir: Path) -> None:
    make_models_lazy(package_dir)
    _format(package_dir / "models", "__init__.py")


def _resources_step(config: dict, spec: Path, package_dir: Path) -> None:
    # The resource classes go in the package; the reference beside generated/ (as docs/api.md).
    reference = write_resources(package_dir, spec, config["pdcp"].get("resources", {}))
    _format(package_dir, "resources")
    target = package_dir.parent.parent / REFERENCE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(reference)


PDCP_STEPS = [_params_step, _lazy_models_step, _resources_step]
ERRORS = (GenerationError, SpecError, ParamsError, LazyModelsError, ResourcesError)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary directory and list the files that differ from generated/",
    )
    args = parser.parse_args(argv)
    try:
        with tempfile.TemporaryDirectory(prefix="scanclients-gen-") as scratch:
            out = Path(scratch) / "generated"
            generate_into(out, Path(scratch), quiet=args.check)
            if args.check:
                return _report_drift(out)
            _install(out)
    except ERRORS as exc:
        print(f"generate: {exc}", file=sys.stderr)
        return 1
    print(f"generate: wrote {GENERATED.relative_to(ROOT)}/ from {SPECS.relative_to(ROOT)}/")
    return 0


def generate_into(out: Path, scratch: Path, *, specs: Path = SPECS, quiet: bool = False) -> None:
    """Generate both packages from `specs` into `out`; raise one of ERRORS on any failure."""
    config = tomllib.loads((specs / CONFIG.name).read_text())
    _check_tool_versions(config["versions"])
    pdcp_spec, lines = _prepare_pdcp_spec(config["pdcp"], specs, scratch)
    _generate_pdcp(config, pdcp_spec, specs, out, scratch)
    lines.append(_pdcp_totals(yaml_document(pdcp_spec), out / config["pdcp"]["package"]))
    _generate_hostedscan(config, specs, out, scratch)
    if not quiet:
        print("\n".join(lines))


def _check_tool_versions(pins: dict[str, str]) -> None:
    wrong = []
    for distribution, pinned in pins.items():
        try:
            installed = metadata.version(distribution)
        except metadata.PackageNotFoundError:
            installed = "not installed"
        if installed != pinned:
            wrong.append(f"{distribution} {installed} (pinned: {pinned})")
    if wrong:
        raise GenerationError(
            "the generator tools are not the pinned versions: "
            + ", ".join(wrong)
            + ". Run `make setup`."
        )


def _prepare_pdcp_spec(pdcp: dict[str, str], specs: Path, scratch: Path) -> tuple[Path, list[str]]:
    source = specs / pdcp["spec"]
    overlay = specs / pdcp["overlay"]
    prepared = prepare(
        source.read_bytes(),
        overlay.read_bytes() if overlay.exists() else None,
        source=f"specs/{pdcp['spec']}",
    )
    spec = scratch / f"{Path(pdcp['spec']).stem}.prepared.yaml"
    spec.write_bytes(dump_document(prepared.document))
    return spec, prepared.report("pdcp")


def yaml_document(path: Path) -> dict:
    return load_document(path.read_bytes(), source=str(path))


def _pdcp_totals(document: dict, package_dir: Path) -> str:
    operations = sum(
        1
        for item in document["paths"].values()
        for method in item
        if method in ("get", "put", "post", "delete", "options", "head", "patch", "trace")
    )
    modules = [p for p in (package_dir / "api").rglob("*.py") if p.name != "__init__.py"]
    models = len(list((package_dir / "models").glob("*.py"))) - 1
    schemas = len(document.get("components", {}).get("schemas", {}))
    if len(modules) != operations:
        raise GenerationError(
            f"{len(modules)} operations generated of the {operations} in the spec"
        )
    return (
        f"pdcp: {operations} operations, {schemas} schemas generated "
        f"({models} model modules with the inline ones)"
    )


def _generate_pdcp(config: dict, spec: Path, specs: Path, out: Path, scratch: Path) -> None:
    pdcp = config["pdcp"]
    settings = scratch / "openapi-python-client.json"
    settings.write_text(json.dumps(pdcp["config"]))
    package_dir = out / pdcp["package"]
    _run(
        [
            _tool("openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--config",
            str(settings),
            "--meta",
            "none",
            "--output-path",
            str(package_dir),
            "--fail-on-warning",
        ],
        cwd=scratch,
    )
    for step in PDCP_STEPS:
        step(config, spec, package_dir)
    _stamp_package(
        package_dir,
        spec_name=f"specs/{pdcp['spec']}",
        spec_bytes=(specs / pdcp["spec"]).read_bytes(),
        contract=spec.read_bytes(),
        generator=f"openapi-python-client {config['versions']['openapi-python-client']}",
        body=(package_dir / "__init__.py").read_text(),
    )


def _generate_hostedscan(config: dict, specs: Path, out: Path, scratch: Path) -> None:
    hostedscan = config["hostedscan"]
    spec = specs / hostedscan["spec"]
    package_dir = out / hostedscan["package"]
    package_dir.mkdir(parents=True)
    models = package_dir / "models.py"
    _run(
        [
            _tool("datamodel-codegen"),
            "--input",
            str(spec),
            "--output",
            str(models),
            *hostedscan["args"],
        ],
        cwd=scratch,
    )
    names = [
        node.name for node in ast.parse(models.read_text()).body if isinstance(node, ast.ClassDef)
    ]
    imports = "".join(f"    {name},\n" for name in names)
    exports = "".join(f'    "{name}",\n' for name in names)
    body = f"from .models import (\n{imports})\n\n__all__ = [\n{exports}]\n"
    _stamp_package(
        package_dir,
        spec_name=f"specs/{hostedscan['spec']}",
        spec_bytes=spec.read_bytes(),
        contract=spec.read_bytes(),
        generator=f"datamodel-code-generator {config['versions']['datamodel-code-generator']}",
        body=body,
    )


def _stamp_package(
    package_dir: Path,
    *,
    spec_name: str,
    spec_bytes: bytes,
    contract: bytes,
    generator: str,
    body: str,
) -> None:
    """Write the package's __init__.py with the provenance header on top, and py.typed.

    `spec_bytes` is the shipped spec (its digest is the provenance); `contract` is the document the
    generator was fed, which the package carries as openapi.yaml for the mock service's checks.
    """
    digest = hashlib.sha256(spec_bytes).hexdigest()
    header = (
        f'"""Generated code: do not edit. Change {spec_name} or specs/generators.toml and run\n'
        f"`make generate`.\n\n"
        f"Spec: {spec_name} (sha256 {digest})\n"
        f'Generator: {generator}\n"""\n\n'
        f'__spec_sha256__ = "{digest}"\n'
        f'__generator__ = "{generator}"\n\n'
    )
    # The generator's own docstring, if any, is replaced by the header.
    tree = ast.parse(body)
    if (
        tree.body
        and isinstance(tree.body[0], ast.Expr)
        and isinstance(tree.body[0].value, ast.Constant)
    ):
        body = "\n".join(body.splitlines()[tree.body[0].end_lineno :]).lstrip("\n") + "\n"
    (package_dir / "__init__.py").write_text(header + body)
    (package_dir / "py.typed").write_text("")
    # The package carries its contract, for the mock service and for vendored copies.
    (package_dir / "openapi.yaml").write_bytes(contract)
    _format(package_dir, "__init__.py")


def _format(package_dir: Path, name: str) -> None:
    isolated = ["--isolated", "--target-version", "py311", "--quiet"]
    _run([_tool("ruff"), "check", *isolated, "--fix-only", name], cwd=package_dir)
    _run([_tool("ruff"), "format", *isolated, name], cwd=package_dir)


def _report_drift(out: Path) -> int:
    drift = _differences(out, GENERATED)
    reference = out.parent / REFERENCE
    if reference.read_bytes() != _read_or_none(ROOT / REFERENCE):
        drift.append(str(REFERENCE))
    if drift:
        print("generate --check: out of date with specs/ (run `make generate`):", file=sys.stderr)
        for path in drift:
            print(f"  {path}", file=sys.stderr)
        return 1
    print("generate --check: generated/ matches specs/")
    return 0


def _differences(fresh: Path, committed: Path) -> list[str]:
    def files(top: Path) -> set[str]:
        if not top.exists():
            return set()
        return {
            str(p.relative_to(top))
            for p in top.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    fresh_files, committed_files = files(fresh), files(committed)
    differing = []
    for name in sorted(fresh_files | committed_files):
        a, b = fresh / name, committed / name
        if not (a.exists() and b.exists() and filecmp.cmp(a, b, shallow=False)):
            differing.append(f"generated/{name}")
    return differing


def _read_or_none(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


def _install(out: Path) -> None:
    for package in sorted(p for p in out.iterdir() if p.is_dir()):
        target = GENERATED / package.name
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(package, target)
    (ROOT / REFERENCE).parent.mkdir(exist_ok=True)
    shutil.copyfile(out.parent / REFERENCE, ROOT / REFERENCE)


def _tool(name: str) -> str:
    # The tools of the interpreter running this script, whatever PATH says.
    return str(Path(sys.executable).parent / name)


def _run(command: list[str], cwd: Path) -> None:
    environment = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        # ruff's cache would land inside the generated packages.
        "RUFF_NO_CACHE": "true",
    }
    result = subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise GenerationError(
            f"{Path(command[0]).name} failed (exit {result.returncode}):\n{output}"
        )


if __name__ == "__main__":
    sys.exit(main())
