"""Real server processes a test can start, stop and kill: a private redis-server and Celery.

The in-process worker of tests/conftest.py (`celery_worker`) is enough to show that a task runs;
a test about crashes needs processes of its own, because SIGKILL and a dead broker are what it
is about.
"""

import contextlib
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path


@contextlib.contextmanager
def file_locked(path: Path):
    """Held by one pytest-xdist process at a time (the others wait)."""
    with path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


REPO = Path(__file__).resolve().parents[2]
CELERY_BIN = Path(sys.executable).with_name("celery")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(condition, *, timeout: float, what: str, interval: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout:g}s waiting for {what}")


def _stop(proc: subprocess.Popen | None, *, grace: float) -> None:
    """SIGTERM the process group, then SIGKILL what is left after `grace` seconds."""
    if proc is None or proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)
    except ProcessLookupError:
        pass


def _kill(proc: subprocess.Popen | None) -> None:
    """SIGKILL the whole group at once, as when the machine or container dies."""
    if proc is None or proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(10)


class RedisServer:
    """A redis-server on a free port with no persistence: killed and restarted, it is empty."""

    def __init__(self, workdir: Path):
        self.binary = shutil.which("redis-server")
        if not self.binary:
            raise FileNotFoundError("redis-server is missing: the fault suite starts its own")
        self.workdir = workdir
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen | None = None
        self.starts = 0

    def start(self) -> "RedisServer":
        self.log = (self.workdir / f"redis-{self.port}.log").open("a")
        self.proc = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.workdir),
            ],  # fmt: skip
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_until(self._answers, timeout=60, what="redis-server")  # generous: a loaded machine
        self.starts += 1
        return self

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                s.sendall(b"PING\r\n")
                return s.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        _kill(self.proc)
        self.log.close()

    def stop(self) -> None:
        _stop(self.proc, grace=5)
        if not self.log.closed:
            self.log.close()


class CeleryProcess:
    """`celery -A portal worker|beat` in its own process group, with its own environment."""

    def __init__(self, role: str, args: list[str], *, env: dict, log_path: Path):
        self.role = role
        self.args = args
        self.env = env
        self.log_path = log_path
        self.proc: subprocess.Popen | None = None
        self.starts = 0

    def start(self, *, ready_timeout: float = 60) -> "CeleryProcess":
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        self.log = self.log_path.open("a")
        self.proc = subprocess.Popen(
            [str(CELERY_BIN), "-A", "portal", self.role, *self.args],
            cwd=REPO,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.starts += 1
        marker = "ready." if self.role == "worker" else "beat: Starting"
        wait_until(
            lambda: self._logged_since(offset, marker),
            timeout=ready_timeout,
            what=f"the Celery {self.role} (log: {self.log_path})",
            interval=0.2,
        )
        return self

    def _logged_since(self, offset: int, marker: str) -> bool:
        if self.proc.poll() is not None:
            raise RuntimeError(f"celery {self.role} exited:\n{self.tail()}")
        with self.log_path.open() as f:
            f.seek(offset)
            return marker in f.read()

    def tail(self, chars: int = 3000) -> str:
        return self.log_path.read_text()[-chars:] if self.log_path.exists() else ""

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        """A warm shutdown: the worker finishes what it is doing."""
        _stop(self.proc, grace=30)
        self.log.close()

    def kill(self) -> None:
        _kill(self.proc)
        self.log.close()
