/**
 * Path of a Chromium executable: `CHROMIUM_PATH` (when it exists), else Debian's
 * `/usr/bin/chromium`, else Playwright's downloaded chromium.
 * @throws Error when none is found, saying how to get one.
 */
export function findChromium(): string;
