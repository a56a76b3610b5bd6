import { enterPresentation } from './walk';

/** The header's way into presentation mode; `p` from anywhere does the same. */
export function PresentButton() {
  return (
    <button
      type="button"
      className="rm-present-button"
      aria-keyshortcuts="p"
      title="Presentation mode: the graph full screen, a walkthrough of the policies and exposed Services (P)"
      onClick={enterPresentation}
    >
      ▶ Present
    </button>
  );
}
