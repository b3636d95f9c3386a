import {useId, useState} from 'preact/hooks';
import {message} from '../shared/browser.ts';
import type {Group, GroupDimension} from './groups.ts';
import {providerName, reasonTitle} from './rule-labels.ts';

/** How many rows a table shows before "Show all": the largest groups are the ones to act on. */
export const rowsShown = 20;

/** What a group is called on the page: "Google (Gmail / Google Workspace) · The address does not exist", a domain, an IP. */
export function groupLabel(group: Pick<Group, 'dimension' | 'provider' | 'reason' | 'value'>): string {
  if (group.dimension === 'providerReason') {
    const provider = group.provider === undefined || group.provider === '' ? message('historyNoProvider') : providerName(group.provider);
    return `${provider} · ${reasonTitle(group.reason ?? '')}`;
  }

  return group.value === undefined || group.value === '' ? message('historyNoDomain') : group.value;
}

/** `42 %`, `0.5 %`, in the browser's language. */
export function formatShare(share: number): string {
  return (share < 0.01 && share > 0 ? smallShareFormat : shareFormat).format(share);
}

const shareFormat = new Intl.NumberFormat(undefined, {style: 'percent', maximumFractionDigits: 0});
const smallShareFormat = new Intl.NumberFormat(undefined, {style: 'percent', maximumFractionDigits: 1});

const titles: Record<GroupDimension, Parameters<typeof message>[0]> = {
  providerReason: 'historyByProviderReason',
  domain: 'historyByDomain',
  sendingIp: 'historyBySendingIp',
};

/**
 * One group table: each group with its count, share and hard bounces; a group's name is a button
 * that selects it (pressed while selected).
 */
export function GroupTable({dimension, groups, selected, onSelect}: {
  readonly dimension: GroupDimension;
  readonly groups: readonly Group[];
  /** The key of the selected group of this dimension, if one is. */
  readonly selected: string | undefined;
  readonly onSelect: (group: Group | undefined) => void;
}) {
  const headingId = useId();
  const [all, setAll] = useState(false);
  const shown = all ? groups : groups.slice(0, rowsShown);
  return (
    <section class="group-table" aria-labelledby={headingId}>
      <h2 id={headingId}>{message(titles[dimension])}</h2>
      {groups.length === 0 ? <p class="hint">{message(dimension === 'sendingIp' ? 'historyNoSendingIps' : 'historyNoGroups')}</p> : (
        <table>
          <thead>
            <tr>
              <th scope="col">{message('historyColumnGroup')}</th>
              <th scope="col" class="number">{message('historyColumnCount')}</th>
              <th scope="col" class="number">{message('historyColumnShare')}</th>
              <th scope="col" class="number">{message('historyColumnHard')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((group) => {
              const isSelected = group.key === selected;
              return (
                <tr key={group.key} class={isSelected ? 'selected' : undefined}>
                  <th scope="row">
                    <button type="button" class="link" aria-pressed={isSelected} onClick={() => onSelect(isSelected ? undefined : group)}>
                      {groupLabel(group)}
                    </button>
                  </th>
                  <td class="number">{group.count.toLocaleString()}</td>
                  <td class="number">
                    <span class="share-bar" style={{'--share': String(group.share)}} aria-hidden="true" />
                    {formatShare(group.share)}
                  </td>
                  <td class="number">{group.hardBounces.toLocaleString()}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {groups.length > rowsShown ? (
        <button type="button" class="show-all" onClick={() => setAll(!all)}>
          {all ? message('historyShowFewer') : message('historyShowAllGroups', String(groups.length))}
        </button>
      ) : undefined}
    </section>
  );
}
