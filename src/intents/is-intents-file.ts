import { skipToContent } from '../parse/skip-to-content';

const INTENTS_NAME = /(?:^|[/\\])(?:reachmap-intents|[^/\\]*\.intents)\.(?:ya?ml|json)$/i;
const INTENTS_KEY = /^intents[ \t]*:/;

/**
 * Whether a workspace file holds intents rather than manifests: its name is `reachmap-intents.yaml`
 * or ends in `.intents.yaml` (`.yml`, `.json`), or its first key is `intents:`. Such a file is
 * checked as intents and never parsed as manifests (its entries have no `kind`).
 *
 * @example isIntentsFile('ci/prod.intents.yaml', '') // true
 * @example isIntentsFile('untitled.yaml', '# expectations\nintents:\n  - …') // true
 */
export function isIntentsFile(name: string, text: string): boolean {
  if (INTENTS_NAME.test(name)) return true;
  // Only the start is looked at: a 50 MB dump costs nothing here.
  const start = skipToContent(text.slice(0, 4096), 0);
  return INTENTS_KEY.test(text.slice(start, start + 16));
}
