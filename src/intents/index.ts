export { parseIntents, type ParsedIntents } from './parse-intents';
export { checkIntents, MAX_EXPLAINED, type IntentTarget } from './check-intents';
export { describeIntent, describeRef } from './describe-intent';
export { isIntentsFile } from './is-intents-file';
export type { EndpointRef, Expectation, Intent, IntentResult } from './types';
export {
  readIntentFiles,
  reportIntents,
  splitIntentFiles,
  type IntentsReport,
} from './check-files';
