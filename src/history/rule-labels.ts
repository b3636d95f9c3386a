/**
 * The names the history shows for the ids it keeps: a reason's title and advice (from the reason
 * rules, in the browser's language where `_locales` translates them, as the popup's cards show
 * them: src/shared/rule-text.ts) and a provider's name.
 */
import {providers} from '../rules/providers/index.ts';
import {reasons} from '../rules/reasons/index.ts';
import {ruleMessageName, type RuleTextPart} from '../rules/rule-messages.ts';
import type {ActionRule, ReasonId, ReasonRule} from '../rules/types.ts';
import {browser} from '../shared/browser.ts';

function isReasonId(id: string): id is ReasonId {
  return Object.hasOwn(reasons, id);
}

/** Each rule text looked up, by message name: the language stays while the page lives, and a render asks for hundreds. */
const lookedUp = new Map<string, string>();

/** A rule text in the browser's language, else the rule's English. */
function translated(id: ReasonId, part: RuleTextPart, english: string): string {
  const name = ruleMessageName(id, part);
  let text = lookedUp.get(name);
  if (text === undefined) {
    text = browser.i18n.getMessage(name) || english;
    lookedUp.set(name, text);
  }
  return text;
}

/**
 * A reason's title, translated: `userunknown` → "The address does not exist". An id the rules do not
 * know (an entry kept by an older version) shows as it is.
 */
export function reasonTitle(id: string): string {
  return isReasonId(id) ? translated(id, 'title', reasons[id].title) : id;
}

/** What the rules advise for a reason: one line, then the steps. */
export interface Advice {
  readonly summary: string;
  readonly steps: readonly string[];
}

/**
 * The advice of a reason, translated: its temporary action when the failures are all temporary and
 * the reason has one, else its action.
 */
export function reasonAdvice(id: string, temporary: boolean): Advice | undefined {
  if (!isReasonId(id)) return undefined;
  const rule: ReasonRule = reasons[id];
  const useTemporary = temporary && rule.temporaryAction !== undefined;
  const action: ActionRule = (useTemporary ? rule.temporaryAction : undefined) ?? rule.action;
  return {
    summary: translated(id, useTemporary ? 'temporarySummary' : 'summary', action.summary),
    steps: action.steps.map((step, index) => translated(id, useTemporary ? `temporaryStep${index + 1}` : `step${index + 1}`, step)),
  };
}

const providerNames = new Map<string, string>(providers.map(({info}) => [info.id, info.name]));

/** A provider's name: `google` → "Google (Gmail / Google Workspace)"; an unknown id as it is. */
export function providerName(id: string): string {
  return providerNames.get(id) ?? id;
}
