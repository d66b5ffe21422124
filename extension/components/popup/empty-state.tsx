import { Mark } from '../shared/mark';

/** A new user's first screen: what Yardstick is for, and the three steps to get a number. */
export function EmptyState({ onGoTo }: { onGoTo(tab: 'settings'): void }) {
  return (
    <section class="card empty" data-empty="true">
      <Mark class="empty-mark" />
      <h2>No apps measured yet</h2>
      <p class="sub">Yardstick shows what each web app you use is worth to you: the time it saves, priced at your own rate.</p>
      <ol class="steps">
        <li>
          <strong>Open an app that uses Yardstick.</strong> Its product team added a small widget that counts the tasks it saves
          you.
        </li>
        <li>
          <strong>Click "Show my value on this site"</strong> above. Local apps (localhost) work right away.
        </li>
        <li>
          <strong>
            <button type="button" class="link" onClick={() => onGoTo('settings')}>
              Set your hourly rate
            </button>
          </strong>{' '}
          so minutes become money. Your data stays in this browser.
        </li>
      </ol>
    </section>
  );
}
