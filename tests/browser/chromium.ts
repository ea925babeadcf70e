/**
 * Debian's Chromium for the browser tests, driven by playwright-core (no downloaded browser):
 * where it is, whether the tests may skip without it (locally) or must fail (CI), and a
 * browser context with a fresh profile and no background networking.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** The Chromium binary: `MAESTRO_CHROMIUM`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM = process.env['MAESTRO_CHROMIUM'] || '/usr/bin/chromium';

/** True when the binary is there. */
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** In CI a missing Chromium is a failure, never a skip. */
export const MUST_HAVE_CHROMIUM = process.env['CI'] === 'true';

/** What to do about a missing Chromium, in the tool's words. */
export const MISSING_CHROMIUM = `Chromium is not installed at ${CHROMIUM}: the viewer's browser tests need it. Install Debian's package (apt-get install --no-install-recommends chromium; .ci/run does) or point MAESTRO_CHROMIUM at a Chromium binary.`;

/** Flags that keep Chromium off the network and out of the user's profile. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Chromium with a fresh, empty profile; `close()` removes the profile too. */
export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'maestro-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    // The page comes from disk; nothing else may be reached, and service workers never start.
    serviceWorkers: 'block',
    offline: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
