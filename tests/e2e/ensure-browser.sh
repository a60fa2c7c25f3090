#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (a test tool cannot download its own browser here) and need
# CJK fonts so Chinese renders. Installs both when missing and we can (root with apt-get); otherwise
# says what to install.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
if [ ${#need[@]} -eq 0 ]; then
  echo "browser: /usr/bin/chromium and Noto CJK fonts present"
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "browser: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig >/dev/null
  exit 0
fi
echo "browser: missing ${need[*]}; install them (Debian/Ubuntu: sudo apt-get install -y ${need[*]})" >&2
exit 1
