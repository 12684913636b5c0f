"""``main.py --smoke-test``: the check CI runs on the frozen app, here on the source tree."""

from __future__ import annotations

from pathlib import Path

import pytest

from main import main


def test_the_smoke_test_opens_the_window_on_a_temporary_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = tmp_path / "real.sqlite3"
    monkeypatch.setenv("MOTCUA_DATABASE_URL", f"sqlite:///{real.as_posix()}")
    assert main(["--smoke-test"]) == 0
    out = capsys.readouterr().out
    for check in ("window shown: ok", "user guide bundled: ok", "handout PDF: ok"):
        assert check in out
    assert "(source)" in out
    # Never the real data: neither the configured database nor the user's folders.
    assert not real.exists()
    assert not (tmp_path / "home" / "data" / "motcua.sqlite3").exists()


def test_a_failing_check_fails_the_smoke_test(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import views.smoke_test

    def broken(*_args: object) -> Path:
        raise RuntimeError("no fonts")

    monkeypatch.setattr(views.smoke_test, "_handout", broken)
    assert main(["--smoke-test"]) == 1
    assert "handout PDF: FAILED" in capsys.readouterr().out
