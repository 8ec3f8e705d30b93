# Sourced by scripts/run and scripts/test: make sure .venv exists and holds this project's dependencies.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON=${PYTHON:-}
if [ -z "$PYTHON" ]; then
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      PYTHON=$candidate
      break
    fi
  done
fi
if [ -z "$PYTHON" ]; then
  echo "This project needs Python 3.11 or newer (python3.11 or python3 on PATH)." >&2
  exit 1
fi

VENV=${VENV:-.venv}
if [ ! -x "$VENV/bin/python" ]; then
  echo "Creating a virtual environment in $VENV ..." >&2
  "$PYTHON" -m venv "$VENV"
fi
# Reinstall only when pyproject.toml changed since the last install.
stamp="$VENV/.installed-$(cksum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ]; then
  echo "Installing dependencies into $VENV (first run only) ..." >&2
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[test]" >&2
  rm -f "$VENV"/.installed-*
  touch "$stamp"
fi
