/**
 * The rule texts a card shows (a reason's title, its action's summary and steps) in the browser's
 * language. The English texts live in `src/rules/reasons`, with their sources; the translations
 * live in `_locales/<lang>/messages.json` under names made here, one place for both. A text with no
 * translation in the browser's language stays in English.
 */
import type {RecipientDiagnosis} from '../decoder/types.ts';
import {ruleMessageNamesOf} from '../rules/rule-messages.ts';
import {browser} from './browser.ts';

/** Each message name's text in the browser's language ('' when none): the language stays while a page lives. */
const lookedUp = new Map<string, string>();

/** A rule text in the browser's language, or `english` when it has no translation there. */
function translated(name: string, english: string): string {
  let text = lookedUp.get(name);
  if (text === undefined) {
    text = browser.i18n.getMessage(name);
    lookedUp.set(name, text);
  }
  return text || english;
}

/** The texts of each diagnosis already localised: a notice's cards, its overview and its order ask again and again. */
const localized = new WeakMap<RecipientDiagnosis, LocalizedRuleTexts>();

interface LocalizedRuleTexts {
  readonly title: string;
  /** Whether the title is a translation (not the rule's English). */
  readonly titleTranslated: boolean;
  readonly summary: string;
  readonly steps: readonly string[];
}

/**
 * The texts of a diagnosis that come from the reason rules, in the browser's language: each shown
 * text is compared with the rule's English, so a text that came from elsewhere (a provider's own
 * advice, given as the summary) stays as it is.
 */
export function localizedRuleTexts(diagnosis: RecipientDiagnosis): LocalizedRuleTexts {
  const known = localized.get(diagnosis);
  if (known !== undefined) return known;
  const {title} = diagnosis.reason;
  const {summary, steps} = diagnosis.action;
  const englishToName = ruleMessageNamesOf(diagnosis.reason.id);
  const local = (english: string) => {
    const name = englishToName.get(english);
    return name === undefined ? english : translated(name, english);
  };
  const localTitle = local(title);
  const texts = {title: localTitle, titleTranslated: localTitle !== title, summary: local(summary), steps: steps.map(local)};
  localized.set(diagnosis, texts);
  return texts;
}
