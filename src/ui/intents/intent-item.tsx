import { memo } from 'react';
import { summaryParts } from '../../evaluate/explain';
import type { Explanation } from '../../evaluate/types';
import { describeIntent, type IntentResult } from '../../intents';
import { ruleWhat } from '../inspector/explanation-text';
import { PolicyLink, SourceLink } from '../inspector/policy-link';
import { RuleLink } from '../inspector/policy-rule-link';
import type { JumpTarget, PolicySources } from '../inspector/types';

interface Links {
  policySources: PolicySources | undefined;
  onJump: (target: JumpTarget) => void;
}

/** A breaking pair: the evaluator's sentence, its policies and rules linking to the manifests. */
function Reason({ explanation, policySources, onJump }: Links & { explanation: Explanation }) {
  return (
    <li>
      <code>
        {explanation.from} → {explanation.to}
      </code>
      :{' '}
      {summaryParts(explanation).map((part, i) => {
        if (part.rule) {
          const what = ruleWhat(part.rule);
          return (
            <RuleLink
              key={i}
              label={part.text}
              what={what}
              source={part.rule.source}
              onJump={onJump}
            />
          );
        }
        if (part.policy) {
          return (
            <PolicyLink
              key={i}
              policy={part.policy}
              policySources={policySources}
              onJump={onJump}
            />
          );
        }
        return part.text;
      })}
    </li>
  );
}

/** One intent: pass or fail in words and a symbol (not colour alone), and why it fails. */
export const IntentItem = memo(function IntentItem({
  result,
  policySources,
  onJump,
}: Links & { result: IntentResult }) {
  const status = result.passed ? 'pass' : 'fail';
  const more = result.breaking - result.explanations.length;
  return (
    <li className={`rm-intent rm-intent-${status}`} data-testid="intent" data-status={status}>
      <p className="rm-intent-head">
        <span className="rm-intent-status">
          <span aria-hidden="true">{result.passed ? '✓' : '✗'}</span>{' '}
          {result.passed ? 'Pass' : 'Fail'}
        </span>{' '}
        <span className="rm-intent-what">{describeIntent(result.intent)}</span>{' '}
        <SourceLink
          source={result.intent.source}
          what={`intent ${result.intent.index + 1}`}
          onJump={onJump}
        />
      </p>
      <p className="rm-intent-message">{result.message}</p>
      {result.explanations.length > 0 && (
        <ul className="rm-intent-why" aria-label="Why it fails">
          {result.explanations.map((e) => (
            <Reason
              key={`${e.from}\n${e.to}`}
              explanation={e}
              policySources={policySources}
              onJump={onJump}
            />
          ))}
          {more > 0 && <li>… and {more} more</li>}
        </ul>
      )}
    </li>
  );
});
