import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  buildSearchIndex,
  searchGraph,
  type SearchIndex,
  type SearchMatch,
} from '../../graph/search';
import { useAppStore, type AppState } from '../../store/app-store';
import type { AnalysisSnapshot } from '../../worker/snapshot';

const selector = (s: AppState) => ({ snapshot: s.snapshot, drawn: s.drawn });

/**
 * One index per analysis, built the first time someone searches it: a big dump's index takes a
 * moment, and most analyses (every edit) are never searched. Weak, so an old analysis's index goes
 * with it.
 */
const indexes = new WeakMap<AnalysisSnapshot, SearchIndex>();

function indexOf(snapshot: AnalysisSnapshot): SearchIndex {
  let index = indexes.get(snapshot);
  if (!index) indexes.set(snapshot, (index = buildSearchIndex(snapshot)));
  return index;
}

/** Matches for a query in the current analysis, placed in the graph on screen. */
export function useSearchMatches(query: string): SearchMatch[] {
  const { snapshot, drawn } = useAppStore(useShallow(selector));
  return useMemo(() => {
    if (!snapshot || !drawn || query.trim() === '') return [];
    return searchGraph(indexOf(snapshot), drawn.graph, query);
  }, [snapshot, drawn, query]);
}
