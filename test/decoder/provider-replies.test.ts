/**
 * Providers' replies beyond the reference's rows: a provider code of a numbered family (Cox's IPBL
 * and URLBL codes, whose digits say which lists matched) is known for every member of the family,
 * and a reply a provider sends with another status or in other words than its help page lists
 * (as Sisimai's remote-host modules record them) is still that reply.
 */
import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';
import {providerById} from '../../src/rules/providers/index.ts';
import {postfixRefusal} from './templates/common.ts';

/** The provider and the reason a refusal is read with. */
function providerAndReason(refusal: string): [string | undefined, string | undefined] {
  const [recipient] = decodeText(refusal).recipients;
  return [recipient?.provider?.id, recipient?.reason.id];
}

const cox = (reply: string) => postfixRefusal(reply, {recipient: 'bob@cox.net', host: 'cxr.mx.a.cloudfilter.net'});

describe('Cox\'s numbered code families', () => {
  test.each([
    ['554 5.7.1 AUP#IPBL0110 - listed', 'blocked'],
    ['554 5.7.1 AUP#IPBL1111 - listed', 'blocked'],
    ['554 5.7.1 AUP#IPBL1000 - listed', 'blocked'],
    ['554 5.7.1 AUP#URLBL110 - listed', 'spamdetected'],
    ['554 5.7.1 AUP#URLBL1001 - listed', 'spamdetected'],
    // A code of another family keeps its own row.
    ['554 5.7.1 AUP#CXDNS - no reverse DNS', 'requireptr'],
  ])('%s → %s', (reply, reason) => {
    expect(providerAndReason(cox(reply))).toEqual(['cox', reason]);
  });

  test('a code outside the families names no Cox row: the enhanced code says what it can', () => {
    const [recipient] = decodeText(cox('554 5.7.1 AUP#XYZ - refused')).recipients;
    expect(recipient?.reason.id).toBe('securityerror');
  });
});

const gmail = (reply: string) => postfixRefusal(reply, {recipient: 'bob@gmail.com', host: 'gmail-smtp-in.l.google.com'});

describe('Google\'s replies in their other wordings and statuses', () => {
  test.each([
    ['550 5.4.5 Daily user sending quota exceeded.', 'speeding'],
    ['550 5.4.5 Daily user sending limit exceeded.', 'speeding'],
    ['550 5.7.1 Daily SMTP relay limit exceeded for user.', 'speeding'],
    ['550 5.7.1 Daily SMTP relay sending limit exceeded for customer.', 'speeding'],
    ['550 5.7.1 Invalid credentials for relay [192.0.2.1].', 'norelaying'],
    ['554 5.6.0 Message exceeded 50 hops, this may indicate a mail loop.', 'networkerror'],
    ['554 5.4.6 Message exceeded 50 hops, this may indicate a mail loop.', 'networkerror'],
    // A quota of the recipient's mailbox is still a full mailbox.
    ['552 5.2.2 The email account that you tried to reach is over quota.', 'mailboxfull'],
  ])('%s → %s', (reply, reason) => {
    expect(providerAndReason(gmail(reply))).toEqual(['google', reason]);
  });
});

const godaddy = (reply: string) => postfixRefusal(reply, {recipient: 'bob@example.com', host: 'smtp.secureserver.net'});

/** GoDaddy's replies as its help page on bounce errors gives them: the IB code at the end names the row. */
describe('GoDaddy\'s IB codes', () => {
  test.each([
    ['535 Authentication not allowed on IBSMTP Servers. IB401', 'securityerror'],
    ['550 jane@example.com Blank From: addresses are not allowed. Provide a valid From. IB501', 'notcompliantrfc'],
    ['550 example.com From: Domain is invalid. Provide a valid From: IB506', 'rejected'],
    ['550 jane@example.com Invalid SPF record. Inspect your SPF settings, and try again. IB508', 'authfailure'],
    ['421 Temporarily rejected. Reverse DNS for this IP failed. IB108', 'requireptr'],
    ['552 This message has been rejected due to content judged to be spam by the internet community. IB212', 'spamdetected'],
    ['552 Virus infected message rejected. IB705', 'virusdetected'],
    ['421 Connection refused, too many sessions from This IP. Lower the number of concurrent sessions. IB007', 'toomanyconn'],
    ['421 Server temporarily unavailable. Try again later. IB101', 'systemerror'],
    ['554 This IP has been temporarily blocked for attempting to mail too many invalid recipients. IB112', 'blocked'],
    ['550 This IP has sent too many messages this hour. IB504', 'speeding'],
    ['554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103', 'badreputation'],
    ['554 Connection refused. This IP address is listed on the Policy Block List (PBL). IB106', 'blocked'],
    ['554 RBL Reject.', 'blocked'],
  ])('%s → %s', (reply, reason) => {
    expect(providerAndReason(godaddy(reply))).toEqual(['godaddy', reason]);
  });

  test('an IB code from another provider\'s server is no GoDaddy row', () => {
    const [recipient] = decodeText(postfixRefusal('550 5.7.1 Rejected IB504')).recipients;
    expect(recipient?.provider).toBeUndefined();
  });
});

