"""The warm host: commands run at a terminal hand their command line to a process that
has newsarchive, Pelican and the model loaded, and that forks a child to run each.

These start real hosts (real spaCy, real Unix sockets, real forks) in private
runtime folders and drive the real command at a pseudo-terminal.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import (
    AtATerminal,
    at_a_terminal,
    demo_site,
    files_of,
    make_site,
    runtime_folder,
    stop_hosts,
    terminal_environment,
)

from bench.actors import make_pool
from bench.archive import generate, write_article
from newsarchive.host import host_socket, keep_warm, log_path
from newsarchive.recognise.statistical import ModelUnavailable, read_entities

# A name the rules cannot type, so the build asks the model.
STORY = (
    "Export curbs tighten\n\n"
    "Shares in Gazprom fell sharply on Monday after the new export curbs were announced, "
    "and traders expected further falls later in the week.\n"
)
STAYS_LOADED = "newsarchive stays loaded in the background for 10 minutes"


def hosts_of(runtime: Path) -> Path:
    return runtime / f"newsarchive-{os.getuid()}"


def host_log(runtime: Path) -> str:
    (log,) = hosts_of(runtime).glob("host-*.log")
    return log.read_text()


def host_pid(runtime: Path) -> int:
    (lock,) = hosts_of(runtime).glob("host-*.lock")
    return int(lock.read_text())


def wait_for(condition, seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def ready(runtime: Path) -> bool:
    logs = list(hosts_of(runtime).glob("host-*.log"))
    return len(logs) == 1 and "ready" in logs[0].read_text()


def running(pid: int) -> bool:
    try:
        return " Z " not in Path(f"/proc/{pid}/stat").read_text()  # a zombie has ended
    except FileNotFoundError:
        return False


@pytest.fixture(scope="module")
def model() -> None:
    try:
        read_entities(["Warm-up."])
    except ModelUnavailable as error:
        pytest.skip(str(error))


@pytest.fixture(scope="module")
def warm(model, tmp_path_factory) -> Iterator[dict[str, str]]:
    """A terminal's environment whose host was started by a first build and is ready."""
    runtime = runtime_folder()
    environment = terminal_environment(runtime)
    site = make_site(tmp_path_factory.mktemp("first") / "site", {"story.txt": STORY})
    code, said = at_a_terminal(["build", str(site)], environment)
    assert code == 0 and STAYS_LOADED in said
    assert wait_for(lambda: ready(runtime))
    yield environment
    stop_hosts(runtime)


def runtime_of(environment: dict[str, str]) -> Path:
    return Path(environment["XDG_RUNTIME_DIR"])


def test_the_next_build_at_a_terminal_runs_in_the_host(warm, tmp_path):
    site = make_site(tmp_path / "site", {"story.txt": STORY})
    code, said = at_a_terminal(["build", str(site)], warm)
    assert code == 0
    assert "Built 1 articles" in said and STAYS_LOADED in said
    assert re.search(rf"runs `build {re.escape(str(site))}` as pid \d+", host_log(runtime_of(warm)))
    page = (site / "output" / "articles" / "story" / "index.html").read_text()
    assert "Gazprom</a>" in page


def normalised(said: str) -> str:
    """What a build says, its timings and the warm host's note aside."""
    lines = [line for line in said.splitlines() if STAYS_LOADED not in line]
    return re.sub(r"\d+\.\d\ds", "N s", "\n".join(lines))


def test_a_site_built_in_the_host_is_the_site_a_fresh_process_builds(warm, tmp_path):
    in_host, alone = demo_site(tmp_path / "host"), demo_site(tmp_path / "alone")
    code, said = at_a_terminal(["build"], warm, cwd=in_host)
    assert code == 0 and "runs `build` as pid" in host_log(runtime_of(warm))
    code_alone, said_alone = at_a_terminal(["build"], {**warm, "CI": "1"}, cwd=alone)
    assert code_alone == 0 and STAYS_LOADED not in said_alone
    assert files_of(in_host / "output") == files_of(alone / "output")
    # Said the same, relative to the caller's folder ("into output"), not the host's.
    assert normalised(said) == normalised(said_alone)
    assert "Built 15 articles and 71 actors into output in N s (228 files written" in normalised(
        said
    )


