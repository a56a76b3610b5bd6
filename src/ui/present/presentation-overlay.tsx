import { useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, type AppState } from '../../store/app-store';
import { GlobeIcon, ShieldIcon } from '../canvas/icons';
import { useFullscreen } from './use-fullscreen';
import { leavePresentation, walk } from './walk';
import {
  stepIndexOf,
  stepLabel,
  walkthroughIntro,
  walkthroughSteps,
  type WalkthroughStep,
} from './walkthrough-steps';
import './present.css';

const selector = (s: AppState) => ({
  snapshot: s.snapshot,
  walkStep: s.walkStep,
  selection: s.selection,
  details: s.presentDetails,
});

const KEYS_HINT = '→ next · ← previous · Home/End first/last · Esc leaves';

/**
 * The presenter's bar over the full-screen graph: which step of the walkthrough is shown, what it
 * means in one line, buttons for people with a mouse, and a live region for people with a screen
 * reader. Its presence also puts the app root in full screen.
 */
export function PresentationOverlay() {
  const { snapshot, walkStep, selection, details } = useAppStore(useShallow(selector));
  const steps = useMemo(() => (snapshot ? walkthroughSteps(snapshot) : []), [snapshot]);
  const index = Math.min(walkStep, steps.length - 1);
  const step: WalkthroughStep | undefined = steps[index];
  const bar = useRef<HTMLElement>(null);
  useFullscreen(bar, leavePresentation);
  useEffect(() => {
    // Screen readers land on the bar, and the arrows are the walkthrough's, not a focused node's.
    // Leaving gives focus back to where it was (the canvas, or the Present button).
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    bar.current?.focus({ preventScroll: true });
    return () => {
      if (before?.isConnected) before.focus({ preventScroll: true });
    };
  }, []);

  const label = step ? stepLabel(step) : walkthroughIntro(steps);
  const caption = step ? step.caption : steps.length > 0 ? `Press → to start · ${KEYS_HINT}` : '';
  // Someone clicked elsewhere on the graph: the indicator keeps the place, and says so.
  const elsewhere = step !== undefined && stepIndexOf([step], selection) !== 0;
  return (
    <section
      ref={bar}
      tabIndex={-1}
      className="rm-present"
      aria-label="Presentation"
      data-testid="presentation"
      data-details={details ? 'shown' : 'hidden'}
    >
      <div className="rm-present-head">
        <h2 className="rm-present-step" data-testid="present-step" data-kind={step?.kind}>
          {step?.kind === 'policy' && <ShieldIcon direction="in" />}
          {step?.kind === 'service' && <GlobeIcon />}
          {label}
        </h2>
        {elsewhere && <p className="rm-present-note">Showing another selection · → or ← returns</p>}
        <div className="rm-present-controls" role="group" aria-label="Walkthrough">
          <button
            type="button"
            aria-label="Previous step"
            aria-keyshortcuts="ArrowLeft ArrowUp"
            aria-disabled={index <= 0}
            onClick={() => walk('previous')}
          >
            ◀
          </button>
          <span className="rm-present-count" aria-hidden="true">
            {index + 1} / {steps.length}
          </span>
          <button
            type="button"
            aria-label="Next step"
            aria-keyshortcuts="ArrowRight ArrowDown"
            aria-disabled={index >= steps.length - 1}
            onClick={() => walk('next')}
          >
            ▶
          </button>
          <button
            type="button"
            aria-pressed={details}
            onClick={() => useAppStore.getState().setPresentDetails(!details)}
          >
            Details
          </button>
          <button type="button" aria-keyshortcuts="Escape" onClick={leavePresentation}>
            ✕ Exit
          </button>
        </div>
      </div>
      {/* Always there and always two lines high: a bar changing height would resize the graph,
          and the graph re-fits on a resize, undoing the step's centring. */}
      <p className="rm-present-caption" data-testid="present-caption" title={caption}>
        {caption}
      </p>
      {/* One string, so a screen reader reads the step and its caption together. */}
      <p className="rm-visually-hidden" role="status" data-testid="present-announcement">
        {step ? `${label}. ${caption}` : ''}
      </p>
    </section>
  );
}
