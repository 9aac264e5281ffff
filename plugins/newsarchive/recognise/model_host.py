"""A background process that keeps spaCy's recogniser loaded between builds.

Importing spaCy and loading the model takes most of a second, longer than
everything else an incremental build does. A build started from a terminal
therefore asks a host process instead: the first such build starts it (and
waits for it, about as long as loading the model itself), later builds get
their answers in milliseconds. The host is the same code over the same
weights, so its answers are the model's answers; it exits after
`actors.model_warm_minutes` without a question, and any trouble reaching it
means the build loads the model itself, as it always did.

The host listens on a Unix socket in a folder only this user can open, and
its name carries the plugin's version, the model's weights and the
installed spaCy, so a build never talks to a host of another make. One
host serves every site of the user; a lock lets only one start.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import stat
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib.util import find_spec
from pathlib import Path

from .. import __version__
from ..cache import digest
from .statistical import MODEL_WEIGHTS_SHA256, Entity, ModelUnavailable, read_entities

PROTOCOL = 1
# How long a build waits for a host it started to load the model.
STARTUP_SECONDS = 60.0
CONNECT_POLL_SECONDS = 0.02
# How often an idle host checks that its socket is still its own.
HOST_TICK_SECONDS = 5.0
# A build waits this long for an answer, plus a second per this many characters
# (the model reads about 50,000 a second), then loads the model itself.
ANSWER_SECONDS = 60.0
ANSWER_CHARACTERS_PER_SECOND = 10_000
# Answers run to a few hundred bytes a paragraph; this only stops garbage.
MAX_MESSAGE_BYTES = 1 << 28
# A Unix socket's path must fit in 104 bytes on macOS, 108 on Linux.
MAX_SOCKET_PATH_BYTES = 100
EXIT_ANOTHER_HOST = 0
EXIT_NO_MODEL = 3


def host_socket() -> Path | None:
    """Where this make of host listens; None when no private folder can be had."""
    spacy = find_spec("spacy")
    if spacy is None or spacy.origin is None:
        return None
    installed = os.stat(spacy.origin)
    key = digest(PROTOCOL, __version__, MODEL_WEIGHTS_SHA256, spacy.origin, installed.st_mtime_ns)
    folder = _private_folder()
    path = folder / f"model-{key[:16]}.sock" if folder else None
    return path if path and len(os.fsencode(path)) <= MAX_SOCKET_PATH_BYTES else None


def _private_folder() -> Path | None:
    """A folder owned by this user that no one else can enter (not a planted one)."""
    base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    folder = Path(base) / f"newsarchive-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = os.lstat(folder)
    private = stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
    return folder if private and stat.S_IMODE(info.st_mode) == 0o700 else None


def entities_from_host(
    texts: Sequence[str], idle_seconds: float
) -> list[tuple[Entity, ...]] | None:
    """The model's entities for `texts`, from a host (started if need be); None if none answers."""
    path = host_socket()
    if path is None:
        return None
    connection = _connect(path)
    if connection is None:
        connection = _start_and_connect(path, idle_seconds)
    if connection is None:
        return None
    with connection:
        characters = sum(len(text) for text in texts)
        connection.settimeout(ANSWER_SECONDS + characters / ANSWER_CHARACTERS_PER_SECOND)
        try:
            _send(connection, {"texts": list(texts)})
            reply = _receive(connection)
        except (OSError, ValueError):
            return None
    answers = reply.get("entities")
    if not isinstance(answers, list) or len(answers) != len(texts):
        return None
    return [tuple((start, end, label) for start, end, label in found) for found in answers]


def _connect(path: Path) -> socket.socket | None:
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.connect(str(path))
    except OSError:
        connection.close()
        return None
    return connection


def _start_and_connect(path: Path, idle_seconds: float) -> socket.socket | None:
    """Start a host and wait until it listens; None if it cannot load the model."""
    pid = _spawn_host(path, idle_seconds)
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        connection = _connect(path)
        if connection is not None:
            return connection
        if pid is not None:
            finished, status = os.waitpid(pid, os.WNOHANG)
            if finished:
                pid = None
                if os.waitstatus_to_exitcode(status) != EXIT_ANOTHER_HOST:
                    return None
        time.sleep(CONNECT_POLL_SECONDS)
    return None


def _spawn_host(path: Path, idle_seconds: float) -> int | None:
    """A detached host process (its own session, so Ctrl-C on the build spares it)."""
    package_root = str(Path(__file__).resolve().parents[2])
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        [package_root, *filter(None, [environment.get("PYTHONPATH")])]
    )
    log = path.with_suffix(".log")
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, str(log), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
    ]
    command = [sys.executable, "-m", __name__, str(path), str(idle_seconds)]
    try:
        return os.posix_spawn(
            sys.executable, command, environment, file_actions=actions, setsid=True
        )
    except OSError:
        return None


def _send(connection: socket.socket, message: dict) -> None:
    data = json.dumps(message, ensure_ascii=False).encode("utf-8")
    connection.sendall(len(data).to_bytes(4, "big") + data)


def _receive(connection: socket.socket) -> dict:
    size = int.from_bytes(_read_exactly(connection, 4), "big")
    if size > MAX_MESSAGE_BYTES:
        raise ValueError(f"a message of {size} bytes")
    message = json.loads(_read_exactly(connection, size).decode("utf-8"))
    if not isinstance(message, dict):
        raise ValueError("a message that is not an object")
    return message


def _read_exactly(connection: socket.socket, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = connection.recv(min(left, 1 << 20))
        if not chunk:
            raise ValueError("the connection closed mid-message")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def serve_model(path: Path, idle_seconds: float) -> int:
    """Answer builds' questions until `idle_seconds` pass without one."""
    lock = os.open(path.with_suffix(".lock"), os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return EXIT_ANOTHER_HOST
    os.ftruncate(lock, 0)
    os.write(lock, f"{os.getpid()}\n".encode())  # for whoever wants to stop it early
    try:
        read_entities(["Warm-up."])
    except ModelUnavailable as error:
        print(f"newsarchive model host: {error}", file=sys.stderr)
        return EXIT_NO_MODEL
    with contextlib.suppress(FileNotFoundError):
        path.unlink()  # left by a host that died; the lock says none is alive
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen()
    listener.settimeout(min(HOST_TICK_SECONDS, idle_seconds))
    ours = os.stat(path).st_ino
    last_question = time.monotonic()
    try:
        while time.monotonic() - last_question < idle_seconds and _still_ours(path, ours):
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                _answer(connection)
            last_question = time.monotonic()
    finally:
        listener.close()
        if _still_ours(path, ours):
            path.unlink()
    return 0


def _still_ours(path: Path, inode: int) -> bool:
    try:
        return os.stat(path).st_ino == inode
    except FileNotFoundError:
        return False


def _answer(connection: socket.socket) -> None:
    connection.settimeout(HOST_TICK_SECONDS)
    try:
        texts = _receive(connection).get("texts")
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            raise ValueError("a question without texts")
        _send(connection, {"entities": read_entities(texts)})
    except (OSError, ValueError) as error:
        print(f"newsarchive model host: dropped a question: {error}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(serve_model(Path(sys.argv[1]), float(sys.argv[2])))
