#!/usr/bin/env bash
# What the tests need beyond npm packages (run `npm ci` first): a Chromium for the
# end-to-end tests, a Firefox and a WebKit for tests/engines, a CJK font so Chinese text
# is not drawn as empty boxes, and Java 11+ for the Nu HTML checker. Installs what is
# missing (Debian/Ubuntu's apt-get, with sudo when not root), prints one line per thing,
# and is safe to run again.
# Exits non-zero, saying what to install, when something is missing and cannot be installed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
# npm's node_modules/.bin/node (Node 22) strips TypeScript types; the system node may not.
NODE=node_modules/.bin/node
[ -x "$NODE" ] || NODE=node
todo=()
apt_updated=0

is_root() { [ "$(id -u)" = 0 ]; }
can_apt() { command -v apt-get >/dev/null && { is_root || command -v sudo >/dev/null; }; }
as_root() { if is_root; then "$@"; else sudo "$@"; fi; }
# apt-get install PACKAGE..., after one apt-get update; apt's chatter goes to $LOG.
apt_install() {
  can_apt || return 1
  if [ "$apt_updated" = 0 ]; then
    as_root apt-get update >"$LOG" 2>&1 || { cat "$LOG" >&2; return 1; }
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >"$LOG" 2>&1 \
    || { tail -n 20 "$LOG" >&2; return 1; }
}

# --- Chromium (same order as tools/browser.ts) ---
playwright_chromium() {
  "$NODE" -e "const p = require('@playwright/test').chromium.executablePath();
    if (!require('fs').existsSync(p)) process.exit(1); console.log(p)" 2>/dev/null
}
system_chromium() {
  if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; return; fi
  command -v chromium || command -v chromium-browser
}
if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ -x "$CHROMIUM_PATH" ]; then echo "chromium: found $CHROMIUM_PATH (CHROMIUM_PATH)"
  else todo+=("a Chromium at CHROMIUM_PATH=$CHROMIUM_PATH (no executable there), or unset CHROMIUM_PATH"); fi
elif path=$(playwright_chromium); then
  echo "chromium: found Playwright's own, $path"
else
  # Playwright's download needs its CDN; where only package registries are reachable it fails fast.
  tmo=(); command -v timeout >/dev/null && tmo=(timeout 120)
  ${tmo[@]+"${tmo[@]}"} npx --no-install playwright install chromium --no-shell >"$LOG" 2>&1 || true
  if path=$(playwright_chromium); then
    echo "chromium: installed Playwright's own, $path"
  elif path=$(system_chromium); then
    echo "chromium: found $path (Playwright's own download is unavailable)"
  elif apt_install chromium && path=$(system_chromium); then
    echo "chromium: installed $path (Debian package chromium)"
  else
    todo+=("Chromium: \`apt-get install chromium\` (Debian/Ubuntu), or \`npx playwright install chromium\`, or any Chromium with CHROMIUM_PATH set to it")
  fi
fi

# --- Firefox and WebKit for tests/engines (same order as tools/engines.ts) ---
# Playwright's own, where its download works; else Debian's firefox-esr (driven over
# WebDriver BiDi) and WebKitGTK's WebKitWebDriver with its MiniBrowser, in an Xvfb.
playwright_engine() {
  "$NODE" -e "const p = require('@playwright/test')['$1'].executablePath();
    if (!require('fs').existsSync(p)) process.exit(1); console.log(p)" 2>/dev/null
}
system_firefox() {
  if [ -n "${FIREFOX_PATH:-}" ]; then [ -x "$FIREFOX_PATH" ] && echo "$FIREFOX_PATH"; return; fi
  for p in /usr/bin/firefox-esr /usr/bin/firefox; do [ -x "$p" ] && { echo "$p"; return; }; done
  command -v firefox-esr || command -v firefox
}
system_webkit() { command -v WebKitWebDriver >/dev/null && { [ -n "${DISPLAY:-}" ] || command -v Xvfb >/dev/null; } && command -v WebKitWebDriver; }
engine_download() {
  tmo=(); command -v timeout >/dev/null && tmo=(timeout 120)
  ${tmo[@]+"${tmo[@]}"} npx --no-install playwright install "$1" >"$LOG" 2>&1 || true
}
if [ -z "${FIREFOX_PATH:-}" ] && path=$(playwright_engine firefox); then
  echo "firefox: found Playwright's own, $path"
elif path=$(system_firefox); then
  echo "firefox: found $path"
else
  [ -n "${FIREFOX_PATH:-}" ] || engine_download firefox
  if [ -z "${FIREFOX_PATH:-}" ] && path=$(playwright_engine firefox); then
    echo "firefox: installed Playwright's own, $path"
  elif apt_install firefox-esr && path=$(system_firefox); then
    echo "firefox: installed $path (Debian package firefox-esr)"
  else
    todo+=("Firefox: \`apt-get install firefox-esr\` (Debian/Ubuntu), or \`npx playwright install firefox\`, or any Firefox 129+ with FIREFOX_PATH set to it")
  fi
