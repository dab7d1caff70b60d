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

./mvnw -B -ntp -Pbrowser test-compile failsafe:integration-test failsafe:verify
