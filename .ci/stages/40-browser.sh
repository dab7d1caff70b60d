#!/usr/bin/env bash
# The web pages in a real browser: Debian's headless Chromium driven by Selenium (the *BrowserIT tests).
# Screenshots are left in target/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/../.."

# fonts-ipafont-gothic: the seed has Japanese events, which the screenshots would show as empty boxes
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || [ -z "$(fc-list :lang=ja)" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-ipafont-gothic
fi
chromium --version
chromedriver --version

# axe-core, which the console's browser tests inject into every page they check for accessibility
if [ ! -f target/ci-axe/node_modules/axe-core/axe.min.js ]; then
  command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq nodejs npm; }
  npm install --prefix target/ci-axe --no-audit --no-fund --silent axe-core@4.10.2
fi

./mvnw -B -ntp -Pbrowser test-compile failsafe:integration-test failsafe:verify
