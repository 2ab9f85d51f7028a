"""Regenerate generated/ from specs/: the PDCP client and the HostedScan models.

    python scripts/generate.py            # rewrite generated/ from specs/
    python scripts/generate.py --check    # regenerate elsewhere and compare; exit 1 on drift

Everything the output depends on is in specs/ (the specs, pdcp.overlay.yaml and generators.toml)
and in the pinned tool versions, which are checked before anything runs. The generators run in a
temporary directory outside the repository so that neither they nor ruff read this project's own
config; ruff runs over each part of a package once that part is final.

Both cores are used and no byte changes (scripts/generate_speed.py): HostedScan's generation runs
in a thread beside PDCP's; while openapi-python-client runs (fed JSON, which it parses far faster
than YAML), the resources step's parse of the spec runs in a thread; PDCP's models are shipped and
formatted while the params and resources steps run.

PDCP: specs/pdcp.yaml (never edited) is prepared by spec_prepare.py (normalised for the generator,
then corrected by the overlay); the prepared document is written to the scratch directory, fed to
openapi-python-client (whose whole output stays in the scratch directory), and handed to every step
in PDCP_STEPS, which run after it on that output. Of it, the package keeps only `[pdcp] ship` of
generators.toml: what runs (the generator's own client and per-operation functions are left
behind: the resources step reads the operations through the generator's parser, in process). One
line is printed per normalisation, fallback and overlay action that changed something, then the
count of methods and the totals.

HostedScan: specs/hostedscan.yaml (hand-written) is fed to datamodel-code-generator for the models,
which hostedscan_split.py splits into a module per class, loaded on first use; hostedscan_codegen.py
writes operations.py beside them (the operations as data, filter keywords,
enum Literals), naming only the model classes generated.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import tomllib
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_speed import EndpointsAhead, generator_input, ship, tree_state
from generated_tree import GENERATED, REFERENCE, ROOT, SPECS, install_packages, report_drift
from generator_tools import GenerationError, check_tool_versions, format_tree, run, tool
from hostedscan_codegen import HostedScanCodegenError, write_operations
from hostedscan_reference import HostedScanReferenceError, render_hostedscan_reference
from hostedscan_split import SplitModelsError, package_body, split_models
from lazy_models import LazyModelsError, make_models_lazy
from params_codegen import ParamsError, write_params_module
from resources_codegen import ResourcesError, write_resources
from spec_fallbacks import (
    file_media_type_overrides,
    untype_warned_answers,
    untype_warned_schemas,
)
from spec_names import METHODS
from spec_prepare import ADDITIONS, Prepared, SpecError, dump_document, load_document, prepare

CONFIG = SPECS / "generators.toml"


# Steps run on openapi-python-client's whole output, in order, each given the prepared spec
# (exactly what the generator was fed) and the generator's package directory in the scratch
# directory, and returning the lines it reports (`pdcp: fallback ...`). Add further codegen here
# (and what it writes to `[pdcp] ship`).
def _params_step(config: dict, spec: Path, package_dir: Path) -> list[str]:
    params = config["pdcp"]["params"]
    write_params_module(
        package_dir,
        spec,
        root_model=params["model"],
        schema_pointer=params["schema"],
        accept_paths=params["accept_paths"],
    )
    return []


def _lazy_models_step(config: dict, spec: Path, package_dir: Path) -> list[str]:
    make_models_lazy(package_dir)
    return []


def _resources_step(config: dict, spec: Path, package_dir: Path) -> list[str]:
    # The resource classes go in the package; the reference beside generated/ (as docs/api.md):
    # the generator's output is in <top>/generator/<package> and generated/ is <top>/generated.
    lines: list[str] = []
    # The generator's settings as it was run with them: its parser reads the spec again.
    overrides, _ = file_media_type_overrides(load_document(spec.read_bytes()))
    generator = {**config["pdcp"]["config"], "content_type_overrides": overrides}
    reference = write_resources(
        package_dir, spec, config["pdcp"].get("resources", {}), lines, generator
    )
    target = package_dir.parent.parent / REFERENCE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(reference)
    # The last line counts the methods; the others are fallbacks.
    return [f"fallback {line}" for line in lines[:-1]] + lines[-1:]


# Lazy models first: the params and resources steps then import only the models they read.
PDCP_STEPS = [_lazy_models_step, _params_step, _resources_step]
ERRORS = (
    GenerationError,
    SpecError,
    ParamsError,
    LazyModelsError,
    ResourcesError,
    HostedScanReferenceError,
    HostedScanCodegenError,
    SplitModelsError,
)


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
                return report_drift(out)
            install_packages(out)
    except ERRORS as exc:
        print(f"generate: {exc}", file=sys.stderr)
        return 1
    print(f"generate: wrote {GENERATED.relative_to(ROOT)}/ from {SPECS.relative_to(ROOT)}/")
    return 0


def generate_into(out: Path, scratch: Path, *, specs: Path = SPECS, quiet: bool = False) -> None:
    """Generate both packages from `specs` into `out`; raise one of ERRORS on any failure.

    Beside `out` (in a scratch directory): docs/api.md, and generator/, openapi-python-client's
    whole output, which the steps read and which is not shipped.
    """
    config = tomllib.loads((specs / CONFIG.name).read_text())
    check_tool_versions(config["versions"])
    # HostedScan's generation (a datamodel-codegen process, then ruff over its package) shares
    # nothing with PDCP's: it runs in a thread meanwhile, on the second core. Each package is
    # formatted on its own (ruff's fixes and formatting are per file: the same bytes).
    with ThreadPoolExecutor(max_workers=2) as pool:
        hostedscan_models = pool.submit(_generate_hostedscan, config, specs, out, scratch)
        try:
            pdcp_spec, prepared = _prepare_pdcp_spec(config["pdcp"], specs, scratch)
            lines = prepared.report("pdcp")
            full, reported = _generate_pdcp(
                config, pdcp_spec, specs, out, scratch, prepared.document, pool
            )
            lines += [f"pdcp: {line}" for line in reported]
            lines.append(_pdcp_totals(prepared.document, full))
        except BaseException:
            hostedscan_models.cancel()  # PDCP's failure is the one reported
            raise
        models = hostedscan_models.result()
    lines.append(f"hostedscan: {models} models generated")
    # docs/api.md (written by the resources step) gains HostedScan's operations and methods.
    hostedscan = load_document((specs / config["hostedscan"]["spec"]).read_bytes())
    with (out.parent / REFERENCE).open("a") as reference:
        reference.write(
            render_hostedscan_reference(hostedscan, config["hostedscan"].get("reference", {}))
        )
    if not quiet:
        print("\n".join(lines))


def _prepare_pdcp_spec(pdcp: dict[str, str], specs: Path, scratch: Path) -> tuple[Path, Prepared]:
    source = specs / pdcp["spec"]
    overlay = specs / pdcp["overlay"]
    additions = specs / ADDITIONS.name
    prepared = prepare(
        source.read_bytes(),
        overlay.read_bytes() if overlay.exists() else None,
        source=f"specs/{pdcp['spec']}",
        additions=additions.read_bytes() if additions.exists() else None,
    )
    spec = scratch / f"{Path(pdcp['spec']).stem}.prepared.yaml"
    spec.write_bytes(dump_document(prepared.document))
    return spec, prepared


def _pdcp_totals(document: dict, package_dir: Path) -> str:
    operations = sum(
        1 for item in document["paths"].values() for method in item if method in METHODS
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


def _generate_pdcp(
    config: dict,
    spec: Path,
    specs: Path,
    out: Path,
    scratch: Path,
    document: dict,
    pool: ThreadPoolExecutor,
) -> tuple[Path, list[str]]:
    """Generate into the scratch directory, run the steps there, copy what ships to `out`.

    Return the generator's whole package (in the scratch directory), which the totals count, and
    the lines the generation reports (fallbacks, the count of methods).
    """
    pdcp = config["pdcp"]
    overrides, reported = file_media_type_overrides(document)
    reported = [f"fallback {line}" for line in reported]
    settings = scratch / "openapi-python-client.json"
    generator = {**pdcp["config"], "content_type_overrides": overrides}
    settings.write_text(json.dumps(generator))
    endpoints = EndpointsAhead(pool, spec, generator)
    full = out.parent / "generator" / pdcp["package"]
    command = [
        tool("openapi-python-client"),
        "generate",
        "--config",
        str(settings),
        "--meta",
        "none",
        "--output-path",
        str(full),
        "--fail-on-warning",
        *(
            ["--custom-template-path", str(SPECS / pdcp["templates"])]
            if "templates" in pdcp
            else []
        ),
    ]
    for attempt in range(3):
        try:
            # Written again for each attempt: a fallback may change what JSON can carry.
            run([*command, "--path", str(generator_input(spec, document))], cwd=scratch)
            break
        except GenerationError as error:
            # The last resort (spec_fallbacks): what the generator names, untyped; then again.
            untyped = untype_warned_schemas(document, str(error))
            untyped += untype_warned_answers(document, str(error))
            if not untyped or attempt == 2:
                raise
            reported += [f"fallback {line}" for line in untyped]
            spec.write_bytes(dump_document(document))
            shutil.rmtree(full, ignore_errors=True)
    package_dir = out / pdcp["package"]
    package_dir.mkdir(parents=True)
    early: Future[None] | None = None
    early_state: dict[str, tuple[int, int]] = {}
    with endpoints:
        for step in PDCP_STEPS:
            reported += step(config, spec, full)
            if step is _lazy_models_step and "models" in pdcp["ship"]:
                # The models (most of the package) are final once made lazy: shipped and
                # formatted in a thread while the other steps run on the scratch copy.
                early = pool.submit(ship, full, package_dir, ["models"])
                early_state = tree_state(full / "models")
    rest = list(pdcp["ship"])
    if early is not None:
        early.result()
        if tree_state(full / "models") == early_state:
            rest.remove("models")
        else:  # a later step changed the models: shipped again, as they now are
            shutil.rmtree(package_dir / "models")
    # The generator's __init__.py imports its client, which is not shipped: the header alone.
    _stamp_package(
        package_dir,
        spec_name=f"specs/{pdcp['spec']}",
        spec_bytes=(specs / pdcp["spec"]).read_bytes(),
        contract=spec.read_bytes(),
        generator=f"openapi-python-client {config['versions']['openapi-python-client']}",
    )
    ship(full, package_dir, rest, also=("__init__.py",))
    return full, reported


def _generate_hostedscan(config: dict, specs: Path, out: Path, scratch: Path) -> int:
    hostedscan = config["hostedscan"]
    spec = specs / hostedscan["spec"]
    package_dir = out / hostedscan["package"]
    package_dir.mkdir(parents=True)
    if "base_module" in hostedscan:  # the models' --base-class, shipped with them
        shutil.copyfile(SPECS / hostedscan["base_module"], package_dir / "_base.py")
    # datamodel-codegen's one models.py (left in the scratch directory), split by class.
    models = scratch / f"{hostedscan['package']}.models.py"
    run(
        [
            tool("datamodel-codegen"),
            "--input",
            str(spec),
            "--output",
            str(models),
            *hostedscan["args"],
        ],
        cwd=scratch,
    )
    names = split_models(models.read_text(), package_dir)
    # The operations as data (hostedscan_codegen), naming only classes the models have.
    document = load_document(spec.read_bytes())
    write_operations(package_dir, document, hostedscan, names)
    _stamp_package(
        package_dir,
        spec_name=f"specs/{hostedscan['spec']}",
        spec_bytes=spec.read_bytes(),
        contract=spec.read_bytes(),
        generator=f"datamodel-code-generator {config['versions']['datamodel-code-generator']}",
        body=package_body(names),
    )
    format_tree(package_dir)
    return len(names)


def _stamp_package(
    package_dir: Path,
    *,
    spec_name: str,
    spec_bytes: bytes,
    contract: bytes,
    generator: str,
    body: str = "",
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
    (package_dir / "__init__.py").write_text(header + body)
    (package_dir / "py.typed").write_text("")
    # The package carries its contract, for the mock service and for vendored copies.
    (package_dir / "openapi.yaml").write_bytes(contract)


if __name__ == "__main__":
    sys.exit(main())
