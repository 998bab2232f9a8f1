/**
 * How the renderer's tests and benchmark launch Debian's Chromium (`npx playwright install`
 * cannot download here): the system binary, and no background traffic on a closed network.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
