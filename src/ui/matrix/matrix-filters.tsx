import { useId, useState, type FormEvent } from 'react';
import { PROTOCOLS, type Protocol } from '../../model/types';

export interface MatrixChoice {
  namespaces: string[];
  port: number;
  protocol: Protocol;
  listeningOnly: boolean;
}

interface Props {
  namespaces: readonly string[];
  ports: readonly number[];
  value: MatrixChoice;
  onApply: (choice: MatrixChoice) => void;
}

/**
 * Namespaces, port and protocol. Edits are drafts until "Show": every query re-derives the verdicts
 * in the worker, and typing 8080 should not ask for 8, 80 and 808 on the way.
 */
export function MatrixFilters({ namespaces, ports, value, onApply }: Props) {
  const id = useId();
  const [chosen, setChosen] = useState<string[]>(value.namespaces);
  const [port, setPort] = useState(String(value.port));
  const [protocol, setProtocol] = useState<Protocol>(value.protocol);
  const [listeningOnly, setListeningOnly] = useState(value.listeningOnly);
  const portNumber = Number(port);
  const valid = Number.isInteger(portNumber) && portNumber >= 1 && portNumber <= 65535;

  const toggle = (ns: string) =>
    setChosen((list) => (list.includes(ns) ? list.filter((x) => x !== ns) : [...list, ns].sort()));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (valid) onApply({ namespaces: chosen, port: portNumber, protocol, listeningOnly });
  };

  return (
    <form className="rm-matrix-filters" aria-label="Matrix filters" onSubmit={submit}>
      <fieldset>
        <legend>
          Namespaces {chosen.length === 0 && <span className="rm-matrix-muted">(all)</span>}
        </legend>
        {namespaces.map((ns) => (
          <label key={ns}>
            <input type="checkbox" checked={chosen.includes(ns)} onChange={() => toggle(ns)} /> {ns}
          </label>
        ))}
      </fieldset>
      <label>
        Port{' '}
        <input
          type="number"
          min={1}
          max={65535}
          list={`${id}-ports`}
          value={port}
          aria-invalid={!valid}
          onChange={(e) => setPort(e.target.value)}
        />
        <datalist id={`${id}-ports`}>
          {ports.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
      </label>
      <label>
        Protocol{' '}
        <select value={protocol} onChange={(e) => setProtocol(e.target.value as Protocol)}>
          {PROTOCOLS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={listeningOnly}
          onChange={(e) => setListeningOnly(e.target.checked)}
        />{' '}
        Only destinations probed on this port
      </label>
      <button type="submit" disabled={!valid}>
        Show
      </button>
    </form>
  );
}
