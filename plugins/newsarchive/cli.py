"""The `newsarchive` command: build, serve, inspect, check.

Exit codes: 0 success, 1 problems found (or any warning under --strict),
2 the site or its configuration cannot be used at all.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from . import __version__
from .build import BuildError, build_site
from .config import ConfigError, SiteConfig, load_site_config
from .inspect import inspect_files, render_text
from .model import Problem
from .progress import at_a_terminal
from .registry import RegistryError

EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        return args.run(args)
    except (ConfigError, RegistryError) as error:
        print(f"error: {error}", file=sys.stderr)
        if error.fix:
            print(f"  fix: {error.fix}", file=sys.stderr)
        return EXIT_UNUSABLE
    except BuildError as error:
        print(f"error: {error}; the output folder was left unchanged", file=sys.stderr)
        return EXIT_PROBLEMS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsarchive", description="Raw scraped news articles into a static archive site."
    )
    parser.add_argument("--version", action="version", version=f"newsarchive {__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="build the site")
    build.add_argument(
        "site",
        nargs="?",
        type=Path,
        default=Path("."),
        help="folder holding site.yaml (default: here)",
    )
    build.add_argument("-o", "--output", type=Path, help="output folder (default: SITE/output)")
    build.add_argument(
        "--strict", action="store_true", help="fail (exit 1, publish nothing) on any warning"
    )
    build.set_defaults(run=run_build)

    serve = commands.add_parser("serve", help="build, serve on 127.0.0.1, rebuild on change")
    serve.add_argument("site", nargs="?", type=Path, default=Path("."))
    serve.add_argument("-o", "--output", type=Path)
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(run=run_serve)

    inspect = commands.add_parser("inspect", help="show what the pipeline makes of files")
    inspect.add_argument("files", nargs="+", type=Path, metavar="FILE")
    inspect.add_argument(
        "--site", type=Path, help="site whose settings and articles inform cleaning"
    )
    inspect.add_argument("--json", action="store_true", help="print JSON (one object per file)")
    inspect.set_defaults(run=run_inspect)

    batch = commands.add_parser("import", help="add a batch of article files to content/")
    batch.add_argument(
        "batches", nargs="+", type=Path, metavar="BATCH", help="a folder, a .zip, or article files"
    )
    batch.add_argument("--site", type=Path, default=Path("."))
    batch.add_argument(
        "--manifest", type=Path, help="CSV with path,url,date,source,title to fill front matter"
    )
    batch.add_argument(
        "--batch",
        dest="batch_name",
        help="folder name under content/ (default: the first batch's name)",
    )
    batch.add_argument("--dry-run", action="store_true", help="report, write nothing")
    batch.set_defaults(run=run_import)

    check = commands.add_parser("check", help="validate config and content; write nothing")
    check.add_argument("site", nargs="?", type=Path, default=Path("."))
    output = check.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print problems as JSON")
    output.add_argument(
        "--github", action="store_true", help="print problems as GitHub Actions annotations"
    )
    check.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    check.set_defaults(run=run_check)
    return parser


def run_build(args: argparse.Namespace) -> int:
    config = load_site_config(args.site)
    output = args.output or config.root / "output"
    # Someone at a terminal is likely to build again soon: keep the model warm.
    warm_model = at_a_terminal() and config.actors.statistical
    result = build_site(config, output, strict=args.strict, warm_model=warm_model)
    _print_problems(result.problems)
    if not result.published:
        print(
            f"--strict: {len(result.problems)} warning(s); nothing was published to {output}",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    print(result.summary())
    if warm_model and config.actors.model_warm_minutes and _model_host_listening():
        print(
            f"The statistical model stays loaded for {config.actors.model_warm_minutes} "
            "minutes after its last use, for the next build (actors.model_warm_minutes)."
        )
    print(
        f"Open {result.output / 'index.html'} in a browser, or run: newsarchive serve {args.site}"
    )
    return EXIT_OK


def _model_host_listening() -> bool:
    from .recognise.model_host import host_socket

    path = host_socket()
    return path is not None and path.exists()


def run_serve(args: argparse.Namespace) -> int:
    from .serve import serve

    config = load_site_config(args.site)
    return serve(config, args.site, args.output or config.root / "output", args.port)


def run_inspect(args: argparse.Namespace) -> int:
    config: SiteConfig | None = load_site_config(args.site) if args.site else None
    archive = inspect_files(args.files, config)
    if args.json:
        print(json.dumps([r.to_json() for r in archive.records], ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(render_text(record) for record in archive.records))
    _print_problems(archive.problems)
    return EXIT_PROBLEMS if any(p.fatal for p in archive.problems) else EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    from .importer import ManifestError, import_batches, render_table

    config = load_site_config(args.site)
    missing = [str(b) for b in args.batches if not b.exists()]
    if missing:
        print(f"error: no such batch: {', '.join(missing)}", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        outcomes = import_batches(
            args.batches, config, args.manifest, args.dry_run, args.batch_name
        )
    except ManifestError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    print(render_table(outcomes))
    if args.dry_run:
        print("Dry run: nothing was written.")
    return EXIT_PROBLEMS if any(o.status == "rejected" for o in outcomes) else EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    from .check import check_site

    result = check_site(args.site)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    elif args.github:
        print(result.to_github())
    else:
        _print_problems(result.problems)
        print(
            f"Checked {result.files} files: {result.articles} articles, "
            f"{result.errors} error(s), {len(result.problems) - result.errors} warning(s)."
        )
    failing = result.problems if args.strict else [p for p in result.problems if p.fatal]
    return EXIT_PROBLEMS if failing else EXIT_OK


def _print_problems(problems: list[Problem] | tuple[Problem, ...]) -> None:
    for problem in problems:
        print(f"{problem.severity}: {problem}", file=sys.stderr)
        if problem.fix:
            print(f"  fix: {problem.fix}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