const iua = (reply: string) => postfixRefusal(reply, {recipient: 'bob@email.ua', host: 'mx.email.ua'});

/** I.UA's refusals link to the page of their error code: the code names the row, 10 not read as 1. */
describe('I.UA\'s error pages', () => {
  test.each([
    ['550 User not found. http://mail.i.ua/err/2', 'userunknown'],
    ['550 Mailbox is full. http://mail.i.ua/err/4', 'mailboxfull'],
    ['550 Blacklisted. http://mail.i.ua/err/9', 'blocked'],
    ['550 Not in the list. http://mail.i.ua/err/10', 'filtered'],
    ['550 Relay denied. http://mail.i.ua/err/1', 'norelaying'],
  ])('%s → %s', (reply, reason) => {
    expect(providerAndReason(iua(reply))).toEqual(['iua', reason]);
  });
});

/**
 * Providers whose refusals carry no mark of their own: the host that answered names them, and their
 * help pages' wording gives the reason. The same words from another host are anybody's.
 */
describe('the replies a provider\'s help page lists, from its own host', () => {
  test.each([
    ['550 5.7.1 No such user!', 'bob@yandex.ru', 'mx.yandex.ru', ['yandex', 'userunknown']],
    ['554 5.7.1 Message rejected under suspicion of SPAM; https://ya.cc/1IrBc', 'bob@yandex.ru', 'mx.yandex.ru', ['yandex', 'spamdetected']],
    ['550 5.7.1 Policy rejection on the target address', 'bob@yandex.ru', 'mx.yandex.net', ['yandex', 'suspend']],
    ['552 5.2.2 Mailbox size limit exceeded', 'bob@yandex.ru', 'mx.yandex.ru', ['yandex', 'mailboxfull']],
    ['550 Message was not accepted -- invalid mailbox. Local mailbox bob@mail.ru is unavailable: user is terminated', 'bob@mail.ru', 'mxs.mail.ru', ['mailru', 'suspend']],
    ['550 spam message rejected. Please visit https://help.mail.ru/notspam-support/id', 'bob@mail.ru', 'mxs.mail.ru', ['mailru', 'spamdetected']],
    ['550 <bob@web.de>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner', 'bob@web.de', 'mx-ha02.web.de', ['web-de', 'authfailure']],
    ['421 Rate limit reached. Please try again later', 'bob@gmx.net', 'mx00.emig.gmx.net', ['gmx', 'speeding']],
    ['550 5.1.1 <bob@free.fr>: Recipient address rejected: User unknown', 'bob@free.fr', 'mx1.free.fr', ['free', 'userunknown']],
  ] as const)('%s (%s, %s) → %j', (reply, recipient, host, expected) => {
    expect(providerAndReason(postfixRefusal(reply, {recipient, host}))).toEqual(expected);
  });

  test.each([
    '550 5.7.1 Policy rejection on the target address',
    '550 Message was not accepted -- invalid mailbox. Local mailbox bob@example.org is unavailable: user is terminated',
  ])('%s from another host names no provider', (reply) => {
    expect(decodeText(postfixRefusal(reply)).recipients[0]?.provider).toBeUndefined();
  });
});

/**
 * NetEase's refusals carry a code of its list ("554 DT:SPM 163 smtp5,<id> <time>, please see
 * http://mail.163.com/help/help_spam_16.htm?ip=...", as its servers print them): each code of the
 * list, in that shape, gives the list's reason, with a 4xx or a 5xx reply alike.
 */
