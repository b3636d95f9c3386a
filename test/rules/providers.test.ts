import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {providerById, providers as providerList} from '../../src/rules/providers/index.ts';
import {providerIds, reasonIds, type ProviderId, type ProviderRules} from '../../src/rules/types.ts';

/** Widened to the contract type, so optional fields read as optional. */
const providers: readonly ProviderRules[] = providerList;

const providersDir = new URL('../../src/rules/providers/', import.meta.url);
const providerFiles = readdirSync(providersDir).filter((file) => file.endsWith('.ts') && file !== 'index.ts').sort();

interface ReferenceRow {
  readonly provider: string;
}

const referenceRows = JSON.parse(
  readFileSync(new URL('../reference/providers.json', import.meta.url), 'utf8'),
) as readonly ReferenceRow[];

/** The provider names of `providers.json`, by our id. */
const referenceNames: ReadonlyMap<string, ProviderId> = new Map([
  ['Google (Gmail / Google Workspace)', 'google'],
  ['Microsoft 365 / Exchange Online', 'microsoft365'],
  ['Outlook.com (consumer: hotmail/live/msn/outlook.com)', 'outlook-com'],
  ['Yahoo / AOL (Yahoo Inc.)', 'yahoo'],
  ['Apple iCloud Mail', 'apple'],
  ['Comcast / Xfinity', 'comcast'],
  ['Cox', 'cox'],
  ['Zoho Mail / ZeptoMail', 'zoho'],
  ['Mimecast', 'mimecast'],
  ['Proofpoint', 'proofpoint'],
  ['Barracuda', 'barracuda'],
  ['Amazon SES', 'amazon-ses'],
  ['Orange / La Poste (France)', 'orange'],
  ['Spamhaus (DNSBL, used by any receiver)', 'spamhaus'],
  ['SpamCop (DNSBL, used by any receiver)', 'spamcop'],
  ['Cloudmark / Proofpoint CSI (reputation feed, used by ISPs)', 'cloudmark'],
]);

/**
 * The provider the decoder names for a reply that came from `host` (a report's Remote-MTA), with
 * words that no provider's marker or row matches.
 */
function providerOfHost(host: string): ProviderId | undefined {
  const report = `Final-Recipient: rfc822; x@example.org\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; ${host}\nDiagnostic-Code: smtp; 550 5.1.1 Unknown user`;
  return decodeText(report).recipients[0]?.provider?.id;
}

/** The provider the decoder names for a reply alone, by the markers in its words. */
function providerOfReply(reply: string): ProviderId | undefined {
  return decodeText(reply).recipients[0]?.provider?.id;
}

const position = (id: ProviderId): number => providers.findIndex((provider) => provider.info.id === id);

describe('provider files', () => {
  test('every providerId has a file', () => {
    expect(providerFiles).toEqual(providerIds.map((id) => `${id}.ts`).sort());
  });

  test.each(providerFiles)('%s: id equals the file name', async (file) => {
    const module = (await import(new URL(file, providersDir).href)) as {default: ProviderRules};
    expect(module.default.info.id).toBe(file.replace(/\.ts$/, ''));
    expect(providerById[module.default.info.id]).toBe(module.default);
  });
});

describe('providers', () => {
  test('lists every providerId exactly once', () => {
    expect(providers.map(({info}) => info.id).sort()).toEqual([...providerIds].sort());
  });

  test('providerById() maps each id to its rules', () => {
    for (const id of providerIds) expect(providerById[id].info.id).toBe(id);
  });

  test('order: Outlook.com before Microsoft 365, mailbox providers before what they quote, blocklists last', () => {
    expect(position('outlook-com')).toBeLessThan(position('microsoft365'));
    expect(position('apple')).toBeLessThan(position('proofpoint'));
    for (const quoting of ['apple', 'comcast', 'cox', 'spectrum', 'orange', 'yahoo', 'amazon-ses', 'proofpoint'] as const) {
      for (const blocklist of ['spamhaus', 'spamcop', 'cloudmark'] as const) {
        expect(position(quoting)).toBeLessThan(position(blocklist));
      }
    }
    expect(providers.slice(-3).map(({info}) => info.id).sort()).toEqual(['cloudmark', 'spamcop', 'spamhaus']);
  });
});

