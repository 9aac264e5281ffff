"""What a build shows a person at a terminal that it does not show in a log or CI job:
a progress bar instead of plain lines. (The warm host: `test_host.py`.)"""

from __future__ import annotations

from newsarchive.progress import PLAIN_STEPS, SHOW_FROM, progress


def test_a_long_run_in_a_log_prints_a_line_per_tenth(capsys):
    total = SHOW_FROM + 50
    with progress(total) as advance:
        for _ in range(total):
            advance()
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == PLAIN_STEPS
    assert lines[0] == f"Processing articles: {total // PLAIN_STEPS}/{total}"
    assert lines[-1] == f"Processing articles: {total}/{total}"


def test_a_short_run_prints_no_progress(capsys):
    with progress(SHOW_FROM - 1) as advance:
        for _ in range(SHOW_FROM - 1):
            advance()
    assert capsys.readouterr().err == ""
