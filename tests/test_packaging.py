"""Install-level promises: the wheel carries seeds/ and templates/, and the README matches CI."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile

from conftest import ROOT, SEEDS


def test_wheel_carries_seeds_and_templates(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("studykit-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for seed in SEEDS.glob("*.txt"):
        assert f"studykit/_data/seeds/{seed.name}" in names
        assert zipfile.ZipFile(wheel).read(f"studykit/_data/seeds/{seed.name}") == seed.read_bytes()
    assert any(n.startswith("studykit/_data/templates/") for n in names)


def test_seeds_are_the_shared_originals_unchanged():
    shared = ROOT.parent / "shared" / "seeds"
    if shared.is_dir():
        for original in shared.glob("*.txt"):
            assert (SEEDS / original.name).read_bytes() == original.read_bytes()
    assert len(list(SEEDS.glob("*.txt"))) == 2


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh|bash)\n(.*?)```", readme, re.S)
    assert len(blocks) >= 2, "README must open with the two set-up commands"
    install_and_test = blocks[1].strip()
    test_command = install_and_test.split("&&")[-1].strip()
    assert test_command in ci.splitlines()
    assert "pip install" in install_and_test and "'.[test]'" in install_and_test
