"""The test printer goes away with the tests: ``packaging/test-cups.sh stop`` removes its queue."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "packaging" / "test-cups.sh"
QUEUE = "maison-test-stop"  # not the suite's own queue, which other printer tests may be using


def script(action: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MAISON_SOLIDARITE_TEST_QUEUE": QUEUE}
    return subprocess.run(["sh", str(SCRIPT), action], capture_output=True, text=True, env=env, timeout=120)


def queues() -> str:
    return subprocess.run(["lpstat", "-v"], capture_output=True, text=True, timeout=30).stdout


def scheduler_running() -> bool:
    return subprocess.run(["pgrep", "-x", "cupsd"], capture_output=True, timeout=30).returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("cupsd") is None or shutil.which("lpadmin") is None,
    reason="the test printer needs CUPS and root: run as root on a machine with the cups package",
)
def test_stop_removes_the_test_printer_queue_its_folder_and_what_start_started() -> None:
    was_running = scheduler_running()
    started = script("start")
    if not started.stdout.strip():
        pytest.skip(f"no CUPS scheduler could be started: {started.stderr.strip()}")
    name, folder = started.stdout.split()
    assert (name, folder) == (QUEUE, f"/tmp/{QUEUE}-printer")
    assert f"device for {QUEUE}: maison-capture:{folder}" in queues()
    Path(folder).mkdir(exist_ok=True)
    (Path(folder) / "job-1").write_bytes(b"%PDF-1.4 a captured job")  # as the capture backend keeps one
    others = [line for line in queues().splitlines() if f"device for {QUEUE}:" not in line]

    stopped = script("stop")

    assert (stopped.returncode, stopped.stderr) == (0, "")
    assert not Path(folder).exists()
    if was_running:  # someone else's scheduler: it runs on, with its other queues
        assert scheduler_running()
        assert f"device for {QUEUE}:" not in queues()
        assert queues().splitlines() == others
    else:  # the scheduler start started, and its backend, are gone with the queue
        assert not scheduler_running()
        assert not Path("/usr/lib/cups/backend/maison-capture").exists()
    assert script("stop").returncode == 0  # stopping twice is harmless
