"""The deploy-on-push workflow: valid against GitHub's schema, and doing what the README says."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import yaml
from conftest import REPO
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from newsarchive.config import SiteConfig

WORKFLOW = REPO / ".github" / "workflows" / "publish.yml"


def test_workflow_passes_the_github_workflow_schema():
    checker = Path(sys.executable).parent / "check-jsonschema"
    run = subprocess.run(
        [checker, "--builtin-schema", "vendor.github-workflows", WORKFLOW],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_workflow_tests_builds_with_the_cache_and_deploys_the_output():
    workflow = yaml.safe_load(WORKFLOW.read_text())
    steps = workflow["jobs"]["build"]["steps"]
    commands = [step.get("run", "") for step in steps]
    assert "./scripts/test" in commands
    assert any(c.startswith("./scripts/build") for c in commands)
    assert commands.index("./scripts/test") < next(
        i for i, c in enumerate(commands) if c.startswith("./scripts/build")
    )
    cache = next(step for step in steps if step.get("uses", "").startswith("actions/cache"))
    assert cache["with"]["path"] == SiteConfig(title="x").cache
    key = cache["with"]["key"]
    assert "hashFiles('constraints.txt')" in key and "plugins/newsarchive/" in key
    assert workflow["env"]["PIP_CONSTRAINT"].endswith("/constraints.txt")
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages"))
    assert upload["with"]["path"] == "output"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages")


def test_the_lock_pins_every_dependency_within_its_declared_range():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    lines = [*project["dependencies"]]
    for extra in project["optional-dependencies"].values():
        lines.extend(extra)
    declared = [
        Requirement(line)
        for line in lines
        if canonicalize_name(Requirement(line).name) != "newsarchive"
    ]
    pinned = {
        canonicalize_name(name): Version(version)
        for name, version in (
            line.split("==")
            for line in (REPO / "constraints.txt").read_text().splitlines()
            if line and not line.startswith("#")
        )
    }
    for requirement in declared:
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{name} is missing from constraints.txt: run scripts/lock"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (
            f"constraints.txt pins {name} {pinned[name]}, outside {requirement.specifier}: "
            "run scripts/lock"
        )
