"""A background process that keeps newsarchive loaded between commands at a terminal.

A one-article rebuild does under a second of work, but a fresh process first
spends as long again importing the plugin, Pelican and spaCy and loading the
model. So a build started from a terminal also starts a *host*: a process
that imports all of that once, loads the model, and waits. A later `build`,
`check`, `inspect` or `import` run at a terminal hands its command line to
the host, which forks a child to run it. The child starts with everything
loaded and runs the very code a fresh process runs, in the caller's folder,
environment and terminal (the caller's standard streams are passed over the
socket), and sends back its exit code. Forking keeps commands apart: nothing
one build changes in memory reaches the next.

The host listens on a Unix socket in a folder only this user can open. The
socket's name carries a digest of the plugin's code, the Python that runs
it, the installed packages and the environment Python fixes at start, so a
command never runs in a host of other code. One host runs per user (a new
one stops the others) and exits after `warm_minutes` without a command. Any
trouble reaching it, and the command runs in its own process as it always did.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib
import json
import os
import signal
import socket
import stat
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

from . import __version__
from .cache import code_fingerprint, digest

PROTOCOL = 1
# What a command run in the host uses, imported (and the model loaded) before it forks.
PRELOADED = (
    "newsarchive.cli",
    "newsarchive.build",
    "newsarchive.check",
    "newsarchive.importer",
    "newsarchive.inspect",
    "newsarchive.plugin",
    "pelican.generators",
    "pelican.readers",
    "pelican.writers",
)
# Python reads these once at start (paths, encodings, hashing, time zone): a host
# started under other values would not run a command as a fresh process does.
FIXED_AT_START = (
    "PYTHONPATH",
    "PYTHONHOME",
    "PYTHONHASHSEED",
    "PYTHONUTF8",
    "PYTHONIOENCODING",
    "PYTHONWARNINGS",
    "LANG",
    "LC_ALL",
    "LC_CTYPE",
    "TZ",
)
# How often an idle host checks that its socket is still its own.
HOST_TICK_SECONDS = 5.0
# A request is a command line and an environment; this only stops garbage.
MAX_MESSAGE_BYTES = 1 << 24
# A Unix socket's path must fit in 104 bytes on macOS, 108 on Linux.
MAX_SOCKET_PATH_BYTES = 100
EXIT_ANOTHER_HOST = 0
EXIT_INTERRUPTED = 128 + signal.SIGINT
# Signals the caller receives that are meant for the command (Ctrl-C, a closed terminal).
FORWARDED = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)

# True in a child of the host: the command already runs warm.
_in_host = False


def host_socket() -> Path | None:
    """Where a host of this very code listens; None when no private folder can be had."""
    folder = _private_folder()
    if folder is None:
        return None
    paths = sys.path[1:]  # [0] is the script's folder or the current one
    key = digest(
        PROTOCOL,
        __version__,
        code_fingerprint(),
        sys.executable,
        paths,
        [_modified(path) for path in paths],  # a package installed or removed
        [os.environ.get(name) for name in FIXED_AT_START],
    )
    path = folder / f"host-{key[:16]}.sock"
    return path if len(os.fsencode(path)) <= MAX_SOCKET_PATH_BYTES else None


def _modified(path: str) -> int | None:
    try:
        return os.stat(path or ".").st_mtime_ns
    except OSError:
        return None


def _private_folder() -> Path | None:
    """A folder owned by this user that no one else can enter (not a planted one)."""
    base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    folder = Path(base) / f"newsarchive-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = os.lstat(folder)
    private = stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
    return folder if private and stat.S_IMODE(info.st_mode) == 0o700 else None


def keep_warm(idle_seconds: float) -> bool:
    """Make sure a host will be there for the next command; False if none can be had."""
    if _in_host:
        return True
    path = host_socket()
    if path is None:
        return False
    connection = _connect(path)
    if connection is not None:
        connection.close()  # a host listens: its idle time restarts with its next command
        return True
    return _spawn_host(path, idle_seconds)


def run_in_host(argv: list[str]) -> int | None:
    """Run `newsarchive ARGV` in a warm host; its exit code, or None if no host took it."""
    path = host_socket()
    connection = _connect(path) if path is not None else None
    if connection is None:
        return None
    with connection:
        try:
            request = _request(argv)
            socket.send_fds(connection, [b"\0"], [0, 1, 2])
            _send(connection, request)
            pid = _receive(connection).get("pid")
        except (OSError, ValueError):
            return None  # nothing started: run it here
        if not isinstance(pid, int):
            return None
        with _forwarded_to(pid):
            try:
                code = _receive(connection).get("exit")
            except (OSError, ValueError):
                code = None
    if not isinstance(code, int):
        print("error: the command's process in the newsarchive host died", file=sys.stderr)
        return 1
    return code


def _request(argv: list[str]) -> dict:
    mask = os.umask(0)
    os.umask(mask)
    streams = [sys.stdin, sys.stdout, sys.stderr]
    return {
        "argv": list(argv),
        "program": sys.argv[0],
        "cwd": os.getcwd(),
        "environ": dict(os.environ),
        "umask": mask,
        "streams": [[s.encoding, s.errors] if s else ["utf-8", "strict"] for s in streams],
    }


@contextlib.contextmanager
def _forwarded_to(pid: int) -> Iterator[None]:
    """While waiting, pass Ctrl-C and the like on to the command's process."""

    def forward(number: int, _frame) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, number)

    previous = {number: signal.signal(number, forward) for number in FORWARDED}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _connect(path: Path) -> socket.socket | None:
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.connect(str(path))
    except OSError:
        connection.close()
        return None
    return connection


