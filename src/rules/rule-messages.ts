/**
 * The message names under which `_locales/<lang>/messages.json` translates the reason rules' texts
 * (titles, actions). The English stays here in the rules, with its sources; `src/shared/rule-text.ts`
 * looks the translations up.
 */
import {reasons} from './reasons/index.ts';
import type {ActionRule, ReasonId} from './types.ts';

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

/**
 * Every rule text by its message name, in English: what a translation must cover.
 *
 * @example
 * ruleTexts().get('reason_userunknown_title') //=> 'The address does not exist'
 */
export function ruleTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  const addAction = (id: ReasonId, action: ActionRule, temporary: boolean) => {
    texts.set(ruleMessageName(id, temporary ? 'temporarySummary' : 'summary'), action.summary);
    action.steps.forEach((step, index) => texts.set(ruleMessageName(id, temporary ? `temporaryStep${index + 1}` : `step${index + 1}`), step));
  };
  for (const rule of Object.values(reasons)) {
    texts.set(ruleMessageName(rule.id, 'title'), rule.title);
    if (rule.temporaryTitle !== undefined) texts.set(ruleMessageName(rule.id, 'temporaryTitle'), rule.temporaryTitle);
    addAction(rule.id, rule.action, false);
    if (rule.temporaryAction !== undefined) addAction(rule.id, rule.temporaryAction, true);
  }
  return texts;
}

const textsByReason = new Map<ReasonId, [string, string][]>();

/** The rule texts of one reason, by message name (see `ruleTexts`). */
export function ruleTextsOf(id: ReasonId): readonly [string, string][] {
  let texts = textsByReason.get(id);
  if (texts === undefined) {
    texts = [...ruleTexts()].filter(([name]) => name.startsWith(`reason_${id}_`));
    textsByReason.set(id, texts);
  }
  return texts;
}
