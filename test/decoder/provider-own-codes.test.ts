/**
 * A provider's own enhanced code (one outside the IANA registry, such as Microsoft's 5.2.121 or
 * 5.7.133) means what the provider's list says it means, in whatever words the reply carries: another
 * Exchange version's wording, a localized NDR's, a relay's paraphrase. Generated from the rules: every
 * such code of every provider, written after words of no row (German, and a paraphrase), from a
 * server of the provider and, where the code names its provider alone, from an unnamed server.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {providers} from '../../src/rules/providers/index.ts';
import {statusCodes} from '../../src/rules/status-codes.ts';
import type {ProviderRow, ProviderRules} from '../../src/rules/types.ts';
import {postfixRefusal} from './templates/common.ts';

const registered = new Set(statusCodes.map((rule) => rule.code));
const isOwnCode = (status: string) => !registered.has(`X.${status.slice(2)}`);

/** Words no row of any provider holds: what the reply says besides its code does not name the row. */
const otherWords = ['Die Nachricht konnte nicht zugestellt werden', 'delivery to this address was refused by the organization'];

interface OwnCodeCase {
  readonly name: string;
  readonly provider: ProviderRules;
  readonly row: ProviderRow;
  readonly status: string;
}

/** Each provider's own codes that its rows give one reason (rows bound to a stage aside). */
function ownCodeCases(): OwnCodeCase[] {
  const cases: OwnCodeCase[] = [];
  for (const provider of providers as readonly ProviderRules[]) {
    if (provider.info.quotedByOtherServers) continue;
    const byCode = new Map<string, ProviderRow[]>();
    for (const row of provider.rows) {
      if (row.status === undefined || row.stage !== undefined || !isOwnCode(row.status)) continue;
      byCode.set(row.status.slice(2), [...(byCode.get(row.status.slice(2)) ?? []), row]);
    }
    for (const rows of byCode.values()) {
      if (new Set(rows.map((row) => row.reason)).size > 1) continue;
      const row = rows[0]!;
      cases.push({name: `${provider.info.id} ${row.status} (${row.reason})`, provider, row, status: row.status!});
    }
  }
  return cases;
}

const cases = ownCodeCases();
const replyCodeOf = (status: string) => (status.startsWith('4') ? '451' : '550');
const hostOf = (provider: ProviderRules) => `mx1${provider.info.hostSuffixes.find((suffix) => suffix.startsWith('.')) ?? '.example.org'}`;

