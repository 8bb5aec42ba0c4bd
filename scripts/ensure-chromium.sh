#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (its own download cannot run here).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium ausente: instalando o pacote Debian 'chromium' para os testes de navegador..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Os testes de navegador precisam do Chromium em $CHROMIUM: instale com 'sudo apt-get install -y chromium'" >&2
echo "ou aponte CHROMIUM_PATH para o executável." >&2
exit 1
