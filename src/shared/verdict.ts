/**
 * The one-line verdict on a recipient, the order of the cards, and what to do about the address:
 * the parts of a diagnosis a person reads first.
 */
import type {RecipientDiagnosis} from '../decoder/types.ts';
import {feedbackTypesWithoutComplaint} from '../rules/message-headers.ts';
import {message} from './browser.ts';
import {localizedRuleTexts} from './rule-text.ts';

/** How bad it is; each tone has its own colour and its own icon, and the verdict says it in words. */
export type Tone = 'permanent' | 'unknown' | 'temporary' | 'notice' | 'delivered';

export interface Verdict {
  readonly tone: Tone;
  /** "Permanent failure: the address does not exist". */
  readonly text: string;
}

/**
 * A reason title as it reads after a colon: "The address does not exist" → "the address does not
 * exist", but "SPF, DKIM or DMARC failed" keeps its capitals.
 */
export function lowerFirst(title: string): string {
  const [first = '', second = ''] = title;
  return second !== '' && second === second.toLowerCase() ? first.toLowerCase() + title.slice(1) : title;
}

/**
 * The verdict a person grasps in a second.
 *
 * @example
 * verdictOf(diagnosis).text
 * //=> 'Permanent failure: the address does not exist'
 */
export function verdictOf(diagnosis: RecipientDiagnosis): Verdict {
  let verdict = verdicts.get(diagnosis);
  if (verdict === undefined) {
    verdict = verdictOfNew(diagnosis);
    verdicts.set(diagnosis, verdict);
  }
  return verdict;
}

/** Each diagnosis's verdict, once made: the order of the cards, the overview and each card ask for it. */
const verdicts = new WeakMap<RecipientDiagnosis, Verdict>();

function verdictOfNew(diagnosis: RecipientDiagnosis): Verdict {
  switch (diagnosis.reason.id) {
    case 'delivered': {
      return {tone: 'delivered', text: message('verdictDelivered')};
    }

    case 'vacation': {
      return {tone: 'notice', text: message('verdictAutoReply')};
    }

    case 'feedback': {
      // A report of a message that failed authentication (RFC 6591) is no recipient's complaint.
      const reported = diagnosis.feedbackType === undefined ? undefined : feedbackTypesWithoutComplaint.get(diagnosis.feedbackType)?.reason;
      return {tone: 'notice', text: message(reported === 'authfailure' ? 'verdictAuthFailureReport' : 'verdictComplaint')};
    }

    default: {
      break;
    }
  }

  // Lower-casing the first letter after the colon is English grammar: a translated title stays as written.
  const {title, titleTranslated} = localizedRuleTexts(diagnosis);
  const reason = titleTranslated ? title : lowerFirst(title);
  if (diagnosis.permanent === true) {
    return {tone: 'permanent', text: message('verdictPermanent', reason)};
  }

  return diagnosis.permanent === false
    ? {tone: 'temporary', text: message('verdictTemporary')}
    : {tone: 'unknown', text: message('verdictUnknownClass', reason)};
}

/** Worst first: a dead address, then other permanent failures, unknown ones, temporary ones, the rest. */
function rank(diagnosis: RecipientDiagnosis): number {
  const {tone} = verdictOf(diagnosis);
  if (tone === 'permanent') {
    return diagnosis.hardBounce ? 0 : 1;
  }

  return {unknown: 2, temporary: 3, notice: 4, delivered: 5}[tone];
}

/**
 * The recipients worst first; recipients that are equally bad keep the order of the bounce.
 *
 * @example
 * worstFirst([temporary, hardBounce, delivered])
 * //=> [hardBounce, temporary, delivered]
 */
export function worstFirst(recipients: readonly RecipientDiagnosis[]): RecipientDiagnosis[] {
  return recipients
    .map((diagnosis, index) => ({diagnosis, index, rank: rank(diagnosis)}))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({diagnosis}) => diagnosis);
}

/**
 * Whether the address should go from the mailing lists, or who must fix what, in one sentence.
 *
 * @example
 * addressAdvice({hardBounce: true, …})
 * //=> 'Yes: remove this address from your lists'
 */
export function addressAdvice(diagnosis: RecipientDiagnosis): string {
  if (diagnosis.hardBounce) {
    return message('hardBounceYes');
  }

  switch (diagnosis.action.id) {
    case 'none': {
      return message('hardBounceNothing');
    }

    case 'suppress': {
      return message('hardBounceStopSending');
    }

    case 'fix-address': {
      return message('hardBounceFixAddress');
    }

    case 'contact-recipient': {
      return message('hardBounceRecipient');
    }

    case 'retry':
    case 'wait': {
      return message('hardBounceLater');
    }

    case 'fix-authentication':
    case 'request-delisting':
    case 'slow-down':
    case 'fix-content':
    case 'fix-sender':
    case 'fix-server': {
      return message('hardBounceSender');
    }
  }
}
