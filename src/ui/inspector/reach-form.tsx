import { useState, type FormEvent } from 'react';
import { PROTOCOLS, type Endpoint, type Protocol } from '../../model/types';
import type { Probe } from '../../evaluate/types';
import { EndpointPicker } from './endpoint-picker';
import { ExplanationView } from './explanation-view';
import { useExplanation } from './use-explanation';
import type { ExplainFn, JumpTarget, PolicySources } from './types';

interface Props {
  endpoints: readonly Endpoint[];
  /** The analysis the endpoints came from; a new one asks the question again. */
  version: unknown;
  explain: ExplainFn;
  policySources: PolicySources | undefined;
  onJump: (source: JumpTarget) => void;
  initialFrom?: string;
  initialTo?: string;
}

interface Question {
  from: string;
  to: string;
  probe: Probe;
}

/** "Can A reach B on port P?": two endpoints, a port and protocol, answered with reasons. */
export function ReachForm({
  endpoints,
  version,
  explain,
  policySources,
  onJump,
  ...initial
}: Props) {
  const [from, setFrom] = useState(initial.initialFrom ?? '');
  const [to, setTo] = useState(initial.initialTo ?? '');
  const [port, setPort] = useState('');
  const [protocol, setProtocol] = useState<Protocol>('TCP');
  const [asked, setAsked] = useState<Question>();
  const state = useExplanation(explain, asked?.from, asked?.to, asked?.probe ?? NO_PROBE, version);

  const portNumber = Number(port);
  const valid =
    from !== '' &&
    to !== '' &&
    Number.isInteger(portNumber) &&
    portNumber >= 1 &&
    portNumber <= 65535;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (valid) setAsked({ from, to, probe: { port: portNumber, protocol } });
  };

  return (
    <form className="rm-insp-form" aria-label="Can A reach B on port P?" onSubmit={submit}>
      <EndpointPicker label="From" endpoints={endpoints} value={from} onChange={setFrom} />
      <EndpointPicker label="To" endpoints={endpoints} value={to} onChange={setTo} />
      <div className="rm-insp-port">
        <label>
          Port{' '}
          <input
            type="number"
            min={1}
            max={65535}
            inputMode="numeric"
            value={port}
            onChange={(e) => setPort(e.target.value)}
          />
        </label>
        <label>
          Protocol{' '}
          <select value={protocol} onChange={(e) => setProtocol(e.target.value as Protocol)}>
            {PROTOCOLS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!valid}>
          Check
        </button>
      </div>
      <ExplanationView state={state} policySources={policySources} onJump={onJump} />
    </form>
  );
}

const NO_PROBE: Probe = { port: 0, protocol: 'TCP' };
