/**
 * The toolbar badge of a tab that shows a failure notice: the worst class among its recipients, in
 * text and colour, so it reads without colour too (red "5xx": failed for good; amber "4xx": the
 * server still retries), and a tooltip that says it in words. In Thunderbird the badge is on the
 * button above the displayed message (`badgeButton`), the tab being the one that displays it.
 */
import {message} from '../shared/browser.ts';
import {badgeButton} from '../shared/thunderbird.ts';
import type {PageNotice} from '../shared/storage.ts';
import {verdictOf, worstFirst} from '../shared/verdict.ts';

export interface Badge {
  readonly text: string;
  readonly background: string;
  readonly color: string;
  readonly title: string;
}

const red = {background: '#c5221f', color: '#ffffff'};
const amber = {background: '#f9ab00', color: '#000000'};
const green = {background: '#188038', color: '#ffffff'};

/**
 * The badge for the notices open in a tab, after their worst recipient as the popup orders them;
 * `undefined` for none.
 *
 * @example
 * badgeFor([{subject: 'Undeliverable: Q3', result: {kind: 'bounce', recipients: [{permanent: true, …}], …}}])
 * //=> {text: '5xx', background: '#c5221f', color: '#ffffff', title: 'Bounce Decoder: Permanent failure: the address does not exist'}
 */
export function badgeFor(notices: readonly PageNotice[]): Badge | undefined {
  const [worst] = worstFirst(notices.flatMap((notice) => notice.result.recipients));
  if (worst === undefined) {
    return undefined;
  }

  const verdict = verdictOf(worst);
  const title = `${message('extensionName')}: ${verdict.text}`;
  switch (verdict.tone) {
    case 'permanent': {
      return {text: '5xx', ...red, title};
    }

    case 'temporary': {
      return {text: '4xx', ...amber, title};
    }

    case 'unknown': {
      return {text: '!', ...red, title};
    }

    case 'notice': {
      // A complaint needs the sender's attention; an automatic reply does not.
      return worst.reason.id === 'feedback' ? {text: '!', ...red, title} : {text: 'ok', ...green, title};
    }

    case 'delivered': {
      return {text: 'ok', ...green, title};
    }
  }
}

/**
 * Shows `badge` on one tab, or clears the tab's badge and tooltip for `undefined`. A tab closed
 * meanwhile is no error.
 */
export async function showBadge(tabId: number, badge: Badge | undefined): Promise<void> {
  const button = badgeButton();
  try {
    if (badge === undefined) {
      await button.setBadgeText({tabId, text: ''});
      await button.setTitle({tabId, title: message('extensionName')});
      return;
    }

    await button.setBadgeBackgroundColor({tabId, color: badge.background});
    await button.setBadgeTextColor({tabId, color: badge.color});
    await button.setBadgeText({tabId, text: badge.text});
    await button.setTitle({tabId, title: badge.title});
  } catch (error) {
    // Chromium: "No tab with id: 7."; Firefox and Thunderbird: "Invalid tab ID: 7". Any other failure is a bug.
    if (!/\bno tab with id\b|\binvalid tab id\b/i.test(String(error))) {
      throw error;
    }
  }
}
