/**
 * Wording seen in the wild as Sisimai's reason modules record it (sisimai/rb-sisimai
 * lib/sisimai/reason/*.rb, their Index lists), each said as a bare reply and as a remote reply in a
 * Postfix notice at RCPT TO: the reason it names. The phrases are those the rules added from that
 * record; every input is written here.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

const wording: readonly (readonly [string, string])[] = [
  ['extreme bad ip profile', 'blocked'],
  ['is in a black list', 'blocked'],
  ['is not allowed to send mail from', 'blocked'],
  ['rejected - multi-blacklist', 'blocked'],
  ['said: 550 blocked', 'blocked'],
  ['destination server rejected recipients', 'userunknown'],
  ['recipient is not accepted', 'userunknown'],
  ['recipient is not local', 'userunknown'],
  ['recipient not ok', 'userunknown'],
  ['recipients was undeliverable', 'userunknown'],
  ['user missing home directory', 'userunknown'],
  ['5.1.0 address rejected.', 'userunknown'],
  ['all host address lookups failed', 'hostunknown'],
  ['couldn\'t find any host example.org', 'hostunknown'],
  ['dns server returned answer with no data', 'hostunknown'],
  ['domain must exist', 'hostunknown'],
  ['responded with code nxdomain', 'hostunknown'],
  ['access denied (in reply to mail from command)', 'rejected'],
  ['denied by secumail valid-address-filter', 'rejected'],
  ['email address is on senderfilterconfig list', 'rejected'],
  ['empty email address', 'rejected'],
  ['fully qualified email address required', 'rejected'],
  ['is not a registered gateway user', 'rejected'],
  ['sender domain listed at example.org', 'rejected'],
  ['you are not allowed to post to this mailing list', 'rejected'],
  ['has been suspended', 'suspend'],
  ['as a relay', 'norelaying'],
  ['not a gateway', 'norelaying'],
  ['relaying mail to example.org', 'norelaying'],
  ['specified domain is not allowed', 'norelaying'],
  ['size limit', 'mesgtoobig'],
  ['automatic homedir creator crashed', 'systemerror'],
  ['delivery to file forbidden', 'systemerror'],
  ['delivery to pipe forbidden', 'systemerror'],
  ['input/output error', 'systemerror'],
  ['lmtp error after example.org', 'systemerror'],
  ['loop back warning:', 'systemerror'],
  ['mail transport unavailable', 'systemerror'],
  ['error while executing qmail-forward', 'systemerror'],
  ['several matches found in domino directory', 'systemerror'],
  ['too many results returned but needs to be unique', 'systemerror'],
  ['cannot send e-mail to yourself', 'systemerror'],
  ['address family mismatch on destination mxs', 'networkerror'],
  ['all routes to destination blocked', 'networkerror'],
  ['could not contact dns servers', 'networkerror'],
  ['could not retrieve source address', 'networkerror'],
  ['exceeded maximum hop count', 'networkerror'],
  ['host name lookup failure', 'networkerror'],
  ['listed as a best-preference mx', 'networkerror'],
  ['no relevant answers', 'networkerror'],
  ['establish an smtp connection', 'networkerror'],
  ['delivery not authorized, message refused', 'policyviolation'],
  ['message given low priority', 'policyviolation'],
  ['5322.from address doesn\'t meet the authentication requirements', 'authfailure'],
  ['doesn\'t meet the required authentication level', 'authfailure'],
  ['has been replaced by example.org', 'hasmoved'],
  ['destination seem to reject all mails', 'notaccept'],
  ['mail receiving disabled', 'notaccept'],
  ['mx or srv record indicated no smtp example.org', 'notaccept'],
  ['no host found for existing smtp example.org', 'notaccept'],
  ['no route for current request', 'notaccept'],
  ['charset not supported', 'contenterror'],
  ['could not find a gateway for', 'expired'],
  ['failed to deliver to domain example.org', 'expired'],
  ['frozen on arrival', 'expired'],
  ['has been frozen', 'expired'],
  ['account is protected by', 'filtered'],
  ['is not accepting any mail', 'filtered'],
  ['message rejected due to user rules', 'filtered'],
  ['not found recipient account', 'filtered'],
  ['user refuses to receive this mail', 'filtered'],
  ['user reject', 'filtered'],
  ['rfc 1035 violation', 'notcompliantrfc'],
];

const layouts = [
  ['a bare reply', (words: string) => `550 ${words}`],
  ['a Postfix notice at RCPT TO', (words: string) => `<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 ${words} (in reply to RCPT TO command)`],
] as const;

describe('the reason Sisimai\'s record gives a reply\'s words', () => {
  test.each(layouts.flatMap(([layout, render]) => wording.map(([words, reason]) => [layout, words, reason, render(words)] as const)))('%s: "%s" → %s', (_layout, _words, reason, text) => {
    expect(decodeText(text).recipients.map((recipient) => recipient.reason.id)).toEqual([reason]);
  });

  test.each([
    // A more precise reason whose words hold one of them wins, by the one precedence of src/rules/index.ts.
    ['552 5.2.2 Mailbox size limit exceeded', 'mailboxfull'],
    ['550 5.1.1 Recipient is not local and no such user here', 'userunknown'],
  ])('%s → %s, not the weaker words inside it', (reply, reason) => {
    expect(decodeText(reply).recipients.map((recipient) => recipient.reason.id)).toEqual([reason]);
  });
});
