#!/bin/sh
# Browser tests drive Debian's Chromium. Install it when we can (root, apt); otherwise say so
# plainly: the browser tests will then be skipped, except in CI (BILIKTILIK_REQUIRE_BROWSER=1).
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (apt-get)..."
  if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then
    exit 0
  fi
fi
echo "NOTE: Debian's chromium is not installed and could not be installed here (needs root and apt-get)."
echo "      The browser tests will be SKIPPED. Install it with: sudo apt-get install chromium"
exit 0
