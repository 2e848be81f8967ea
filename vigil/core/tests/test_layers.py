"""The layers contract in pyproject.toml holds, and would catch an upward import."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
LINT_IMPORTS = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")

pytestmark = pytest.mark.skipif(
    not Path(LINT_IMPORTS).exists(), reason="import-linter is not installed (dev extra)"
)


def _lint(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_the_project_keeps_its_layers():
    result = _lint()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_an_upward_import_breaks_the_contract(tmp_path):
    config = tmp_path / "upside-down.toml"
    config.write_text(
        '[tool.importlinter]\nroot_package = "vigil"\n\n'
        "[[tool.importlinter.contracts]]\n"
        'name = "moderation above prayers"\ntype = "layers"\n'
        'layers = ["vigil.moderation", "vigil.prayers"]\n'
        'ignore_imports = ["vigil.*.tests.** -> vigil.**"]\n',
        encoding="utf-8",
    )
    result = _lint("--config", str(config))
    assert result.returncode != 0
    assert "vigil.prayers is not allowed to import vigil.moderation" in result.stdout
