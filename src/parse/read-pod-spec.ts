import type { ContainerPort } from '../model/types';
import { quote, type Path } from './field-path';
import type { ReadContext } from './read-context';
import { readBoolean, readMapList, readString, requireInteger, type JsonMap } from './read-fields';
import { readProtocol, PORT_RANGE } from './read-port';
import { portNameProblem } from './validate-names';

export interface PodSpecFacts {
  ports: ContainerPort[];
  hostNetwork: boolean;
}

/**
 * Reads what reachability needs from a PodSpec at `path`: the ports of `containers` (init
 * containers serve no traffic) and hostNetwork.
 */
export function readPodSpec(ctx: ReadContext, spec: JsonMap | undefined, path: Path): PodSpecFacts {
  if (!spec) return { ports: [], hostNetwork: false };
  const ports: ContainerPort[] = [];
  readMapList(ctx, spec, 'containers', path).forEach((container, c) => {
    const containerPath = [...path, 'containers', c];
    readMapList(ctx, container, 'ports', containerPath).forEach((port, p) => {
      const portPath = [...containerPath, 'ports', p];
      const number = requireInteger(ctx, port, 'containerPort', portPath, PORT_RANGE);
      const name = readString(ctx, port, 'name', portPath);
      const problem = name === undefined ? undefined : portNameProblem(name);
      if (name !== undefined && problem) {
        ctx.report('error', [...portPath, 'name'], `invalid port name ${quote(name)}: ${problem}`);
      }
      const protocol = readProtocol(ctx, port, portPath);
      if (number === undefined) return;
      ports.push(name ? { name, port: number, protocol } : { port: number, protocol });
    });
  });
  return { ports, hostNetwork: readBoolean(ctx, spec, 'hostNetwork', path) ?? false };
}
