/**
 * The message names under which `_locales/<lang>/messages.json` translates the reason rules' texts
 * (titles, actions). The English stays here in the rules, with its sources; `src/shared/rule-text.ts`
 * looks the translations up.
 */
import {reasons} from './reasons/index.ts';
import type {ActionRule, ReasonId, ReasonRule} from './types.ts';

/** Which text of a reason a message name stands for. */
export type RuleTextPart = 'title' | 'temporaryTitle' | 'summary' | 'temporarySummary' | `step${number}` | `temporaryStep${number}`;

/**
 * The message name of one rule text: `reason_<id>_<part>`.
 *
 * @example
 * ruleMessageName('mailboxfull', 'step1') //=> 'reason_mailboxfull_step1'
 */
export function ruleMessageName(id: ReasonId, part: RuleTextPart): string {
  return `reason_${id}_${part}`;
}

/** The texts of one reason by message name, in English: title, then the actions' summaries and steps. */
function textsOfRule(rule: ReasonRule): [name: string, english: string][] {
  const texts: [string, string][] = [[ruleMessageName(rule.id, 'title'), rule.title]];
  if (rule.temporaryTitle !== undefined) texts.push([ruleMessageName(rule.id, 'temporaryTitle'), rule.temporaryTitle]);
  const addAction = (action: ActionRule, temporary: boolean) => {
    texts.push([ruleMessageName(rule.id, temporary ? 'temporarySummary' : 'summary'), action.summary]);
    action.steps.forEach((step, index) => texts.push([ruleMessageName(rule.id, temporary ? `temporaryStep${index + 1}` : `step${index + 1}`), step]));
  };
  addAction(rule.action, false);
  if (rule.temporaryAction !== undefined) addAction(rule.temporaryAction, true);
  return texts;
}

/**
 * Every rule text by its message name, in English: what a translation must cover.
 *
 * @example
 * ruleTexts().get('reason_userunknown_title') //=> 'The address does not exist'
 */
export function ruleTexts(): Map<string, string> {
  return new Map(Object.values(reasons).flatMap(textsOfRule));
}

const namesByReason = new Map<ReasonId, ReadonlyMap<string, string>>();

/**
 * The message names of one reason's texts, by their English: how a text a diagnosis shows is
 * found again in the translations. Made once per reason.
 */
export function ruleMessageNamesOf(id: ReasonId): ReadonlyMap<string, string> {
  let names = namesByReason.get(id);
  if (names === undefined) {
    names = new Map(textsOfRule(reasons[id]).map(([name, english]) => [english, name]));
    namesByReason.set(id, names);
  }
  return names;
}
