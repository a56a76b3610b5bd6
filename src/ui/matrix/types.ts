import type { Verdict } from '../../evaluate/types';
import type { MatrixFilter } from '../../worker/protocol';

/** Runs a matrix query on the analysis (worker or fallback). */
export type MatrixQuery = (filter: MatrixFilter) => Promise<{ verdicts: Verdict[]; total: number }>;
