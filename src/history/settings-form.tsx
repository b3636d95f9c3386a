import {useId, useState} from 'preact/hooks';
import {message} from '../shared/browser.ts';
import {historySettingsLimits} from './store.ts';
import type {HistorySettings} from './types.ts';

const {retentionDays: retentionDaysRange, maxEntries: maxEntriesRange} = historySettingsLimits;

/**
 * What is kept and for how long: keeping on or off, the days and the number of entries. Saved on
 * "Save", which says so. The fields start from `settings` and then hold what the person typed.
 */
export function SettingsForm({settings, onSave}: {
  readonly settings: HistorySettings;
  readonly onSave: (settings: HistorySettings) => Promise<void>;
}) {
  const headingId = useId();
  const keepId = useId();
  const daysId = useId();
  const maxId = useId();
  const [keep, setKeep] = useState(settings.keep);
  const [days, setDays] = useState(String(settings.retentionDays));
  const [max, setMax] = useState(String(settings.maxEntries));
  const [outcome, setOutcome] = useState<'saved' | 'failed' | 'invalid'>();

  async function save(): Promise<void> {
    const retentionDays = Number(days);
    const maxEntries = Number(max);
    const within = (value: number, {min, max}: {readonly min: number; readonly max: number}) => Number.isInteger(value) && value >= min && value <= max;
    if (!within(retentionDays, retentionDaysRange) || !within(maxEntries, maxEntriesRange)) {
      setOutcome('invalid');
      return;
    }

    try {
      await onSave({keep, retentionDays, maxEntries});
      setOutcome('saved');
    } catch {
      setOutcome('failed');
    }
  }

  return (
    <section class="settings" aria-labelledby={headingId}>
      <h2 id={headingId}>{message('historySettingsTitle')}</h2>
      <form onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}>
        <p class="setting">
          <input id={keepId} type="checkbox" checked={keep} onChange={(event) => setKeep(event.currentTarget.checked)} />
          <label for={keepId}>{message('historySettingKeep')}</label>
        </p>
        <p class="setting">
          <label for={daysId}>{message('historySettingDays')}</label>
          <input id={daysId} type="number" inputMode="numeric" min={retentionDaysRange.min} max={retentionDaysRange.max} required value={days}
            onInput={(event) => setDays(event.currentTarget.value)} />
        </p>
        <p class="setting">
          <label for={maxId}>{message('historySettingMax')}</label>
          <input id={maxId} type="number" inputMode="numeric" min={maxEntriesRange.min} max={maxEntriesRange.max} required value={max}
            onInput={(event) => setMax(event.currentTarget.value)} />
        </p>
        <p class="setting">
          <button type="submit">{message('historySettingsSave')}</button>
          <span role="status" class={outcome === 'saved' ? 'copy-outcome' : 'copy-outcome failed'}>
            {outcome === undefined ? '' : message(outcome === 'saved' ? 'historySettingsSaved' : outcome === 'invalid' ? 'historySettingsInvalid' : 'historySettingsFailed')}
          </span>
        </p>
      </form>
    </section>
  );
}
