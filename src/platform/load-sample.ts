/** The sample cluster the page opens with. */
export const DEFAULT_SAMPLE = 'production.yaml';

/** Samples shipped in public/samples/, for the samples menu. */
export const SAMPLES: { file: string; title: string }[] = [
  { file: 'production.yaml', title: 'Production: api-server, frontend, postgres, DNS, Prometheus' },
  { file: 'microservices.yaml', title: 'Microservices shop: a kubectl dump of ~50 pods' },
];

/**
 * The text of a sample cluster shipped in `public/samples/`. Resolved against the page's base URL,
 * so it also loads when the build is served from a sub-path (GitHub Pages).
 *
 * @example
 * const text = await loadSample('production.yaml');
 */
export async function loadSample(name = DEFAULT_SAMPLE, signal?: AbortSignal): Promise<string> {
  const url = new URL(`${import.meta.env.BASE_URL}samples/${name}`, document.baseURI);
  const response = await fetch(url, { signal });
  if (!response.ok) {
    throw new Error(`Could not load the sample ${name}: HTTP ${response.status} from ${url}`);
  }
  // The dev server answers a missing file with index.html and status 200.
  if (response.headers.get('content-type')?.includes('text/html')) {
    throw new Error(`Could not load the sample ${name}: ${url} is not there`);
  }
  return response.text();
}
