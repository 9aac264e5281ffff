# Shared by scripts/build and scripts/test: make .venv/ and install into it.
# Installs only when pyproject.toml (or the extras asked for) changed since last time.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PYTHON=${PYTHON:-python3}

ensure_venv() {
  local extras=${1:-}
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "newsarchive needs Python 3.11 or newer; '$PYTHON' is $("$PYTHON" --version 2>&1)." >&2
    echo "Set PYTHON=/path/to/python3.11 and try again." >&2
    exit 2
  fi
  if [ ! -x "$ROOT/.venv/bin/python" ]; then
    echo "Creating the virtual environment in .venv/ ..."
    "$PYTHON" -m venv "$ROOT/.venv"
  fi
  local target="-e $ROOT${extras:+[$extras]}"
  local stamp="$ROOT/.venv/.newsarchive-installed${extras:+-$extras}"
  local want
  want=$(cat "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "Installing newsarchive${extras:+ with [$extras]} into .venv/ ..."
    # shellcheck disable=SC2086
    "$ROOT/.venv/bin/python" -m pip install --quiet --disable-pip-version-check $target
    echo "$want" > "$stamp"
  fi
}
