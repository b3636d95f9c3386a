/**
 * What the mail servers' own templates say, read from `src/rules/mta/` as one union of every
 * family's texts: nothing here depends on which server wrote a notice, so a relay that rewraps
 * another server's words, or a server configured with another's templates, reads the same.
 */
import {mtaFamilies} from '../rules/mta/index.ts';
import type {MtaFamily, SmtpStage, TemplateText} from '../rules/types.ts';
import {type LiteralMatch, LiteralSet} from './match-text.ts';

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
export const anyRecipientHeading = new LiteralSet([
  ...textsOf('recipientHeadings'),
  ...templateDelivered,
  // A lead-in that is a whole sentence ("Delivery has failed to these recipients or groups:") also
  // heads the list below it, where the templates put the addresses one per line.
  ...templateRecipientLeadIns.filter((text) => text.length >= 15 && /[:.]$/.test(text)),
], {caseBlind: true});

const permanentTexts = new Set(textsOf('permanent'));
const temporaryTexts = new Set(textsOf('temporary'));
const bodyMarkerTexts = new Set(textsOf('bodyMarkers'));
const deliveredTexts = new Set(templateDelivered);
/** Every kind of a notice's own template words in one set: one scan of the notice reads them all. */
const anyNoticeWords = new LiteralSet([...permanentTexts, ...temporaryTexts, ...bodyMarkerTexts, ...deliveredTexts]);

/** What a notice's own template words say of its failures, with the words that say it. */
export interface TemplatePermanence {
  readonly permanent: boolean;
  readonly text: string;
}

/** What the fixed words of the mail servers' templates say of a notice. */
export interface TemplateWords {
  /**
   * Whether its failures are final ("This is a permanent error; I've given up") or still being
   * retried (a delay warning), when exactly one of the two is said.
   */
  readonly permanence: TemplatePermanence | undefined;
  /** Whether it says its recipients were delivered (a delivery confirmation). */
  readonly delivered: boolean;
  /** Whether it holds any family's fixed body line: the text is a notice. */
  readonly bodyMarker: boolean;
}

/** Reads a notice's template words (`notice` normalised by `normalizeForMatch`) in one scan. */
export function readTemplateWords(notice: string): TemplateWords {
  let permanent: string | undefined;
  let temporary: string | undefined;
  let delivered = false;
  let bodyMarker = false;
  // In order of where they stand: the first of each kind is the one quoted as evidence.
  for (const text of anyNoticeWords.allIn(notice)) {
    if (permanentTexts.has(text)) permanent ??= text;
    else if (temporaryTexts.has(text)) temporary ??= text;
    if (deliveredTexts.has(text)) delivered = true;
    if (bodyMarkerTexts.has(text)) bodyMarker = true;
  }
  const permanence = permanent !== undefined && temporary !== undefined ? undefined
    : permanent !== undefined ? {permanent: true, text: permanent}
    : temporary !== undefined ? {permanent: false, text: temporary}
    : undefined;
  return {permanence, delivered, bodyMarker};
}

const stageTexts = mtaFamilies.flatMap((family) => family.stages ?? []);
const stageByText = new Map<string, SmtpStage>(stageTexts.map((text) => [text.text, text.stage]));
const anyStage = new LiteralSet([...stageByText.keys()]);

/**
 * The SMTP stage that the template words name last in `text` (the one the failing reply answered),
 * with where it stands. `text` is normalised (`normalizeForMatch`).
 */
export function templateStage(text: string): {stage: SmtpStage; index: number} | undefined {
  let last: LiteralMatch | undefined;
  for (const match of anyStage.matches(text)) last = match;
  return last === undefined ? undefined : {stage: stageByText.get(last.text)!, index: last.index};
}
