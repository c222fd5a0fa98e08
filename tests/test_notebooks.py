"""Run every notebook in nbs/ as one pytest case through nbdev's own test runner, so `nbdev-test` and pytest agree.

Cells flagged with the `tst_flags` of pyproject.toml (slow, data, gpu) are skipped, exactly as `nbdev-test` does.
"""
import os, tempfile
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parents[1]
NBS = sorted(p for p in (ROOT / "nbs").glob("*.ipynb") if not p.name.startswith(("_", ".")))


@pytest.mark.parametrize("nb", NBS, ids=[p.stem for p in NBS])
def test_notebook(nb, monkeypatch, tmp_path):
    from nbdev.config import get_config
    from nbdev.test import test_nb
    flags = get_config(ROOT).tst_flags
    flags = flags.split() if isinstance(flags, str) else list(flags or [])
    monkeypatch.chdir(nb.parent)                       # nbdev-test runs notebooks from nbs/
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.setenv("RPPG_NB_CACHE", os.environ.get("RPPG_NB_CACHE", str(tmp_path / "cache")))
    # the notebooks' scratch folders (tempfile.mkdtemp, also in the CLI subprocesses they start) go under pytest's
    # tmp_path, which pytest removes (tmp_path_retention_policy in pyproject.toml), instead of piling up in /tmp
    scratch = tmp_path / "tmp"; scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    ok, secs = test_nb(nb, skip_flags=flags, showerr=True)
    assert ok, f"{nb.name} failed (see the cell error above)"
