import {useId} from 'preact/hooks';
import type {RecipientDiagnosis} from '../decoder/types.ts';
import {message} from '../shared/browser.ts';
import {diagnosesCsv} from '../shared/csv.ts';
import {verdictOf} from '../shared/verdict.ts';
import {CopyButton} from './copy-button.tsx';

/** Recipients that call for the same thing: the dead addresses together, the rest by verdict. */
interface Group {
  readonly label: string;
  readonly members: readonly number[];
}

/**
 * The groups of `recipients` (worst first already), in the order their first member stands: one
 * for the hard bounces ("3 to remove from your lists"), one per verdict for the others.
 */
export function groupsOf(recipients: readonly RecipientDiagnosis[]): Group[] {
  const byKey = new Map<string, {verdict: string; hard: boolean; members: number[]}>();
  recipients.forEach((recipient, index) => {
    const verdict = verdictOf(recipient).text;
    const key = recipient.hardBounce ? '\u0000hard' : verdict;
    const group = byKey.get(key);
    if (group) group.members.push(index);
    else byKey.set(key, {verdict, hard: recipient.hardBounce, members: [index]});
  });
  return [...byKey.values()].map(({verdict, hard, members}) => ({
    label: hard ? message('overviewRemove', String(members.length)) : message('overviewGroup', String(members.length), verdict),
    members,
  }));
}

/** The hard-bounced addresses, one per line: what to paste into a suppression list. */
export function addressesToRemove(recipients: readonly RecipientDiagnosis[]): string {
  const addresses = [...new Set(recipients.filter((recipient) => recipient.hardBounce && recipient.recipient !== undefined).map((recipient) => recipient.recipient!))];
  return addresses.length === 0 ? '' : `${addresses.join('\n')}\n`;
}

/**
 * The first thing a notice to several recipients shows: how many, grouped by what to do, each
 * recipient a button that opens its card; and the copies a person acts on in bulk.
 */
export function Overview({recipients, onOpen}: {
  readonly recipients: readonly RecipientDiagnosis[];
  /** Shows and focuses the card of the recipient at this index. */
  readonly onOpen: (index: number) => void;
}) {
  const headingId = useId();
  const toRemove = addressesToRemove(recipients);
  return (
    <section class="overview" aria-labelledby={headingId}>
      <h2 id={headingId} class="section-title">{message('overviewTitle', String(recipients.length))}</h2>
      <ul class="groups">
        {groupsOf(recipients).map(({label, members}) => (
          <li key={label}>
            <span class="group-label">{label}</span>
            <ul class="members">
              {members.map((index) => {
                const address = recipients[index]!.recipient ?? message('recipientUnknown');
                return (
                  <li key={index}>
                    <button type="button" class="link" aria-label={message('overviewOpenCard', address)} onClick={() => onOpen(index)}>{address}</button>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      <p class="copy-buttons">
        {toRemove === '' ? undefined : <CopyButton label={message('copyRemoveList')} text={() => toRemove} />}
        <CopyButton label={message('copyCsv')} text={() => diagnosesCsv(recipients)} />
      </p>
    </section>
  );
}
