"""The `newsarchive` command: build, serve, inspect, import, check.

Exit codes: 0 success, 1 problems found (a file left out, or any warning under
--strict), 2 the site or its configuration cannot be used at all, 141 when the
output was closed early (`| head`), as for other command-line tools.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import types
from pathlib import Path

from . import __version__
from .progress import at_a_terminal

EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE = 0, 1, 2
DEFAULT_PORT = 8000
EXIT_OUTPUT_CLOSED = 128 + 13  # as if killed by SIGPIPE, like `cat` or `grep`


def main(argv: list[str] | None = None) -> int:
    """Run a command; at a terminal, in the warm host when one listens (see `host`)."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    args = _parser().parse_args(arguments)  # a usage error is said from here, at once
    host = _warm_host() if args.warm and at_a_terminal() else None
    code = host.run_in_host(arguments) if host else None
    return _run_parsed(args) if code is None else code


def _warm_host() -> types.ModuleType | None:
    """`host`, where it can run (fork and Unix sockets); imported only when of use."""
    if os.name != "posix":
        return None
    from . import host

    return host


def run_here(argv: list[str]) -> int:
    """Run a command in this process (the host's children start here)."""
    return _run_parsed(_parser().parse_args(argv))


def _run_parsed(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        code = _run(args)
        sys.stdout.flush()  # a reader gone away shows here, not at Python's exit
        return code
    except BrokenPipeError:
        # Whatever is still buffered goes nowhere, so Python's exit says nothing either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OUTPUT_CLOSED


def _run(args: argparse.Namespace) -> int:
    from .build import BuildError
    from .model import SettingsError
    from .report import print_problems, settings_problems

    try:
        return args.run(args)
    except SettingsError as error:
        print_problems(settings_problems(error))
        return EXIT_UNUSABLE
    except BuildError as error:
        print(f"error: {error}; the output folder was left unchanged", file=sys.stderr)
        return EXIT_PROBLEMS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsarchive", description="Raw scraped news articles into a static archive site."
    )
    parser.add_argument("--version", action="version", version=f"newsarchive {__version__}")
    parser.set_defaults(warm=False)  # `warm`: worth running in the host at a terminal
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
    build.set_defaults(run=run_build, warm=True)

    serve = commands.add_parser("serve", help="build, serve on 127.0.0.1, rebuild on change")
    serve.add_argument("site", nargs="?", type=Path, default=Path("."))
    serve.add_argument("-o", "--output", type=Path)
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.set_defaults(run=run_serve)

    inspect = commands.add_parser("inspect", help="show what the pipeline makes of files")
    inspect.add_argument("files", nargs="+", type=Path, metavar="FILE")
    inspect.add_argument(
        "--site", type=Path, help="site whose settings and articles inform cleaning"
    )
    inspect.add_argument("--json", action="store_true", help="print JSON (one object per file)")
    inspect.set_defaults(run=run_inspect, warm=True)

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
    batch.set_defaults(run=run_import, warm=True)

    check = commands.add_parser("check", help="validate config and content; write nothing")
    check.add_argument("site", nargs="?", type=Path, default=Path("."))
    output = check.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print problems as JSON")
    output.add_argument(
        "--github", action="store_true", help="print problems as GitHub Actions annotations"
    )
    check.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    check.set_defaults(run=run_check, warm=True)
    return parser


def run_build(args: argparse.Namespace) -> int:
    from .build import build_site
    from .config import load_site_config
    from .model import tally
    from .report import print_problems, user_path

    config = load_site_config(args.site)
    output = args.output or config.root / "output"
    # Someone at a terminal is likely to run another command soon: keep newsarchive loaded.
    host = _warm_host() if at_a_terminal() and config.warm_minutes > 0 else None
    warm = host is not None and host.keep_warm(config.warm_minutes * 60)
    result = build_site(config, output, strict=args.strict)
    print_problems(result.problems, config.root)
    if not result.published:
        print(
            f"--strict: {tally(result.problems)}; nothing was published to {user_path(output)}",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    print(result.summary())
    if warm:
        print(
            f"newsarchive stays loaded in the background for {config.warm_minutes} minutes "
            "after its last command, so the next one here starts at once (warm_minutes)."
        )
    print(
        f"Open {user_path(result.output / 'index.html')} in a browser (it works from disk), "
        f"or run: {command_name()} serve {user_path(config.root)} "
        f"and visit http://127.0.0.1:{DEFAULT_PORT}/"
    )
    return EXIT_PROBLEMS if result.errors else EXIT_OK


def command_name() -> str:
    """How to run this command again from here: `newsarchive` when that name finds
    this very program, else its path (`.venv/bin/newsarchive` before activating)."""
    program = Path(sys.argv[0])
    found = shutil.which(program.name)
    if found is not None and Path(found).resolve() == program.resolve():
        return program.name
    from .report import user_path

    return user_path(program) if program.name == "newsarchive" else "newsarchive"


def run_serve(args: argparse.Namespace) -> int:
    from .config import load_site_config
    from .serve import serve

    config = load_site_config(args.site)
    return serve(config, args.site, args.output or config.root / "output", args.port)


def run_inspect(args: argparse.Namespace) -> int:
    from .config import SiteConfig, load_site_config
    from .inspect import inspect_files, render_text
    from .report import print_problems

    config: SiteConfig | None = load_site_config(args.site) if args.site else None
    archive = inspect_files(args.files, config)
    if args.json:
        print(json.dumps([r.to_json() for r in archive.records], ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(render_text(record) for record in archive.records))
    print_problems(archive.problems)
    return EXIT_PROBLEMS if any(p.fatal for p in archive.problems) else EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    from .config import load_site_config
    from .importer import import_batches, render_table

    config = load_site_config(args.site)
    missing = [str(b) for b in args.batches if not b.exists()]
    if missing:
        print(f"error: no such batch: {', '.join(missing)}", file=sys.stderr)
        return EXIT_UNUSABLE
    outcomes = import_batches(args.batches, config, args.manifest, args.dry_run, args.batch_name)
    print(render_table(outcomes, config.root))
    if args.dry_run:
        print("Dry run: nothing was written.")
    return EXIT_PROBLEMS if any(o.status == "rejected" for o in outcomes) else EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    from .check import check_site
    from .report import print_problems

    result = check_site(args.site)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    elif args.github:
        print("\n".join(filter(None, (result.to_github(), result.summary()))))
    else:
        print_problems(result.problems)
        print(result.summary())
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    failing = result.problems if args.strict else [p for p in result.problems if p.fatal]
    return EXIT_PROBLEMS if failing else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
