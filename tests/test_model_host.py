"""The model host: spaCy's recogniser kept loaded in a background process between builds.

These start real host processes (real spaCy, a real Unix socket) in a
private folder under the test's temporary directory, and stop them after.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest
from conftest import demo_site, files_of

from newsarchive.build import build_site
from newsarchive.config import load_site_config
from newsarchive.recognise.model_host import entities_from_host, host_socket
from newsarchive.recognise.statistical import (
    ModelUnavailable,
    StatisticalRecogniser,
    model_cache,
    read_entities,
)

TEXTS = [
    "Shares in Gazprom fell sharply on Monday, traders in Moscow said.",
    "Lithuanian Foreign Minister Gabrielius Landsbergis met Svetlana Tikhanovskaya in Vilnius.",
    "Nothing here is a name.",
]


@pytest.fixture
def private_folder(monkeypatch) -> Path:
    """Hosts of this test listen here, apart from any host of the person running the tests.

    A short folder under the system's temporary one: a socket's path has
    to fit in about 100 bytes, and pytest's own folders are longer.
    """
    try:
        read_entities(["Warm-up."])
    except ModelUnavailable as error:
        pytest.skip(str(error))
    runtime = Path(tempfile.mkdtemp(prefix="na-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    yield runtime / f"newsarchive-{os.getuid()}"
    for lock in runtime.glob("*/*.lock"):
        pid = lock.read_text().strip()
        with contextlib.suppress(ProcessLookupError, ValueError):
            os.kill(int(pid), signal.SIGTERM)
    shutil.rmtree(runtime, ignore_errors=True)


def host_pid(folder: Path) -> int:
    (lock,) = folder.glob("*.lock")
    return int(lock.read_text())


def wait_for(condition, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_the_host_answers_as_the_model_in_this_process_does(private_folder: Path):
    answers = entities_from_host(TEXTS, idle_seconds=60)
    assert answers == read_entities(TEXTS)
    # The pinned model's labels, right or wrong (it calls Gazprom a place here).
    assert [[label for *_, label in found] for found in answers] == [
        ["GPE", "DATE", "GPE"],
        ["PERSON", "PERSON", "GPE"],
        [],
    ]


def test_one_host_serves_build_after_build(private_folder: Path):
    entities_from_host(TEXTS[:1], idle_seconds=60)
    first = host_pid(private_folder)
    assert entities_from_host(TEXTS[1:], idle_seconds=60) == read_entities(TEXTS[1:])
    assert host_pid(private_folder) == first
    os.kill(first, 0)  # still running


def test_an_idle_host_exits_and_removes_its_socket(private_folder: Path):
    entities_from_host(TEXTS[:1], idle_seconds=0.5)
    path = host_socket()
    pid = host_pid(private_folder)
    assert path is not None and path.exists()
    assert wait_for(lambda: not path.exists())
    assert wait_for(lambda: not Path(f"/proc/{pid}").exists() or _is_zombie(pid))


def _is_zombie(pid: int) -> bool:
    return " Z " in Path(f"/proc/{pid}/stat").read_text()


def test_a_socket_left_by_a_dead_host_is_replaced(private_folder: Path):
    private_folder.mkdir(mode=0o700)
    path = host_socket()
    assert path is not None
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))
    stale.close()  # the file stays, nothing listens
    assert entities_from_host(TEXTS[:1], idle_seconds=60) == read_entities(TEXTS[:1])


def test_a_socket_path_too_long_for_the_system_is_not_used(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / ("long" * 30)))
    (tmp_path / ("long" * 30)).mkdir()
    assert host_socket() is None


def test_a_folder_others_can_enter_is_not_used(private_folder: Path):
    private_folder.mkdir(mode=0o755)
    private_folder.chmod(0o755)
    assert host_socket() is None
    assert entities_from_host(TEXTS, idle_seconds=60) is None
    assert list(private_folder.iterdir()) == []


def test_a_garbled_answer_means_no_answer(private_folder: Path):
    private_folder.mkdir(mode=0o700)
    path = host_socket()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen()

    def garble() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(1 << 16)
            connection.sendall((5).to_bytes(4, "big") + b"[1,2]")

    answering = threading.Thread(target=garble)
    answering.start()
    try:
        assert entities_from_host(TEXTS, idle_seconds=60) is None
    finally:
        answering.join()
        listener.close()


def test_the_recogniser_reads_itself_when_no_host_can_be_had(private_folder: Path):
    private_folder.mkdir(mode=0o755)
    private_folder.chmod(0o755)
    recogniser = StatisticalRecogniser(model_cache(None), warm_minutes=1)
    assert recogniser.entities(TEXTS) == read_entities(TEXTS)
    assert list(private_folder.iterdir()) == []


def test_a_build_with_a_warm_model_writes_the_same_site(private_folder: Path, tmp_path: Path):
    site = demo_site(tmp_path / "demo")
    config = load_site_config(site)
    warm = build_site(config, tmp_path / "warm", warm_model=True)
    assert host_pid(private_folder) > 0
    assert config.cache_dir is not None
    config.cache_dir.rename(tmp_path / "first-cache")  # the second build asks the model again
    cold = build_site(config, tmp_path / "cold")
    assert warm.published and cold.published and warm.written == cold.written > 200
    assert files_of(tmp_path / "warm") == files_of(tmp_path / "cold")
