/**
 * What the mail servers' own templates say, read from `src/rules/mta/` as one union of every
 * family's texts: nothing here depends on which server wrote a notice, so a relay that rewraps
 * another server's words, or a server configured with another's templates, reads the same.
 */
import {mtaFamilies} from '../rules/mta/index.ts';
import type {MtaFamily, SmtpStage, TemplateText} from '../rules/types.ts';
import {literalAlternation} from './match-text.ts';

type TextField = {
  [K in keyof MtaFamily]-?: NonNullable<MtaFamily[K]> extends readonly TemplateText[] ? K : never;
}[keyof MtaFamily];

/** Every family's texts of one field, longest first (so an alternation prefers the fullest match). */
function textsOf(field: TextField): string[] {
  const texts = new Set(mtaFamilies.flatMap((family) => (family[field] ?? []).map((text) => text.text)));
  return [...texts].sort((a, b) => b.length - a.length);
}

export const templateRecipientLeadIns = textsOf('recipientLeadIns');
export const templateReplyIntroductions = textsOf('replyIntroductions');
export const templateOriginalMessageMarkers = textsOf('originalMessageMarkers');
export const templateDelivered = textsOf('delivered');

/**
 * The words of a line that opens a list of recipients: a failure notice's list, or a delivery
 * confirmation's. Matched case-blind over the whole text, in one scan (`headingLines`).
 */
export const anyRecipientHeading = literalAlternation([...new Set([
  ...textsOf('recipientHeadings'),
  ...templateDelivered,
  // A lead-in that is a whole sentence ("Delivery has failed to these recipients or groups:") also
  // heads the list below it, where the templates put the addresses one per line.
  ...templateRecipientLeadIns.filter((text) => text.length >= 15 && /[:.]$/.test(text)),
])], 'gi');

/** Any family's fixed body line: the text is a notice. Matched on normalised text. */
export const anyBodyMarker = literalAlternation(textsOf('bodyMarkers'), '');

const permanentTexts = new Set(textsOf('permanent'));
const temporaryTexts = textsOf('temporary');
/** Both lists in one alternation, longest first: one scan of the notice finds what each says. */
const anyPermanence = literalAlternation([...new Set([...permanentTexts, ...temporaryTexts])].sort((a, b) => b.length - a.length), 'g');

/** What a notice's own template words say of its failures, with the words that say it. */
export interface TemplatePermanence {
  readonly permanent: boolean;
  readonly text: string;
}

/**
 * Whether the template words of a notice say its failures are final ("This is a permanent error;
 * I've given up") or still being retried (a delay warning), when exactly one of the two is said.
 * `notice` is normalised (`normalizeForMatch`).
 */
export function templatePermanence(notice: string): TemplatePermanence | undefined {
  let permanent: string | undefined;
  let temporary: string | undefined;
  for (const [text] of notice.matchAll(anyPermanence)) {
    if (permanentTexts.has(text)) permanent ??= text;
    else temporary ??= text;
    if (permanent !== undefined && temporary !== undefined) return undefined;
  }
  if (permanent !== undefined) return {permanent: true, text: permanent};
  if (temporary !== undefined) return {permanent: false, text: temporary};
  return undefined;
}

const stageTexts = mtaFamilies.flatMap((family) => family.stages ?? []);
const stageByText = new Map<string, SmtpStage>(stageTexts.map((text) => [text.text, text.stage]));
const anyStage = literalAlternation([...stageByText.keys()].sort((a, b) => b.length - a.length), 'g');

/**
 * The SMTP stage that the template words name last in `text` (the one the failing reply answered),
 * with where it stands. `text` is normalised (`normalizeForMatch`).
 */
export function templateStage(text: string): {stage: SmtpStage; index: number} | undefined {
  let last: RegExpExecArray | undefined;
  for (const match of text.matchAll(anyStage)) last = match;
  return last === undefined ? undefined : {stage: stageByText.get(last[0])!, index: last.index};
}
