/**
 * The toolbar badge of a tab that shows a failure notice: the worst class among its recipients, in
 * text and colour, so it reads without colour too (red "5xx": failed for good; amber "4xx": the
 * server still retries), and a tooltip that says it in words.
 */
import type {RecipientDiagnosis} from '../decoder/types.ts';
import {browser, message} from '../shared/browser.ts';
import type {PageNotice} from '../shared/storage.ts';

export interface Badge {
  readonly text: string;
  readonly background: string;
  readonly color: string;
  readonly title: string;
}

const red = {background: '#c5221f', color: '#ffffff'};
const amber = {background: '#f9ab00', color: '#000000'};
const green = {background: '#188038', color: '#ffffff'};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The badge for the notices open in a tab; `undefined` for none.
 *
 * @example
 * badgeFor([{subject: 'Undeliverable: Q3', result: {kind: 'bounce', recipients: [{permanent: true, …}], …}}])
 * //=> {text: '5xx', background: '#c5221f', color: '#ffffff', title: 'Bounce Decoder: Permanent failure: the address does not exist'}
 */
export function badgeFor(notices: readonly PageNotice[]): Badge | undefined {
  const recipients: RecipientDiagnosis[] = notices.flatMap((notice) => notice.result.recipients);
  if (recipients.length === 0) {
    return undefined;
  }

  const name = message('extensionName');
  const permanent = recipients.find((recipient) => recipient.permanent === true);
  if (permanent) {
    return {text: '5xx', ...red, title: `${name}: ${message('verdictPermanent', lowerFirst(permanent.reason.title))}`};
  }

  if (recipients.some((recipient) => recipient.permanent === false)) {
    return {text: '4xx', ...amber, title: `${name}: ${message('verdictTemporary')}`};
  }

  const kinds = notices.map((notice) => notice.result.kind);
  if (kinds.includes('feedback')) {
    return {text: '!', ...red, title: `${name}: ${message('verdictComplaint')}`};
  }

  if (kinds.includes('bounce') || kinds.includes('delay')) {
    const [first] = recipients;
    return {text: '!', ...red, title: `${name}: ${message('verdictUnknownClass', lowerFirst(first?.reason.title ?? ''))}`};
  }

  return {text: 'ok', ...green, title: `${name}: ${message(kinds.includes('autoreply') ? 'verdictAutoReply' : 'verdictDelivered')}`};
}

/**
 * Shows `badge` on one tab, or clears the tab's badge and tooltip for `undefined`. A tab closed
 * meanwhile is no error.
 */
export async function showBadge(tabId: number, badge: Badge | undefined): Promise<void> {
  try {
    if (badge === undefined) {
      await browser.action.setBadgeText({tabId, text: ''});
      await browser.action.setTitle({tabId, title: message('extensionName')});
      return;
    }

    await browser.action.setBadgeBackgroundColor({tabId, color: badge.background});
    await browser.action.setBadgeTextColor({tabId, color: badge.color});
    await browser.action.setBadgeText({tabId, text: badge.text});
    await browser.action.setTitle({tabId, title: badge.title});
  } catch (error) {
    if (!/tab/i.test(String(error))) {
      throw error;
    }
  }
}