def _spawn_host(path: Path, idle_seconds: float) -> bool:
    """A detached host process (its own session, so Ctrl-C on the build spares it)."""
    package_root = str(Path(__file__).resolve().parents[1])
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        [package_root, *filter(None, [environment.get("PYTHONPATH")])]
    )
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, str(log_path(path)), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
    ]
    command = [sys.executable, "-m", __name__, str(path), str(idle_seconds)]
    try:
        os.posix_spawn(sys.executable, command, environment, file_actions=actions, setsid=True)
    except OSError:
        return False
    return True


def log_path(path: Path) -> Path:
    """Where a host says what it ran, and why it could not."""
    return path.with_suffix(".log")


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


def serve_commands(path: Path, idle_seconds: float) -> int:
    """Run commands handed over until `idle_seconds` pass without one."""
    lock = os.open(path.with_suffix(".lock"), os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return EXIT_ANOTHER_HOST
    os.ftruncate(lock, 0)
    os.write(lock, f"{os.getpid()}\n".encode())  # for whoever wants to stop it early
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children reap themselves
    _stop_other_hosts(path)
    for module in PRELOADED:
        importlib.import_module(module)
    from .recognise.statistical import warm_up

    warm_up()
    with contextlib.suppress(FileNotFoundError):
        path.unlink()  # left by a host that died; the lock says none is alive
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen()
    listener.settimeout(min(HOST_TICK_SECONDS, idle_seconds))
    ours = os.stat(path).st_ino
    _say(f"ready, pid {os.getpid()}")
    last_command = time.monotonic()
    try:
        while time.monotonic() - last_command < idle_seconds and _still_ours(path, ours):
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                _fork_command(connection, (listener.fileno(), lock))
            last_command = time.monotonic()
    finally:
        listener.close()
        if _still_ours(path, ours):
            path.unlink()
    return 0


def _stop(_number: int, _frame) -> None:
    raise SystemExit(0)


def _stop_other_hosts(path: Path) -> None:
    """One host per user: a host of older code would only hold memory until it idled out."""
    for other in path.parent.glob("*.lock"):
        if other == path.with_suffix(".lock"):
            continue
        with contextlib.suppress(OSError, ValueError), open(other, "r+") as held:
            try:
                fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.kill(int(held.read().strip()), signal.SIGTERM)
                continue
            for stale in (other, other.with_suffix(".sock"), log_path(other)):
                stale.unlink(missing_ok=True)


def _still_ours(path: Path, inode: int) -> bool:
    try:
        return os.stat(path).st_ino == inode
    except FileNotFoundError:
        return False


def _fork_command(connection: socket.socket, hosts: tuple[int, ...]) -> None:
    """Fork a child for the command on `connection`; `hosts` are the descriptors
    the child must let go of (the listener, the lock)."""
    connection.settimeout(HOST_TICK_SECONDS)
    descriptors: list[int] = []
    try:
        marker, descriptors, _, _ = socket.recv_fds(connection, 1, 3)
        if not marker:
            return  # a caller that only checked the host is there
        request = _receive(connection)
        if len(descriptors) != 3 or not isinstance(request.get("argv"), list):
            raise ValueError("a request without a command line and three streams")
        pid = os.fork()
    except (OSError, ValueError) as error:
        _say(f"dropped a request: {error}")
        for descriptor in descriptors:
            os.close(descriptor)
        return
    if pid == 0:
        for descriptor in hosts:
            os.close(descriptor)
        os._exit(_run_command(connection, request, descriptors))
    _say(f"runs `{' '.join(map(str, request['argv']))}` as pid {pid}")
    for descriptor in descriptors:
        os.close(descriptor)


def _run_command(connection: socket.socket, request: dict, descriptors: list[int]) -> int:
    """In the forked child: become the caller's process, run the command, report its code."""
    global _in_host
    _in_host = True
    code = 1
    try:
        _become_caller(request, descriptors)
        connection.settimeout(None)
        _send(connection, {"pid": os.getpid()})
        code = _exit_code(lambda: _command_line()(request["argv"]))
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        _send(connection, {"exit": code})
    except BaseException as error:  # the caller is told it died; the host never is
        _say(f"a command failed to start or report: {error!r}")
    return code


def _become_caller(request: dict, descriptors: list[int]) -> None:
    for number in FORWARDED:
        signal.signal(number, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    for target, descriptor in enumerate(descriptors):
        os.dup2(descriptor, target)
        os.close(descriptor)
    os.chdir(request["cwd"])
    os.umask(request["umask"])
    os.environ.clear()
    os.environ.update(request["environ"])
    tempfile.tempdir = None  # found again from the caller's TMPDIR
    sys.argv = [request["program"], *request["argv"]]
    (stdin, stdout, stderr) = request["streams"]
    sys.stdin = sys.__stdin__ = open(0, encoding=stdin[0], errors=stdin[1], closefd=False)  # noqa: SIM115
    sys.stdout = sys.__stdout__ = _output(1, *stdout)
    sys.stderr = sys.__stderr__ = _output(2, *stderr)


def _output(descriptor: int, encoding: str, errors: str):
    """A text stream buffered as Python buffers its own: by line at a terminal."""
    line_buffered = descriptor == 2 or os.isatty(descriptor)
    return open(
        descriptor,
        "w",
        encoding=encoding,
        errors=errors,
        closefd=False,
        buffering=1 if line_buffered else -1,
    )


def _command_line() -> Callable[[list[str]], int]:
    from .cli import run_here

    return run_here


def _exit_code(command: Callable[[], int]) -> int:
    """The code a fresh Python process running `command` would exit with."""
    try:
        return command()
    except SystemExit as exit:
        if exit.code is None or isinstance(exit.code, int):
            return exit.code or 0
        print(exit.code, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        traceback.print_exc()
        return EXIT_INTERRUPTED
    except BaseException:
        traceback.print_exc()
        return 1


def _say(message: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} newsarchive host: {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    # Run as the package's module, not as __main__: the commands it forks import it too.
    from newsarchive.host import serve_commands as serve

    sys.exit(serve(Path(sys.argv[1]), float(sys.argv[2])))