fi
if path=$(playwright_engine webkit); then
  echo "webkit: found Playwright's own, $path"
elif path=$(system_webkit); then
  echo "webkit: found $path (WebKitGTK)"
else
  engine_download webkit
  if path=$(playwright_engine webkit); then
    echo "webkit: installed Playwright's own, $path"
  elif apt_install webkit2gtk-driver xvfb && path=$(system_webkit); then
    echo "webkit: installed $path (Debian packages webkit2gtk-driver, xvfb)"
  else
    todo+=("WebKit: \`apt-get install webkit2gtk-driver xvfb\` (Debian/Ubuntu), or \`npx playwright install webkit\` (with \`npx playwright install-deps webkit\`)")
  fi
fi

# --- A CJK font ---
has_cjk_font() {
  if command -v fc-list >/dev/null; then [ -n "$(fc-list :lang=zh family)" ]
  else dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'ok installed'; fi
}
if [ "$(uname -s)" = Darwin ]; then
  echo "CJK font: found (macOS ships PingFang)"
elif has_cjk_font; then
  echo "CJK font: found $(fc-match -f '%{family[0]}' 'sans-serif:lang=zh-cn' 2>/dev/null || echo fonts-noto-cjk)"
elif apt_install fonts-noto-cjk && has_cjk_font; then
  echo "CJK font: installed fonts-noto-cjk"
else
  todo+=("a Chinese font: \`apt-get install fonts-noto-cjk\` (Debian/Ubuntu), or Noto Sans CJK SC from your system's packages")
fi

# --- Java 11+ for vnu.jar ---
java_major() { java -version 2>&1 | sed -nE '1s/.*version "(1\.)?([0-9]+).*/\2/p'; }
has_java() { local v; v=$(java_major 2>/dev/null); [ -n "$v" ] && [ "$v" -ge 11 ]; }
if has_java; then
  echo "java: found $(java -version 2>&1 | head -n 1)"
elif apt_install default-jre-headless && hash -r && has_java; then
  echo "java: installed default-jre-headless, $(java -version 2>&1 | head -n 1)"
else
  todo+=("Java 11 or later for the Nu HTML checker: \`apt-get install default-jre-headless\` (Debian/Ubuntu), or any JRE 11+ with \`java\` on PATH")
fi

if [ ${#todo[@]} -gt 0 ]; then
  echo >&2
  can_apt || echo "Cannot install here (that needs apt-get, as root or with sudo)." >&2
  echo "The tests need these; install them:" >&2
  printf '  - %s\n' "${todo[@]}" >&2
  echo "then run \`npm run test:setup\` again." >&2
  exit 1
fi

# --- The chosen Chromium starts and draws Chinese as glyphs, not boxes ---
# Two different Han characters drawn identically means both are the missing-glyph box.
"$NODE" --input-type=module -e "
  import { chromium } from '@playwright/test';
  import { resolveChromium } from './tools/browser.ts';
  const choice = resolveChromium();
  const browser = await chromium.launch({ ...choice.use.launchOptions, channel: choice.use.channel });
  const page = await browser.newPage();
  await page.setContent('<html lang=\"zh-CN\"><body></body></html>');
  const same = await page.evaluate(() => {
    const draw = (ch) => {
      const c = document.createElement('canvas'); c.width = c.height = 40;
      const g = c.getContext('2d'); g.font = '32px sans-serif'; g.fillText(ch, 2, 34);
      return c.toDataURL();
    };
    return draw('党') === draw('建');
  });
  await browser.close();
  if (same) { console.error('Chinese text renders as empty boxes in ' + choice.executablePath); process.exit(2); }
  console.log('browser check: ' + choice.executablePath + ' (' + choice.source + ') starts and draws 党建');
" 2>"$LOG"
case $? in
  0) ;;
  2) cat "$LOG" >&2
     echo "That browser finds no Chinese font: install fonts-noto-cjk (or another CJK font) where its fontconfig looks." >&2
     exit 1 ;;
  *) cat "$LOG" >&2
     echo "The browser does not start. With Playwright's own Chromium, missing system libraries are the usual cause: \`npx playwright install-deps chromium\`; or set CHROMIUM_PATH to another Chromium." >&2
     exit 1 ;;
esac

# --- Firefox and WebKit start, driven as tests/engines drives them ---
"$NODE" --input-type=module -e "
  import { resolveEngines } from './tools/engines.ts';
  for (const choice of await resolveEngines(['firefox', 'webkit'])) {
    const session = await choice.start();
    console.log('browser check: ' + session.label + ' starts');
    await session.close();
  }
" 2>"$LOG" || {
  cat "$LOG" >&2
  echo "Firefox or WebKit does not start (see above); FIREFOX_PATH, WEBKIT_WEBDRIVER_PATH and WEBKIT_MINIBROWSER_PATH point the tests at other ones." >&2
  exit 1
}