describe('rows against the reference', () => {
  test('every reference provider is mapped to an id', () => {
    const unmapped = [...new Set(referenceRows.map((row) => row.provider))].filter((name) => !referenceNames.has(name));
    expect(unmapped).toEqual([]);
  });

  // Rows learnt from real bounces beyond the reference (each cites its own source) are listed here,
  // so that a lost reference row still fails the count.
  const extraRows: Partial<Record<(typeof providerIds)[number], number>> = {
    orange: 25, // "Service refused, please try later", OFR005_505 and "Invalid recipient", from Orange bounces; and every code by its number (22), as Sisimai's franceptt.rb lists them
    'outlook-com': 1, // "mailbox unavailable (S2017062302)", its refusal of an invalid address, as Spam Resource explains it (no reference row)
    't-online': 1, // its (BL) refusal, as Spam Resource quotes T-Online's explanation of it (no reference row)
    facebook: 34, // every code of Facebook's postmaster page, as Sisimai quotes it (no reference row)
    cloudflare: 2, // its two refusals in words of its own, as Sisimai's cloudflare.rb records them (no reference row)
    gandi: 7,
    mimecast: 28, // the rest of Mimecast's published list of its SMTP errors, as Sisimai's mimecast.rb transcribes it
    tencent: 20, // QQ Mail's replies, each with the page of its help that explains it, as Sisimai's tencent.rb lists them, and its refusal of an invalid From field by its help page (no reference row)
    spectrum: 18, // every row of Spectrum's error-code page, as Sisimai transcribes it (no reference row)
    messagelabs: 16, // the replies Broadcom's knowledge-base articles explain, one row per article's reply (no reference row)
    google: 3, // Google's replies with another status or wording than the reference's, as Sisimai's google.rb records them (relay limit and credentials with 5.7.1, 50 hops with 5.6.0)
    iua: 10, // every code of I.UA's error pages (no reference row)
    nttdocomo: 6, // the replies Sisimai's nttdocomo.rb records, "Unknown user" once per stage (no reference row)
    godaddy: 23, // every IB code of GoDaddy's help page on bounce errors, and its "RBL Reject" (no reference row)
    cox: 14, // the rest of the IPBL and URLBL families of Cox's code help, one row each, and the rest of its list: two account codes and ten errors by their words (as Sisimai's cox.rb lists them)
    yandex: 5, // the groups of Yandex's help page on the replies of its own servers (no reference row)
    mailru: 3, // the replies Mail.Ru's help links and public bounces quote (no reference row; Mail.Ru publishes no list)
    // The replies of United Internet's platform (GMX's error page, WEB.DE's and IONOS's postmaster
    // pages), which each brand carries (no reference row).
    gmx: 4,
    'web-de': 4,
    ionos: 4,
    netease: 31, // every code of NetEase's list of its refusals, and its three worded ones (no reference row)
    microsoft365: 7, // 5.7.520, a blocked automatic forward, from Microsoft Learn's page on external forwarding; the errors of delivery through a connector (4.4.312 and its expiry 5.4.312, 4.4.315, 4.4.317, 4.4.318, 4.7.320), from Microsoft Learn's "Mail flow intelligence in EOP"
    // The replies each provider's own pages list (no reference row).
    seznam: 1, // its help page's notice for a missing mailbox
    interia: 4, // "Dlaczego wiadomość nie została dostarczona?"
    strato: 7, // its FAQ of error messages (B-URL, B-TEXT, B-ATTACH ...)
    aliyun: 9, // Alibaba Cloud's FAQ and help document of its refusals
    telstra: 1, // OB105, its outgoing server's refusal
    fastmail: 2, // "Why messages bounce back" and its page on locked accounts
    mailchannels: 18, // its inbound and outbound SMTP-error pages and sending policies
    'trend-micro': 2, // its ERS FAQ's RBL+ refusals
    'cisco-secure-email': 2, // AsyncOS's default SPF reject and defer texts
    earthlink: 8, // its inbound SMTP error codes ELNK_101-130
    sophos: 15, // Sophos Central's XGEMAIL codes
    smtp2go: 3, // its help centre's "Common Sending Errors" and its page on accounts not allowed to send
    proximus: 1, // its help page "Your IP address is in our blacklist"
    sendgrid: 5, // its "SMTP Errors and Troubleshooting" page's refusals of its own, and its Mail Send API's (Twilio error 60222)
    forwardemail: 1, // its greylisting reply, from its own source (helpers/is-greylisted.js)
    sparkpost: 5, // its support docs' SMTP error messages and suppression FAQs
    socketlabs: 4, // its help pages on sending domains and inbound SMTP restrictions
    mailersend: 1, // its SMTP relay page's "The given data was invalid"
    postmark: 1, // its API's error code 406, an inactive recipient
  };

  test('all 251 reference rows, plus the extra rows', () => {
    expect(referenceRows).toHaveLength(251);
    const extra = Object.values(extraRows).reduce((sum, count) => sum + count, 0);
    expect(providers.reduce((sum, provider) => sum + provider.rows.length, 0)).toBe(251 + extra);
  });

  test.each(providerIds.map((id) => [id] as const))('%s: as many rows as the reference, plus its extra rows', (id) => {
    const expected = referenceRows.filter((row) => referenceNames.get(row.provider) === id).length;
    expect(providerById[id].rows).toHaveLength(expected + (extraRows[id] ?? 0));
  });
});

