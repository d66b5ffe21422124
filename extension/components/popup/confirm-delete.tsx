import { useState } from 'preact/hooks';

/**
 * A "Delete…" button that asks before it deletes: the first click turns it into the question with
 * the destructive button and a "Keep" way out, so one stray click never loses data.
 */
export function ConfirmDelete(props: { label: string; question: string; confirmLabel: string; onConfirm(): void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" class="btn small danger" onClick={() => setConfirming(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <span class="confirm">
      {props.question}{' '}
      <button
        type="button"
        class="btn small danger"
        onClick={() => {
          setConfirming(false);
          props.onConfirm();
        }}
      >
        {props.confirmLabel}
      </button>{' '}
      <button type="button" class="btn small" onClick={() => setConfirming(false)}>
        Keep
      </button>
    </span>
  );
}