def test_ctrl_c_stops_the_command_in_the_host_and_spares_the_host(warm, tmp_path):
    site = make_site(tmp_path / "big", {})
    pool = make_pool("host")
    for article in generate(pool, "host", 0, 300):
        write_article(article, site / "content")
    command = AtATerminal(["build", str(site)], warm)
    runtime = runtime_of(warm)
    started = re.compile(rf"runs `build {re.escape(str(site))}` as pid (\d+)")
    assert wait_for(lambda: started.search(host_log(runtime)))
    child = int(started.search(host_log(runtime)).group(1))
    time.sleep(0.5)  # well into reading 300 articles
    command.process.send_signal(signal.SIGINT)
    code, said = command.finish()
    assert code == 128 + signal.SIGINT
    assert "KeyboardInterrupt" in said
    assert wait_for(lambda: not running(child), 10)
    assert running(host_pid(runtime))
    assert not (site / "output" / "index.html").exists()


def test_a_usage_error_is_said_at_once_without_the_host(warm):
    code, said = at_a_terminal(["build", "--no-such-option"], warm)
    assert code == 2
    assert "unrecognized arguments: --no-such-option" in said
    assert "--no-such-option" not in host_log(runtime_of(warm))


def test_an_unusable_site_fails_in_the_host_as_it_would_alone(warm, tmp_path):
    site = make_site(tmp_path / "site", {"story.txt": STORY}, "title: [unclosed\n")
    code, said = at_a_terminal(["build", str(site)], warm)
    assert code == 2
    assert "site.yaml" in said and "Traceback" not in said
    assert f"runs `build {site}`" in host_log(runtime_of(warm))
    assert running(host_pid(runtime_of(warm)))


def test_check_runs_in_the_host(warm, tmp_path):
    site = make_site(tmp_path / "site", {"story.txt": STORY})
    code, said = at_a_terminal(["check", str(site), "--json"], warm)
    assert code == 0
    assert f"runs `check {site} --json`" in host_log(runtime_of(warm))
    assert said == "[]\n"  # no problem found, in JSON


@pytest.mark.parametrize("where", ["ci", "log"])
def test_a_build_in_ci_or_to_a_log_neither_uses_nor_starts_a_host(model, tmp_path, where):
    runtime = runtime_folder()
    site = make_site(tmp_path / "site", {"story.txt": STORY})
    try:
        if where == "ci":
            code, said = at_a_terminal(["build", str(site)], terminal_environment(runtime, CI="1"))
        else:
            with (tmp_path / "build.log").open("w") as log:
                command = [sys.executable, "-m", "newsarchive.cli", "build", str(site)]
                environment = terminal_environment(runtime)
                code = subprocess.run(command, stdout=log, stderr=log, env=environment).returncode
            said = (tmp_path / "build.log").read_text()
        assert code == 0 and STAYS_LOADED not in said
        assert list(runtime.iterdir()) == []
        assert "Gazprom</a>" in (site / "output" / "articles" / "story" / "index.html").read_text()
    finally:
        stop_hosts(runtime)


def test_warm_minutes_zero_starts_no_host(model, tmp_path):
    runtime = runtime_folder()
    config = "title: Test archive\nwarm_minutes: 0\n"
    site = make_site(tmp_path / "site", {"story.txt": STORY}, config)
    try:
        code, said = at_a_terminal(["build", str(site)], terminal_environment(runtime))
        assert code == 0 and STAYS_LOADED not in said
        assert list(runtime.rglob("*.*")) == []
    finally:
        stop_hosts(runtime)


def start_host(path: Path, idle_seconds: float) -> subprocess.Popen:
    command = [sys.executable, "-m", "newsarchive.host", str(path), str(idle_seconds)]
    return subprocess.Popen(command, stderr=subprocess.PIPE, text=True)


def private(runtime: Path) -> Path:
    folder = hosts_of(runtime)
    folder.mkdir(mode=0o700)
    return folder


