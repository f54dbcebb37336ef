"""Installs come from the lock: the README, CI and uv.lock agree, and an unlocked dependency fails."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from uv import find_uv_bin

ROOT = Path(__file__).resolve().parent.parent


def _readme_bash_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", text, flags=re.S)]


def _setup_commands() -> tuple[str, str]:
    blocks = _readme_bash_blocks()
    preview = next(b for b in blocks if "bot.py --preview" in b)
    tests = next(b for b in blocks if "pytest" in b and "\n" not in b)
    return preview, tests


def _locked_version(name: str) -> str:
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    return next(p["version"] for p in lock["package"] if p["name"] == name)


def test_both_readme_set_up_commands_install_from_the_lock():
    for command in _setup_commands():
        assert "uv run --locked" in command and "pip install -e" not in command


def test_ci_runs_the_readme_test_command_verbatim():
    _preview, tests = _setup_commands()
    assert tests in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_the_bootstrapped_uv_is_the_locked_one():
    wanted = f"uv=={_locked_version('uv')}"
    for command in [*_setup_commands(), (ROOT / ".ci" / "run").read_text(encoding="utf-8")]:
        assert re.findall(r"uv==[\w.]+", command) and set(re.findall(r"uv==[\w.]+", command)) == {wanted}


def _check_lock(folder: Path, *, offline: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [find_uv_bin(), "lock", "--check", *(["--offline"] if offline else []), "--directory", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    for name in ("pyproject.toml", "uv.lock", "README.md"):
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def test_the_lock_matches_pyproject(project_copy):
    result = _check_lock(project_copy)
    assert result.returncode == 0, result.stderr


def test_a_dependency_added_without_locking_it_fails_the_check(project_copy):
    pyproject = project_copy / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(text.replace('  "python-dotenv>=1",\n', '  "python-dotenv>=1",\n  "requests>=2",\n'))
    assert "requests" in pyproject.read_text(encoding="utf-8")
    # Online, as CI runs it: offline with an empty cache it would fail for another reason.
    result = _check_lock(project_copy, offline=False)
    assert result.returncode != 0 and "needs to be updated" in result.stderr