describe('NetEase\'s coded refusals, each code of its list', () => {
  const netease = providerById.netease;
  const coded = netease.rows.filter((row) => row.providerCode !== undefined);
  test.each(coded.flatMap((row) => ['451', '554'].map((reply) => [`${reply} ${row.providerCode} 163 smtp5,D9GowACHO7RNWNdXmXs1Bw--.9035S2 1473730639, please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1&hostid=smtp5&time=1473730639`, row.reason] as const)))('%s → %s', (reply, reason) => {
    expect(providerAndReason(postfixRefusal(reply, {recipient: 'bob@163.com', host: '163mx01.mxmail.netease.com'}))).toEqual(['netease', reason]);
  });

  test.each([
    ['550 User suspended', 'suspend'],
    ['550 User in blacklist', 'rejected'],
    ['552 Illegal Attachment', 'policyviolation'],
  ] as const)('%s from its host → %s', (reply, reason) => {
    expect(providerAndReason(postfixRefusal(reply, {recipient: 'bob@126.com', host: '126mx00.mxmail.netease.com'}))).toEqual(['netease', reason]);
  });

  test('its worded refusals from another host are anybody\'s', () => {
    expect(decodeText(postfixRefusal('550 User suspended')).recipients[0]?.provider).toBeUndefined();
  });

  // Its servers sign every reply with their name and the session's id, coded or not: a reply
  // copied alone (an application's error) names NetEase by that signature.
  test.each([
    'Error: Mail command failed: 553 Local user only,163 smtp5,HdxpCgA3f+63sTNhtiNZDA--.2001S2 1630777785',
    '550 User not found: bob@163.com 163 smtp3,D9GowACHO7RNWNdXmXs1Bw--.9035S2 1473730639',
  ])('its signature alone: %s', (reply) => {
    expect(decodeText(reply).recipients.map((got) => got.provider?.id)).toEqual(['netease']);
  });

  test('the words without its signature name no one', () => {
    expect(decodeText('Error: Mail command failed: 553 Local user only').recipients.map((got) => got.provider?.id)).toEqual([undefined]);
  });
});

const docomo = (reply: string, command: string) => postfixRefusal(reply, {recipient: 'bob@docomo.ne.jp', host: 'mfsmax.docomo.ne.jp', command});

/**
 * NTT docomo's "550 Unknown user" means two things by the stage it answered (Sisimai's
 * nttdocomo.rb): no such address at RCPT TO; after the message data, a sender the recipient's
 * reception settings refuse. A row tied to a stage matches only a reply that names it.
 */
describe('NTT docomo\'s replies, by the stage they answered', () => {
  test.each([
    ['550 Unknown user bob@docomo.ne.jp', 'end of DATA', ['nttdocomo', 'rejected']],
    ['550 Unknown user bob@docomo.ne.jp', 'RCPT TO', ['nttdocomo', 'userunknown']],
    ['552 Too much mail data', 'end of DATA', ['nttdocomo', 'mailboxfull']],
    ['552 Too many recipients', 'RCPT TO', ['nttdocomo', 'toomanyconn']],
    ['503 Bad sequence of commands', 'DATA', ['nttdocomo', 'syntaxerror']],
  ])('%s (in reply to %s) → %j', (reply, command, expected) => {
    expect(providerAndReason(docomo(reply, command))).toEqual(expected);
  });

  test('with no stage named, "Unknown user" is no docomo row', () => {
    const [recipient] = decodeText('<bob@docomo.ne.jp>: host mfsmax.docomo.ne.jp[192.0.2.1] said: 550 Unknown user bob@docomo.ne.jp\n').recipients;
    expect(recipient?.reason.id).not.toBe('rejected');
  });

  test('another provider\'s "Unknown user" after DATA is no docomo row', () => {
    expect(providerAndReason(postfixRefusal('550 Unknown user bob@example.org', {command: 'end of DATA'}))).not.toEqual(['nttdocomo', 'rejected']);
  });
});

// Exchange Online's Directory-Based Edge Blocking, quoted alone: its "AS(nnnn)" number after
// "Access denied." names Microsoft; Postfix's own "Access denied" (smtpd's access maps) does not.
describe('Exchange Online\'s edge blocking quoted without its server', () => {
  test.each([
    ['its number', '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'],
    ['its number masked', '550 5.4.1 Recipient address rejected: Access denied. AS(xxxxxxx)'],
    ['in backticks, as a page quotes it', '`550 5.4.1 Recipient address rejected: Access denied. AS(201806281)`'],
  ])('%s', (_name, reply) => {
    expect(providerAndReason(reply)).toEqual(['microsoft365', 'userunknown']);
  });

  test('Postfix\'s own access-map refusal names no provider', () => {
    expect(providerAndReason('554 5.7.1 <bob@example.org>: Recipient address rejected: Access denied')[0]).toBeUndefined();
  });
});