def test_a_new_host_stops_hosts_of_other_code(model, tmp_path):
    runtime = runtime_folder()
    folder = private(runtime)
    holder = (
        "import fcntl, os, sys, time\n"
        "lock = open(sys.argv[1], 'w')\n"
        "fcntl.flock(lock, fcntl.LOCK_EX)\n"
        "lock.write(f'{os.getpid()}\\n'); lock.flush()\n"
        "print('held', flush=True); time.sleep(120)\n"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", holder, str(folder / "host-other.lock")],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert other.stdout.readline() == "held\n"
    for stale in ("host-gone.lock", "host-gone.sock", "host-gone.log"):
        (folder / stale).write_text("1\n")
    host = start_host(folder / "host-new.sock", 60)
    try:
        assert other.wait(timeout=60) == -signal.SIGTERM
        assert wait_for(lambda: (folder / "host-new.sock").exists())
        assert sorted(p.name for p in folder.iterdir()) == [
            "host-new.lock",
            "host-new.sock",
            "host-other.lock",  # its owner was stopped; the next host clears it
        ]
    finally:
        host.terminate()
        other.kill()
        stop_hosts(runtime)


def test_an_idle_host_exits_and_removes_its_socket(model):
    runtime = runtime_folder()
    path = private(runtime) / "host-idle.sock"
    host = start_host(path, 0.5)
    try:
        assert host.wait(timeout=60) == 0
        assert "ready" in host.stderr.read()
        assert not path.exists()
    finally:
        stop_hosts(runtime)


def test_a_socket_left_by_a_dead_host_is_replaced(model):
    runtime = runtime_folder()
    path = private(runtime) / "host-stale.sock"
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))
    stale.close()  # the file stays, nothing listens
    host = start_host(path, 60)
    try:
        assert wait_for(lambda: host.poll() is None and _listening(path))
    finally:
        host.terminate()
        host.wait(timeout=30)
        stop_hosts(runtime)
    assert not path.exists()  # a stopped host removes its socket


def _listening(path: Path) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        return probe.connect_ex(str(path)) == 0


def test_a_socket_path_too_long_for_the_system_is_not_used(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / ("long" * 30)))
    (tmp_path / ("long" * 30)).mkdir()
    assert host_socket() is None
    assert keep_warm(60) is False


def test_a_folder_others_can_enter_is_not_used(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    folder = hosts_of(tmp_path)
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    assert host_socket() is None
    assert keep_warm(60) is False
    assert list(folder.iterdir()) == []


def test_a_host_serves_only_the_code_and_setup_it_was_started_with(monkeypatch, tmp_path):
    runtime = runtime_folder()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    packages = tmp_path / "packages"
    packages.mkdir()
    monkeypatch.setattr(sys, "path", [*sys.path, str(packages)])
    first = host_socket()
    assert first is not None and host_socket() == first
    os.utime(packages, ns=(0, packages.stat().st_mtime_ns + 10**9))  # a package installed
    installed = host_socket()
    assert installed != first
    monkeypatch.setenv("LANG", "C.UTF-8" if os.environ.get("LANG") != "C.UTF-8" else "C")
    other_locale = host_socket()
    assert other_locale != installed
    monkeypatch.setattr("newsarchive.host.code_fingerprint", lambda: "edited code")
    assert host_socket() not in (first, installed, other_locale)
    stop_hosts(runtime)


def test_a_command_that_finds_a_host_listening_leaves_it_be(model, monkeypatch):
    runtime = runtime_folder()
    path = private(runtime) / "host-here.sock"
    monkeypatch.setattr("newsarchive.host.host_socket", lambda: path)
    host = start_host(path, 60)
    try:
        assert wait_for(lambda: _listening(path))
        assert keep_warm(60) is True
        time.sleep(0.2)  # time for the host to take the connection
    finally:
        host.terminate()
        said = host.communicate(timeout=30)[1]
        stop_hosts(runtime)
    assert "ready" in said and "dropped" not in said
    assert not log_path(path).exists()  # no second host was spawned
