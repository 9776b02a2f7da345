// Finds the Chrome or Chromium binary that tests, screenshots and benchmarks drive.
// We never download a browser: the system's own is used, or the one CHROME_PATH names.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags that keep headless Chromium quiet on a machine without a network or a sandbox. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @returns {string} the browser's path; exits the process with one clear sentence when none is found. */
export function chromePath() {
  const found = candidates.find((path) => path && existsSync(path));
  if (found) return found;
  console.error(
    'No Chrome or Chromium was found: install one (on Debian: `sudo apt-get install chromium`) ' +
      'or set CHROME_PATH to its binary.',
  );
  process.exit(1);
}
