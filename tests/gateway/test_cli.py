"""``python -m sezzle.gateway`` starts, prints where it listens and its keys, serves, and stops on Ctrl+C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def test_the_command_prints_its_url_and_keys_and_serves_until_interrupted() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "overlay"), str(ROOT / "generated")])}
    process = subprocess.Popen(
        [sys.executable, "-m", "sezzle.gateway", "--port", "0", "--private-key", "sz_pr_cli", "--log-level", "WARNING"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        lines = [process.stdout.readline() for _ in range(5)]
        assert first.startswith("Sezzle gateway listening on http://127.0.0.1:")
        url = first.split()[-1]
        assert lines[0].split() == ["bound", "to:", url.removeprefix("http://")]
        assert "sz_pub_test" in lines[1]
        assert "sz_pr_cli" in lines[2]

        with httpx.Client(base_url=url, verify=False) as http:
            token = http.post("/v2/authentication", json={"public_key": "sz_pub_test", "private_key": "sz_pr_cli"})
            assert token.status_code == 201
            assert http.get("/__gateway__").json()["url"] == url

        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_the_command_rejects_bad_settings() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "overlay"), str(ROOT / "generated")])}
    finished = subprocess.run(
        [sys.executable, "-m", "sezzle.gateway", "--token-lifetime", "0"],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
        check=False,
    )

    assert finished.returncode == 2
    assert "token_lifetime" in finished.stderr


def _run(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "overlay"), str(ROOT / "generated")])}
    return subprocess.Popen(
        [sys.executable, "-m", "sezzle.gateway", "--log-level", "WARNING", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_the_command_refuses_a_non_loopback_address_without_allow_remote() -> None:
    for host in ("0.0.0.0", ""):
        process = _run("--host", host)
        stdout, stderr = process.communicate(timeout=30)
        assert process.returncode == 2
        assert "allow_remote" in stderr
        assert "/__gateway__" in stderr
        assert "listening" not in stdout


def test_with_allow_remote_it_prints_the_address_it_is_bound_to_and_warns() -> None:
    process = _run("--host", "0.0.0.0", "--allow-remote")
    try:
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()
        bound = process.stdout.readline().split()
        url = first.split()[-1]
        assert first.startswith("Sezzle gateway listening on http://127.0.0.1:")
        port = url.rsplit(":", 1)[1]
        assert bound == ["bound", "to:", f"0.0.0.0:{port}"]
        assert int(port) > 0
        assert httpx.get(f"{url}/__gateway__", timeout=10).json()["url"] == url
        assert "no authentication" in process.stderr.readline()
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