describe('a provider\'s own code means its row, in other words', () => {
  test('the rules hold own codes to test', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  test.each(cases.flatMap((item) => otherWords.map((words) => ({...item, words, name: `${item.name} | "${words}"`}))))('$name', ({provider, row, status, words}) => {
    const refusal = postfixRefusal(`${replyCodeOf(status)} ${status} ${words}`, {host: hostOf(provider)});
    const [recipient] = decodeText(refusal).recipients;
    expect(recipient?.provider?.id).toBe(provider.info.id);
    expect(recipient?.reason.id).toBe(row.reason);
    expect(recipient?.provider?.meaning).toBe(row.meaning);
  });
});

describe('what a code alone does not say', () => {
  test('a registered code in other words is the registry\'s, not a row\'s, even at the provider', () => {
    const [recipient] = decodeText(postfixRefusal('550 5.7.1 Die Nachricht konnte nicht zugestellt werden', {host: 'mx1.mail.protection.outlook.com'})).recipients;
    expect(recipient?.provider?.id).toBe('microsoft365');
    expect(recipient?.provider?.meaning).toBeUndefined();
  });

  test('an own code two rows give different reasons names neither row without their words', () => {
    const ambiguous = (providers as readonly ProviderRules[]).flatMap((provider) => {
      const reasons = new Map<string, Set<string>>();
      for (const row of provider.rows) {
        if (row.status === undefined || row.stage !== undefined || !isOwnCode(row.status)) continue;
        // Keyed without the class: a provider writes one code as 4xx or 5xx as it persists.
        for (const status of [row.status, `${row.status[0] === '4' ? '5' : '4'}${row.status.slice(1)}`]) {
          reasons.set(status.slice(2), (reasons.get(status.slice(2)) ?? new Set()).add(row.reason));
        }
      }
      return [...reasons].filter(([, found]) => found.size > 1).map(([code]) => ({provider, status: `5.${code}`}));
    });
    expect(ambiguous.length).toBeGreaterThan(0);
    for (const {provider, status} of ambiguous) {
      const [recipient] = decodeText(postfixRefusal(`${replyCodeOf(status)} ${status} ${otherWords[0]}`, {host: hostOf(provider)})).recipients;
      expect(recipient?.provider?.meaning).toBeUndefined();
    }
  });

  test('a provider\'s own code from another provider\'s server is not read with the first one\'s rows', () => {
    // 5.2.121 is Microsoft's; a Gmail server writing it is Gmail's reply, which Google's list does not document.
    const [recipient] = decodeText(postfixRefusal('550 5.2.121 Die Nachricht konnte nicht zugestellt werden', {host: 'gmail-smtp-in.l.google.com'})).recipients;
    expect(recipient?.provider?.id).toBe('google');
    expect(recipient?.provider?.meaning).toBeUndefined();
  });
});

/**
 * A provider's documented reply quoted bare, its code and its words, with no host and no marker of
 * the provider: generated from every row that has both. Words that name their provider alone (long,
 * in no other provider's rows, no registry title and no common phrase of a reason) name it; any
 * other row names no provider or its own, never another's.
 */
describe('a provider\'s documented reply, quoted without its server, names that provider by its words and code', () => {
  const rows = (providers as readonly ProviderRules[]).flatMap((provider) => provider.rows
    .filter((row) => row.status !== undefined && row.text.length > 0 && row.stage === undefined)
    .map((row) => ({name: `${provider.info.id}: ${row.status} ${row.text[0]}`, provider, row})));

  test.each(rows)('$name', ({provider, row}) => {
    const reply = `${row.reply ?? (row.status!.startsWith('4') ? '451' : '550')} ${row.status} ${row.text[0]}`;
    const found = decodeText(`Remote Server returned '${reply}'`).recipients[0]?.provider?.id;
    // Another provider only when the row's own words name it (Apple's refusal quoting Spamhaus's listing).
    const named = (providers as readonly ProviderRules[]).filter((other) => [...other.info.replyMarkers, ...other.info.hostSuffixes]
      .some((mark) => row.text[0]!.includes(mark.replace(/^\./, '')))).map((other) => other.info.id);
    expect([undefined, provider.info.id, ...named]).toContain(found);
  });

  test('most such rows name their provider', () => {
    const named = rows.filter(({provider, row}) => decodeText(`Remote Server returned '${row.reply ?? '550'} ${row.status} ${row.text[0]}'`).recipients[0]?.provider?.id === provider.info.id);
    expect(named.length / rows.length).toBeGreaterThan(0.5);
  });

  test.each([
    ['Microsoft\'s bad outbound sender', '550 5.1.8 Access denied, bad outbound sender AS(42004)', 'microsoft365'],
  ])('%s', (_name, reply, provider) => {
    expect(decodeText(`Remote Server returned '${reply}'`).recipients[0]?.provider?.id).toBe(provider);
  });

  test.each([
    ['the registry\'s title of the code', '550 5.1.1 Bad destination mailbox address'],
    ['RFC 5321\'s words for 550, which Microsoft documents too', '550 5.5.0 Requested action not taken: mailbox unavailable'],
    ['a provider\'s words under another code', '550 5.7.1 Access denied, bad outbound sender'],
  ])('%s names no provider', (_name, reply) => {
    expect(decodeText(`Remote Server returned '${reply}'`).recipients[0]?.provider).toBeUndefined();
  });
});

/**
 * A provider's documented reply that its source gives with a basic reply code only (Yahoo's "552 1
 * Requested mail action aborted, mailbox not found"), quoted bare: generated from every such row.
 * Words long enough to say more than the code (30 characters or more), in no other provider's rows,
 * no reason's common phrase and none of RFC 5321's own reply texts, name their provider; any other
 * row names no provider or its own, never another's.
 */
describe('a provider\'s documented reply with a basic code only names that provider by its words and code', () => {
  const rows = (providers as readonly ProviderRules[]).flatMap((provider) => provider.rows
    .filter((row) => row.status === undefined && row.reply !== undefined && row.text.length > 0 && row.stage === undefined && !provider.info.quotedByOtherServers)
    .map((row) => ({name: `${provider.info.id}: ${row.reply} ${row.text[0]}`, provider, row})));

  test('the rules hold such rows to test', () => {
    expect(rows.length).toBeGreaterThan(10);
  });

  test.each(rows)('$name', ({provider, row}) => {
    const found = decodeText(`Remote Server returned '${row.reply} ${row.text[0]}'`).recipients[0]?.provider?.id;
    expect([undefined, provider.info.id]).toContain(found);
  });

  test('long words of one provider name it', () => {
    const long = rows.filter(({row}) => row.text[0]!.length >= 40);
    const named = long.filter(({provider, row}) => decodeText(`Remote Server returned '${row.reply} ${row.text[0]}'`).recipients[0]?.provider?.id === provider.info.id);
    expect(named.length / long.length).toBeGreaterThan(0.5);
  });

  test.each<[string, string, string]>([
    ['Yahoo\'s 552 for a missing mailbox', '552 1 Requested mail action aborted, mailbox not found', 'yahoo'],
    ['Amazon SES\'s refusal of an unverified identity', '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: bob@example.org', 'amazon-ses'],
    // Yahoo's deferral names it by its own sentence, whatever bracketed code it carries.
    ...['[TSS04] ', '[TSS05] ', ''].map((code) => [
      `Yahoo's deferral ${code || 'without a code'}`.trimEnd(),
      `421 4.7.0 ${code}Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1`,
      'yahoo',
    ] satisfies [string, string, string]),
    // Orange's and La Poste's codes are read by their number, whatever prefix and server part they carry.
    ...([['405', 'rejected'], ['426', 'suspend'], ['630', 'policyviolation'], ['104', 'toomanyconn'], ['514', 'mesgtoobig']] as const).flatMap(([number, reason]) => [
      `OFR004_${number} [${number}]`, `LPN105_${number}`, `OFR_${number}`, `LPN105-${number}`,
    ].map((token) => [`Orange's ${token} is ${reason}`, `<bob@orange.fr>: host smtp-in.orange.fr[192.0.2.1] said: 550 5.5.0 Refused. ${token} (in reply to RCPT TO command)`, `orange:${reason}`] satisfies [string, string, string])),
    // Cox's listed errors, from its host.
    ['Cox\'s missing reverse DNS', '<bob@cox.net>: host mx.east.cox.net[192.0.2.1] said: 554 rejected - no rDNS (in reply to RCPT TO command)', 'cox:requireptr'],
    ['Cox\'s session limit', '<bob@cox.net>: host mx.east.cox.net[192.0.2.1] said: 421 cox too many sessions from 192.0.2.9 (in reply to RCPT TO command)', 'cox:toomanyconn'],
    ['Cox\'s suspicious account code', '554 5.7.1 Email sending limited. AUP#CXTHRT', 'cox:securityerror'],
    // Mimecast's published errors, from its host: the code and the words together.
    ['Mimecast\'s invalid recipient', '<bob@example.org>: host eu-smtp-inbound-1.mimecast.com[192.0.2.1] said: 550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 (in reply to RCPT TO command)', 'mimecast:userunknown'],
    ['Mimecast\'s recipient limit', '<bob@example.org>: host eu-smtp-inbound-1.mimecast.com[192.0.2.1] said: 452 Too many recipients (in reply to RCPT TO command)', 'mimecast:toomanyconn'],
    ['Mimecast\'s TLS version requirement', '<bob@example.org>: host eu-smtp-inbound-1.mimecast.com[192.0.2.1] said: 553 This route requires TLS version 1.2 or greater (in reply to RCPT TO command)', 'mimecast:failedstarttls'],
    ['Mimecast\'s security policies', '<bob@example.org>: host eu-smtp-inbound-1.mimecast.com[192.0.2.1] said: 554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 (in reply to end of DATA command)', 'mimecast:virusdetected'],
    // QQ Mail's replies, each linking the page of its help that explains it, or from its host.
    ['QQ Mail\'s content refusal with its help page', '550 Mail content denied. https://service.mail.qq.com/detail/122/171', 'tencent:spamdetected'],
    ['QQ Mail\'s missing mailbox from its host', '<bob@qq.com>: host mx3.qq.com[192.0.2.1] said: 550 Mailbox not found. https://service.mail.qq.com/detail/122/169 (in reply to RCPT TO command)', 'tencent:userunknown'],
    ['QQ Mail\'s IP limit from its host', '<bob@qq.com>: host mx3.qq.com[192.0.2.1] said: 550 Ip frequency limited (in reply to RCPT TO command)', 'tencent:toomanyconn'],
    ['QQ Mail\'s spam IP refusal, not its shorter spam words', '<bob@qq.com>: host mx3.qq.com[192.0.2.1] said: 550 Suspected spam ip, please try later (in reply to MAIL FROM command)', 'tencent:blocked'],
    // Cloudflare Email Routing's two refusals in its own words, from its host or with its page.
    ['Cloudflare\'s blocklist refusal', '<bob@example.org>: host route1.mx.cloudflare.net[192.0.2.1] said: 554 192.0.2.9 found on one or more DNSBLs (uceprotectip3). Refer to https://developers.cloudflare.com/email-routing/postmaster/#spam-and-abusive-traffic for more information. (in reply to RCPT TO command)', 'cloudflare:blocked'],
    ['Cloudflare\'s upstream error', '421 4.3.0 Upstream error, please check https://developers.cloudflare.com/email-routing/postmaster for possible reasons why. RsrUEMk60942', 'cloudflare:systemerror'],
    // Gandi's refusals send the sender to its troubleshooting page, which lists each rule's meaning.
    ...['RULE1_1', 'RULE2_1', 'RULE2_2', 'RULE3_1', 'RULE3_2'].flatMap((code) => [
      [`Gandi's ${code} with its page`, `550 5.7.1 Reject for policy reason. ${code}. See http://postmaster.gandi.net`, 'gandi'],
      [`Gandi's ${code} from its server`, `<bob@example.org>: host spool.mail.gandi.net[192.0.2.1] said: 550 5.7.1 Reject for policy reason ${code} (in reply to end of DATA command)`, 'gandi'],
    ] satisfies [string, string, string][]),
    // Outlook.com's network block list sentence, with each code it has carried and none.
    ...['(S3150)', '(S3140)', '(AS3150)', '(AS3140)', ''].map((code) => [
      `Outlook.com's network block list ${code || 'without its code'}`,
      `550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list ${code}`.trimEnd(),
      'outlook-com',
    ] satisfies [string, string, string]),
  ])('%s', (_name, reply, expected) => {
    // "provider:reason" where the row's reason is what is checked too.
    const [provider, reason] = expected.split(':');
    const [found] = decodeText(reply).recipients;
    expect(found?.provider?.id).toBe(provider);
    if (reason !== undefined) expect(found?.reason.id).toBe(reason);
  });

  test.each([
    ['RFC 5321\'s own text of 504, which NTT docomo documents too', '504 Command parameter not implemented'],
    ['RFC 5321\'s own text of 552', '552 Requested mail action aborted: exceeded storage allocation'],
    ['short words any server may say after a 421', '421 Too many sessions opened'],
    ['a provider\'s words under another reply code', '550 1 Requested mail action aborted, mailbox not found'],
  ])('%s names no provider', (_name, reply) => {
    expect(decodeText(reply).recipients[0]?.provider).toBeUndefined();
  });
});