// A notice with no reply, from the recipient's own mail domain: the provider whose domain it is
// refused the recipient. A notice from the sender's provider about a recipient elsewhere names no one.
describe('a notice from the recipient\'s own mail domain names its provider', () => {
  const notice = (from: string, recipient: string) => `From: Mail Delivery System <${from}>\nTo: sender@example.net\nSubject: Mail delivery failed: returning message to sender\nX-Failed-Recipients: ${recipient}\nMIME-Version: 1.0\nContent-Type: text/plain\n\n|------------------------- Failed addresses follow: ---------------------|\n <${recipient}>\n`;
  test.each([
    ['T-Online about its own mailbox', 'Mailer-Daemon@t-online.de', 'bob@t-online.de', 't-online'],
    ['Hotmail about its own mailbox', 'postmaster@hotmail.com', 'bob@hotmail.com', 'outlook-com'],
  ])('%s', async (_name, from, recipient, provider) => {
    expect((await decode(notice(from, recipient))).recipients[0]?.provider?.id).toBe(provider);
  });

  test.each([
    ['T-Online about a mailbox elsewhere', 'Mailer-Daemon@t-online.de', 'bob@example.org'],
    ['a domain no provider holds', 'Mailer-Daemon@example.org', 'bob@example.org'],
  ])('%s names no provider', async (_name, from, recipient) => {
    expect((await decode(notice(from, recipient))).recipients[0]?.provider).toBeUndefined();
  });

  // A coded refusal that is no verdict on the mailbox (503: the command sequence) is the writer's
  // own too when the report names no other server; a Remote-MTA names the server that answered.
  const report = (from: string, recipient: string, remoteMta = '') => `From: ${from}\nTo: sender@example.net\nSubject: Delivery Status Notification (Failure)\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nDelivery to the following recipients failed.\n\n       ${recipient}\n\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;mx.example.net\n\nFinal-Recipient: rfc822;${recipient}\nAction: failed\nStatus: 5.5.0\n${remoteMta}Diagnostic-Code: smtp;503 Improper sequence of commands\n\n--b--\n`;
  test.each([
    ['Hotmail\'s coded refusal of its own recipient', 'postmaster@hotmail.com', 'bob@hotmail.com', '', 'outlook-com'],
    ['T-Online\'s coded refusal of its own recipient', 'Mailer-Daemon@t-online.de', 'bob@t-online.de', '', 't-online'],
    ['a coded refusal about a recipient elsewhere', 'postmaster@hotmail.com', 'bob@example.org', '', undefined],
    ['a coded refusal another server gave', 'Mailer-Daemon@t-online.de', 'bob@t-online.de', 'Remote-MTA: dns;relay.example.org\n', undefined],
  ])('%s', async (_name, from, recipient, remoteMta, provider) => {
    expect((await decode(report(from, recipient, remoteMta))).recipients[0]?.provider?.id).toBe(provider);
  });
});

// Microsoft 365's errors of delivery through a connector ("Mail flow intelligence in EOP"): each
// attempt's error, and the expiry after 24 hours of them, which names the same cause.
describe('Microsoft 365\'s connector delivery errors', () => {
  const eop = (reply: string) => `${reply} [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]`;
  test.each([
    ['450 4.4.312 DNS query failed', 'networkerror'],
    ['550 5.4.312 Message expired, DNS query failed', 'networkerror'],
    ['450 4.4.315 Connection timed out', 'networkerror'],
    ['450 4.4.317 Cannot connect to remote server', 'networkerror'],
    ['450 4.4.318 Connection was closed abruptly', 'networkerror'],
    ['450 4.7.320 Certificate validation failed', 'failedstarttls'],
  ])('%s → %s', (reply, reason) => {
    expect(providerAndReason(eop(reply))).toEqual(['microsoft365', reason]);
  });

  test('the words alone, from a server of no provider, are not Microsoft\'s', () => {
    expect(providerAndReason('<bob@example.org>: host mx.example.org[192.0.2.1] said: 450 4.4.0 DNS query failed (in reply to RCPT TO command)')[0]).toBeUndefined();
  });
});

/**
 * Forward Email's greylisting (forwardemail/forwardemail.net helpers/is-greylisted.js): "Message was
 * greylisted, try again in <duration>; see https://forwardemail.net/faq#do-you-have-a-greylist for
 * more information", code 450, the duration written by pretty-ms in words. A deferral that a retry
 * after the wait passes: blocked for now, temporary.
 */
describe('Forward Email\'s greylisting, each way its wait is written', () => {
  const reply = (wait: string) => `450 4.2.1 Message was greylisted, try again in ${wait}; see https://forwardemail.net/faq#do-you-have-a-greylist for more information`;
  test.each(['1 second', '59 seconds', '5 minutes', '4 minutes 30 seconds'])('try again in %s', (wait) => {
    const fromItsHost = decodeText(postfixRefusal(reply(wait), {recipient: 'bob@example.org', host: 'mx1.forwardemail.net'})).recipients[0];
    expect([fromItsHost?.provider?.id, fromItsHost?.reason.id, fromItsHost?.permanent]).toEqual(['forwardemail', 'blocked', false]);
    const alone = decodeText(reply(wait)).recipients[0];
    expect([alone?.provider?.id, alone?.reason.id, alone?.permanent]).toEqual(['forwardemail', 'blocked', false]);
  });

  test('another greylisting server\'s words name no Forward Email', () => {
    const [first] = decodeText('450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html').recipients;
    expect(first?.provider?.id).not.toBe('forwardemail');
  });
});
