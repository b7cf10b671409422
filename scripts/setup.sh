#!/usr/bin/env bash
# Install everything dsl2png needs on a fresh Debian machine: Chromium, fonts, a venv with the project.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

debian_packages=(chromium-headless-shell fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji fonts-noto-mono libvoikko1 voikko-fi)
missing=()
for pkg in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$python" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  echo "setup: installing Python packages"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -m pip install -q --disable-pip-version-check --config-settings editable_mode=compat -e ".[dev]" 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -c "import kernel, fastapi, playwright, eventsourcing, nats, mcp" 
  rm -f .venv/.installed-*
  touch "$stamp"
fi
# Byte-compile the project's own modules: an editable install leaves them as source, and where
# PYTHONDONTWRITEBYTECODE is set (as on this kind of machine) every process would compile the
# ~350 modules it imports again, ~0.6 s of CPU at each start of the CLI, a worker or the MCP
# server. About a second here; modules already current are skipped. (pytest's test modules are
# compiled by pytest itself.)
.venv/bin/python -m compileall -q -j 0 -x '/test_[^/]*\.py$' \
  kernel dsl2png command_api query_api render_worker projector mcp_adapter migrations tests bench
echo "setup: ready"
