import type { LabelSelector, SelectorOperator, SelectorRequirement } from '../model/types';
import { describeValue, quote, type Path } from './field-path';
import type { ReadContext } from './read-context';
import {
  isMap,
  readMapList,
  readStringList,
  rejectUnknownFields,
  requireString,
} from './read-fields';
import { checkLabelKey, checkLabelValue, readStringMap } from './read-string-map';

const OPERATORS: readonly SelectorOperator[] = ['In', 'NotIn', 'Exists', 'DoesNotExist'];
const SELECTOR_FIELDS = ['matchLabels', 'matchExpressions'];
const REQUIREMENT_FIELDS = ['key', 'operator', 'values'];

/**
 * Reads a metav1.LabelSelector at `path`. `{}` selects everything; labels written directly in
 * the selector (`podSelector: {app: web}`) are an error, not a silently empty selector.
 */
export function readLabelSelector(
  ctx: ReadContext,
  value: unknown,
  path: Path,
): LabelSelector | undefined {
  if (!isMap(value)) {
    ctx.report('error', path, `must be a label selector map, not ${describeValue(value)}`);
    return undefined;
  }
  const hint = 'labels go under matchLabels';
  const hints = Object.fromEntries(Object.keys(value).map((k) => [k, hint]));
  rejectUnknownFields(ctx, value, path, SELECTOR_FIELDS, hints);
  const matchLabels = readStringMap(ctx, value, 'matchLabels', path, true) ?? {};
  const matchExpressions: SelectorRequirement[] = [];
  readMapList(ctx, value, 'matchExpressions', path).forEach((item, i) => {
    const requirement = readRequirement(ctx, item, [...path, 'matchExpressions', i]);
    if (requirement) matchExpressions.push(requirement);
  });
  return { matchLabels, matchExpressions };
}

function readRequirement(
  ctx: ReadContext,
  item: Record<string, unknown>,
  path: Path,
): SelectorRequirement | undefined {
  rejectUnknownFields(ctx, item, path, REQUIREMENT_FIELDS);
  const key = requireString(ctx, item, 'key', path);
  const operatorText = requireString(ctx, item, 'operator', path);
  const values = readStringList(ctx, item, 'values', path);
  if (key !== undefined) checkLabelKey(ctx, [...path, 'key'], key);
  if (operatorText === undefined) return undefined;
  const operator = OPERATORS.find((o) => o === operatorText);
  if (!operator) {
    const near = OPERATORS.find((o) => o.toLowerCase() === operatorText.toLowerCase());
    const hint = near ? ` (operators are case-sensitive: ${near})` : '';
    ctx.report(
      'error',
      [...path, 'operator'],
      `invalid operator ${quote(operatorText)}; expected In, NotIn, Exists or DoesNotExist${hint}`,
    );
    return undefined;
  }
  if ((operator === 'In' || operator === 'NotIn') && values.length === 0) {
    ctx.report('error', [...path, 'values'], `must not be empty for operator ${operator}`);
    return undefined;
  }
  if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) {
    ctx.report('error', [...path, 'values'], `must be empty for operator ${operator}`);
    return undefined;
  }
  values.forEach((v, i) => checkLabelValue(ctx, [...path, 'values', i], v));
  return key === undefined ? undefined : { key, operator, values };
}