describe.each(providers.map((provider) => [provider.info.id, provider] as const))('%s', (_id, {info, rows}) => {
  test('info is well-formed', () => {
    expect(info.name.length).toBeGreaterThan(0);
    expect(info.docsUrl).toMatch(/^https:\/\//);
    expect(info.source.length).toBeGreaterThan(0);
    for (const suffix of info.hostSuffixes) {
      expect(suffix).toBe(suffix.toLowerCase());
      expect(suffix).not.toMatch(/[*<>\s]/);
    }
    for (const marker of info.replyMarkers) {
      expect(marker).toBe(marker.toLowerCase());
      expect(marker.length).toBeGreaterThanOrEqual(4);
    }
    for (const domain of info.mailboxDomains ?? []) expect(domain).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
    expect(info.mailboxDomains === undefined || (info.mailboxDomainsSource ?? '').length > 0).toBe(true);
  });

  test('rows are well-formed', () => {
    for (const row of rows) {
      expect(row.text.length).toBeGreaterThan(0);
      for (const pattern of row.text) {
        expect(pattern.trim()).toBe(pattern);
        expect(pattern.length).toBeGreaterThan(0);
        expect(pattern).toBe(pattern.toLowerCase());
      }
      if (row.status !== undefined) expect(row.status).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
      if (row.reply !== undefined) expect(row.reply).toMatch(/^[245]\d\d$/);
      expect(reasonIds).toContain(row.reason);
      expect(row.meaning.length).toBeGreaterThan(0);
      expect(row.action.length).toBeGreaterThan(0);
      expect(row.docsUrl).toMatch(/^https:\/\//);
      expect(row.source.length).toBeGreaterThan(0);
    }
  });

  test('no two rows share a status, a stage and a text pattern', () => {
    const seen = new Set<string>();
    for (const row of rows) {
      for (const pattern of row.text) {
        const key = `${row.status ?? row.statusRange?.join('-') ?? '-'} ${row.stage ?? '-'} ${pattern}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });
});

describe('the provider of the server that answered (a report\'s Remote-MTA), as decodeText() names it', () => {
  test.each([
    ['alt1.aspmx.l.google.com', 'google'],
    ['gmail-smtp-in.l.google.com', 'google'],
    ['smtp-relay.gmail.com', 'google'],
    ['contoso-com.mail.protection.outlook.com', 'microsoft365'],
    ['hotmail-com.olc.protection.outlook.com', 'outlook-com'],
    ['mx1.hotmail.com', 'outlook-com'],
    ['mta7.am0.yahoodns.net', 'yahoo'],
    ['mx01.mail.icloud.com', 'apple'],
    ['mx1a1.comcast.net', 'comcast'],
    ['mx.west.cox.net', 'cox'],
    ['mx.zoho.eu', 'zoho'],
    ['eu-smtp-inbound-1.mimecast.com', 'mimecast'],
    ['mx1-us1.ppe-hosted.com', 'proofpoint'],
    ['d241253a.ess.barracudanetworks.com', 'barracuda'],
    ['a8-31.smtp-out.amazonses.com', 'amazon-ses'],
    ['email-smtp.us-east-1.amazonaws.com', 'amazon-ses'],
    ['inbound-smtp.eu-west-1.amazonaws.com', 'amazon-ses'],
    ['smtp-in.orange.fr', 'orange'],
    ['mail.protonmail.ch', 'proton'],
    ['cluster1.eu.messagelabs.com', 'messagelabs'],
    ['mx3.qq.com', 'tencent'],
    ['smtp.secureserver.net', 'godaddy'],
    ['charter.net', 'spectrum'],
    ['MX.CHARTER.NET', 'spectrum'],
    ['mxs.mail.ru', 'mailru'],
    ['mx.yandex.ru', 'yandex'],
    ['mx.yandex.net', 'yandex'],
    ['mx00.emig.gmx.net', 'gmx'],
    ['mx-ha02.web.de', 'web-de'],
    ['mx00.kundenserver.de', 'ionos'],
    ['mx00.ionos.de', 'ionos'],
    ['mx00.1and1.es', 'ionos'],
    ['mx1.free.fr', 'free'],
    ['route2.mx.cloudflare.net', 'cloudflare'],
    ['isaac.mx.cloudflare.net', 'cloudflare'],
    ['163mx01.mxmail.netease.com', 'netease'],
    ['mail.messaging.microsoft.com', 'microsoft365'],
  ] as const)('%s → %s', (host, id) => {
    expect(providerOfHost(host)).toBe(id);
  });

  test.each([
    'example.com',
    // Any other host of AWS: a customer's own server.
    'ec2-192-0-2-1.compute-1.amazonaws.com',
    'email-smtp.example-region.amazonaws.com.example.net',
    'google.com.example.net',
    'notgoogle.com',
    'mycharter.net',
    'gmail.ru',
    'free.fr.example.com',
    'notweb.de',
    'notmessaging.microsoft.com',
    'email.cloudflare.net', // Email Routing's own outbound name (its HELO), no server that received mail
    'mx.cloudflare.net.example.org',
    'ec2-192-0-2-1.compute-1.amazonaws.com',
    'localhost',
  ])('%s → none', (host) => {
    expect(providerOfHost(host)).toBeUndefined();
  });
});

describe('the provider named by the markers in a reply, as decodeText() names it', () => {
  test.each([
    ['550-5.1.1 The email account that you tried to reach does not exist. https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-b6e - gsmtp', 'google'],
    ['550 5.7.1 Unfortunately, messages from [192.0.2.1] weren\'t sent. (S3150) [DM6NAM12FT047.eop-nam12.prod.protection.outlook.com]', 'outlook-com'],
    ['550 5.7.606 Access denied, banned sending IP [192.0.2.1]. [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]', 'microsoft365'],
    ['421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints', 'yahoo'],
    ['550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1 [CS01]', 'apple'],
    ['554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1', 'proofpoint'],
    ['554 IP=192.0.2.1 - A problem occurred. AUP#CXBL', 'cox'],
    ['550 192.0.2.1 listed at Spamhaus ZEN. BL000001', 'comcast'],
    ['550 5.7.1 Client host blocked using zen.spamhaus.org', 'spamhaus'],
    ['550 Invalid recipient. OFR_416 [416]', 'orange'],
    ['554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)', 't-online'],
    ['554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact abuse@example.org to clarify.) (BL)', 't-online'],
    ['554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=192.0.2.1', 'gmx'],
    ['554-web.de (mxweb112) Nemesis ESMTP Service not available 554-No SMTP service 554 Reject due to policy violations', 'web-de'],
    ['421 kundenserver.de (mxeue010) Nemesis ESMTP Service not available 421 Rate limit reached. Please try again later', 'ionos'],
    ['550 5.7.1 This message was not accepted due to domain owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc', 'mailru'],
    ['554 DT:SPM 163 smtp5,D9GowACHO7RNWNdXmXs1Bw--.9035S2 1473730639, please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1&hostid=smtp5&time=1473730639', 'netease'],
    ['Your message to bob@example.com couldn\'t be delivered.\nbob wasn\'t found at example.com.\nalice\tOffice 365\tbob\nAction Required\t\tRecipient\nUnknown To address', 'microsoft365'],
  ] as const)('%s → %s', (reply, id) => {
    expect(providerOfReply(reply)).toBe(id);
  });

  test.each([
    '550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
    '452 4.2.2 Mailbox full',
    '421 Service not available (as of now)',
  ])('%s → none', (reply) => {
    expect(providerOfReply(reply)).toBeUndefined();
  });
});

describe('a Facebook reply: its postmaster page\'s code gives the reason', () => {
  test.each([
    ['550 5.1.1 RCP-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp The attempted recipient address does not exist', 'userunknown'],
    ['550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp Refused due to recipient preferences', 'filtered'],
    ['450 4.2.1 RCP-T4 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp Temporarily deactivated', 'suspend'],
    ['421 4.7.0 CON-T3 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#con Too many new connections', 'toomanyconn'],
    ['550 5.7.1 POL-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#pol Listed on the Spamhaus PBL', 'blocked'],
    ['550 5.7.1 DNS-P3 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#dns No reverse DNS', 'requireptr'],
  ] as const)('%s → %s', (reply, reason) => {
    const [recipient] = decodeText(reply).recipients;
    expect([recipient?.reason.id, recipient?.provider?.id]).toEqual([reason, 'facebook']);
  });

  test.each([
    // A code of its page in another server's reply is no Facebook code.
    ['550 5.1.1 RCP-P2 Refused due to recipient preferences', 'userunknown'],
  ] as const)('%s: not Facebook\'s, the registry\'s meaning (%s)', (reply, reason) => {
    const [recipient] = decodeText(reply).recipients;
    expect([recipient?.reason.id, recipient?.provider?.id]).toEqual([reason, undefined]);
  });
});

describe('a provider\'s words with no code name it only from its own list of its replies (`ownWords`)', () => {
  test.each([
    ['Yandex\'s help page of its own replies, a reply with a code', '554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc', 'spamdetected', 'yandex'],
    ['the same words with only an enhanced code, as a client logs them', 'SMTP error: permanent: 5.7.1 [2] Message rejected under suspicion of SPAM', 'spamdetected', 'yandex'],
    // MessageLabs' knowledge base quotes qmail's words, which any qmail server writes.
    ['words a knowledge base only quotes', '553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)', undefined, undefined],
  ] as const)('%s', (_name, reply, reason, id) => {
    const [recipient] = decodeText(reply).recipients;
    expect(recipient?.provider?.id).toBe(id);
    if (reason !== undefined) expect(recipient?.reason.id).toBe(reason);
  });
});

describe('a T-Online refusal: its code in parentheses gives the reason', () => {
  test.each([
    ['554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)', 'blocked', 't-online'],
    // Without T-Online's contact or host, "(BL)" is anybody's words.
    ['554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help.) (BL)', 'onhold', undefined],
  ] as const)('%s → %s', (reply, reason, id) => {
    const [recipient] = decodeText(reply).recipients;
    expect([recipient?.reason.id, recipient?.provider?.id]).toEqual([reason, id]);
  });
});

describe('the provider named by an enhanced code only it documents, as decodeText() names it', () => {
  test.each([
    ['550 5.7.509 Access denied, sending domain example.net does not pass DMARC verification and has a DMARC policy of reject.', 'microsoft365'],
    ['451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation.', 'microsoft365'],
    ['550 5.4.316 Message expired, connection refused(Socket error code 10061)', 'microsoft365'],
    ['421 4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn\'t aligned with either the authenticated SPF or DKIM organizational domain.', 'google'],
    // A code of a range Microsoft documents as one reply, in other words than the row's.
    ['550 5.7.612 Access denied, sending IP rejected', 'microsoft365'],
    ['Remote Server returned \'550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)\'', 'microsoft365'],
    // Yandex's own list of its replies gives no codes: its longer words name it whatever code comes with them, or none.
    ['554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1631900360-h4Ajl35YEe-dK78OYi4', 'yandex'],
    ['SMTP failed to send: permanent: 5.7.1 [2] Message rejected under suspicion of SPAM', 'yandex'],
    ['451 4.7.612 Server busy, please try again later', 'microsoft365'],
  ] as const)('%s → %s', (reply, id) => {
    expect(providerOfReply(reply)).toBe(id);
  });

  test.each([
    ['550 5.7.612 Access denied, sending IP rejected', 'blocked', 'microsoft365'],
    ['554 5.7.730 Sending not permitted', 'blocked', 'microsoft365'],
    ['550 5.7.502 Access denied', 'rejected', 'microsoft365'],
    // The row of one code comes before the range around it.
    ['550 5.7.703 Your message can\'t be delivered because delivery to this address is blocked by your organization using Tenant Allow Block List.', 'policyviolation', 'microsoft365'],
    // Microsoft's ranges are of one class: 5.7.550 is in neither 4.7.500-699 nor 5.7.501-503.
    ['550 5.7.550 Rejected', 'securityerror', undefined],
    // Outside every range: the registry's meaning, no provider.
    ['550 5.7.1 Access denied', 'securityerror', undefined],
  ] as const)('%s: the documented range\'s row gives the reason %s', (reply, reason, id) => {
    const [recipient] = decodeText(reply).recipients;
    expect([recipient?.reason.id, recipient?.provider?.id]).toEqual([reason, id]);
  });

  test.each([
    // A registered code names no one, whoever documents it.
    '550 5.7.26 Unauthenticated email is not accepted from this domain.',
    // A code no provider documents names no one either.
    '550 5.7.999 Rejected by local policy.',
    // A code two providers document names neither: 5.7.515 is both Outlook.com's and Microsoft 365's.
    '550 5.7.515 Access denied, sending domain example.net does not meet the required authentication level.',
  ])('%s → none', (reply) => {
    expect(providerOfReply(reply)).toBeUndefined();
  });
});

describe('a Spectrum refusal: the code of its error-code page gives the reason', () => {
  const link = 'Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information.';
  // Every row's first and last code, in the form its replies write ("AUP#In-1310"), after its link.
  const cases = providerById.spectrum.rows.flatMap((row) => {
    const [first, last] = row.providerCode!.slice(4).split('-').map(Number);
    return [...new Set([first!, last ?? first!])].map((code) => [`550 5.7.1 Connection refused. ${link} AUP#In-${code}`, row.reason] as const);
  });
  test.each(cases)('%s → %s', (reply, reason) => {
    const [recipient] = decodeText(reply).recipients;
    expect([recipient?.reason.id, recipient?.provider?.id]).toEqual([reason, 'spectrum']);
  });

  test('a code of its page without Spectrum\'s link or host is anybody\'s number (Cox writes AUP# too)', () => {
    const [recipient] = decodeText('550 5.7.1 Connection refused. AUP#In-1310').recipients;
    expect(recipient?.provider).toBeUndefined();
  });

  test('a code between two of its ranges matches no row of its page', () => {
    const reply = `550 5.7.1 Connection refused. ${link} AUP#In-1095`;
    expect(providerById.spectrum.rows.filter((row) => row.text.some((text) => reply.toLowerCase().includes(text)))).toEqual([]);
    expect(decodeText(reply).recipients[0]?.provider?.id).toBe('spectrum');
  });
});

describe('no mail domain is two providers\' own', () => {
  test('each domain of `mailboxDomains` belongs to one provider', () => {
    const domains = providers.flatMap((provider) => provider.info.mailboxDomains ?? []);
    expect(domains.length).toBeGreaterThan(50);
    expect(new Set(domains).size).toBe(domains.length);
  });
});

/**
 * A verdict on a mailbox (no such user, full, closed) at a provider's own mail domain is that
 * provider's, though the reply names none of its hosts or marks: in a webmail's render of a notice
 * and in a sending server's notice alike. Other verdicts (a relay refused, a blocked IP) may come
 * from the sender's own side: they name the recipient's provider only where no server is named and
 * the reason is none a sending side gives on its own (`ownSideReasons`).
 */
describe('the provider whose own mail domain a refused mailbox is at', () => {
  const gmailRender = (address: string, reply: string) => `Address not found\nYour message wasn't delivered to ${address} because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n${reply}\n`;
  const postfixNotice = (address: string, reply: string) => `This is the mail system at host mail.example.net.\n\n<${address}>: host mx.example-relay.net[192.0.2.9] said: ${reply} (in reply to RCPT TO command)\n`;
  test.each([
    ['bob@icloud.com', '550 5.1.1 <bob@icloud.com>: user does not exist', 'apple'],
    ['bob@me.com', '552 5.2.2 mailbox full', 'apple'],
    ['bob@gmx.de', '550 Requested action not taken: mailbox unavailable', 'gmx'],
    ['bob@web.de', '550 5.1.1 User unknown', 'web-de'],
    ['bob@mail.ru', '550 5.1.1 user not found', 'mailru'],
    ['bob@yandex.ru', '550 5.1.1 No such user', 'yandex'],
    ['bob@hotmail.com', '550 5.1.1 Requested action not taken: mailbox unavailable', 'outlook-com'],
    ['bob@163.com', '550 User suspended', 'netease'],
    ['bob@qq.com', '550 Mailbox not found', 'tencent'],
    ['bob@free.fr', '550 5.1.1 user unknown', 'free'],
  ] as const)('%s, "%s" → %s', (address, reply, id) => {
    expect(decodeText(gmailRender(address, reply)).recipients[0]?.provider?.id).toBe(id);
    expect(decodeText(postfixNotice(address, reply)).recipients[0]?.provider?.id).toBe(id);
  });

  test.each([
    ['bob@icloud.com', '554 5.7.1 <bob@icloud.com>: Relay access denied'],
    ['bob@gmx.de', '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org'],
    ['bob@example.com', '550 5.1.1 <bob@example.com>: user does not exist'],
    ['bob@notgmx.de', '550 5.1.1 User unknown'],
  ] as const)('%s, "%s" → no provider by the domain', (address, reply) => {
    const provider = decodeText(postfixNotice(address, reply)).recipients[0]?.provider?.id;
    expect(provider === undefined || provider === 'spamhaus').toBe(true);
  });

  // The mail was on its way to the recipient's provider, and nothing names another server.
  test.each([
    ['bob@gmx.de', '554 5.7.1 Message rejected as spam', 'gmx'],
    ['bob@hotmail.com', 'Delivery delayed, will keep trying. Status 4.4.7', 'outlook-com'],
    ['bob@xtra.co.nz', 'Action: delayed\nStatus: 4.4.7', 'xtra'],
    ['bob@yandex.ru', '550 5.7.1 Message refused by DMARC policy', 'yandex'],
  ] as const)('%s, "%s", no server named → %s', (address, reply, id) => {
    expect(decodeText(`<${address}>: ${reply}\n`).recipients[0]?.provider?.id).toBe(id);
  });

  test.each([
    ['bob@gmx.de', '421 4.7.0 Too many connections from your host, slow down'],
    ['bob@web.de', '554 5.7.1 <bob@web.de>: Relay access denied'],
    ['bob@icloud.com', '452 4.3.1 Insufficient system storage'],
  ] as const)('%s, "%s": a sending side\'s own refusal → no provider by the domain', (address, reply) => {
    expect(decodeText(`<${address}>: ${reply}\n`).recipients[0]?.provider?.id).toBeUndefined();
  });

  test('a server named between is the one that answered, not the recipient\'s provider', () => {
    const text = `<bob@gmx.de>: host relay.example.net[192.0.2.9] said: 554 5.7.1 Message rejected as spam (in reply to end of DATA command)\n`;
    expect(decodeText(text).recipients[0]?.provider).toBeUndefined();
  });

  test('a host under a provider\'s own mail domain is its server', () => {
    const text = `<bob@example.org>: host mx3.earthlink.net[192.0.2.9] said: 550 bob@example.org...User unknown (in reply to RCPT TO command)\n`;
    expect(decodeText(text).recipients[0]?.provider?.id).toBe('earthlink');
  });

  test('a host that answered names its provider first', () => {
    const text = `<bob@icloud.com>: host gmail-smtp-in.l.google.com[192.0.2.9] said: 550 5.1.1 The email account that you tried to reach does not exist. (in reply to RCPT TO command)\n`;
    expect(decodeText(text).recipients[0]?.provider?.id).toBe('google');
  });
});

/**
 * Generated from every provider's own data: each host suffix it lists names it as the server that
 * answered (a Postfix notice's "host ... said" and a report's Remote-MTA), and each of its mail
 * domains names it for a verdict on a mailbox there. A suffix an earlier provider shadows, or a
 * domain two providers claim, fails here.
 */
describe('every provider\'s hosts and mail domains, generated from its file', () => {
  const hostsOf = (suffix: string): string[] => (suffix.startsWith('.') ? [`mx1${suffix}`] : [suffix, `mx01.${suffix}`]);
  const hostCases = providers.flatMap(({info}) => info.hostSuffixes.flatMap((suffix) => hostsOf(suffix).map((host) => [host, info.id] as const)));
  const postfixRefusal = (host: string) => `This is the mail system at host mail.example.net.\n\n<bob@example.org>: host ${host}[192.0.2.9] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n`;

  test.each(hostCases)('%s → %s', (host, id) => {
    expect(providerOfHost(host)).toBe(id);
    expect(decodeText(postfixRefusal(host)).recipients[0]?.provider?.id).toBe(id);
  });

  test.each(hostCases.map(([host, id]) => [`${host}.example.org`, id] as const))('%s (under another domain) → not %s', (host, id) => {
    expect(providerOfHost(host)).not.toBe(id);
  });

  // A reply that links to a page on the provider's own domain ("https://forwardemail.net/faq") names
  // it; the same domain as an address's (a postmaster address to write to) or under another domain does not.
  // A domain that is itself a host under another provider's suffix (olc.protection.outlook.com) is that provider's.
  const linkedDomains = providers.flatMap(({info}) => info.hostSuffixes.map((suffix) => [suffix.replace(/^\./, ''), info.id] as const))
    .filter(([domain, id]) => [undefined, id].includes(providerOfHost(domain)));
  const linkingReply = (url: string) => `550 5.7.1 Message refused by policy; if you need help, see ${url} and try again\n`;
  // A domain that holds one of its provider's own marks ("amazonses.com") names it in any reply.
  const markedDomain = (domain: string, id: string) => providerById[id as ProviderId].info.replyMarkers.some((marker) => domain.includes(marker));

  test.each(linkedDomains)('a reply linking to https://%s/ → %s', (domain, id) => {
    expect(decodeText(linkingReply(`https://${domain}/help`)).recipients[0]?.provider?.id).toBe(id);
  });

  test.each(linkedDomains.filter(([domain, id]) => !markedDomain(domain, id)))('a reply naming postmaster@%s, or linking under another domain → not %s', (domain, id) => {
    expect(decodeText(linkingReply(`postmaster@${domain}`)).recipients[0]?.provider?.id).not.toBe(id);
    expect(decodeText(linkingReply(`https://${domain}.example.org/help`)).recipients[0]?.provider?.id).not.toBe(id);
  });

  // Each provider's own marks in a reply name it, whatever host relayed the reply.
  const markerCases = providers.flatMap(({info}) => info.replyMarkers.map((marker) => [marker, info.id] as const));
  test.each(markerCases)('a reply holding "%s" → %s', (marker, id) => {
    const text = `This is the mail system at host mail.example.net.\n\n<bob@example.org>: host mx.example-relay.net[192.0.2.9] said: 550 5.7.1 Refused ${marker} (in reply to RCPT TO command)\n`;
    expect(decodeText(text).recipients[0]?.provider?.id).toBe(id);
  });

  const domainCases = providers.flatMap(({info}) => (info.mailboxDomains ?? []).map((domain) => [domain, info.id] as const));
  const relayRefusal = (address: string) => `This is the mail system at host mail.example.net.\n\n<${address}>: host mx.example-relay.net[192.0.2.9] said: 550 5.1.1 <${address}>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n`;

  test.each(domainCases)('a mailbox at %s that does not exist → %s', (domain, id) => {
    expect(decodeText(relayRefusal(`bob@${domain}`)).recipients[0]?.provider?.id).toBe(id);
  });

  // A client's error that quotes the reply alone, its one address the refused mailbox: the
  // recipient is named from the reply, and the domain's owner with it.
  test.each(domainCases)('a client\'s error quoting the refusal of a mailbox at %s → %s', (domain, id) => {
    const [recipient] = decodeText(`Error: 550: Message was not accepted -- invalid mailbox.  Local mailbox bob@${domain} is unavailable: account is disabled\n`).recipients;
    expect([recipient?.recipient, recipient?.provider?.id]).toEqual([`bob@${domain}`, id]);
  });

  test.each(domainCases.filter(([domain, id]) => !markedDomain(domain, id)))('a relay refused at %s → not %s (only mailbox verdicts are the domain\'s)', (domain, id) => {
    const text = `This is the mail system at host mail.example.net.\n\n<bob@${domain}>: host mx.example-relay.net[192.0.2.9] said: 554 5.7.1 <bob@${domain}>: Relay access denied (in reply to RCPT TO command)\n`;
    expect(decodeText(text).recipients[0]?.provider?.id).not.toBe(id);
  });
});
