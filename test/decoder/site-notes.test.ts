// An address that a notice mentions with nothing of a failure (a site's note of where to write, a
// list server's address) is no failed recipient where the notice's recipients carry their replies;
// nor does it take the status or reply of a recipient's record below it. ZMailer's reports print
// each record's fields with the value on the line under the field's name ("Final Recipient:" /
// "RFC822;bob@example.org"): that value opens the record all the same (RFC 3464 §2.3.2).

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

const zmailerRecord = (recipient: string, reply: string) => `FAILED:
  Original Recipient:
      rfc822;${recipient}
  Final Recipient:
      RFC822;${recipient}
  Status:
      5.1.1 (bad destination mailbox)
  Remote MTA:
      dns; mx.example.org (192.0.2.1|25|192.0.2.9|48741)
  Diagnostic Code:
      smtp; ${reply}
  Diagnostic texts:
     <<- RCPT To:<${recipient}>
     ->> ${reply}
`;

const zmailerReport = (note: string, records: string) => `This is a collection of reports about email delivery
process concerning a message you originated.
${note}
Reporting-MTA: dns; lists.example.net
Arrival-Date: Fri, 16 Nov 2007 13:09:40 -0500

${records}`;

const siteNote = '\nGeneric site note:  Joining/leaving our lists thru server:\n\t\t\tlists-admin@lists.example.net\n';

describe('an address a notice mentions is no recipient', () => {
  test.each([
    ['a site\'s note above ZMailer\'s report', zmailerReport(siteNote, zmailerRecord('bob@example.org', '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown')), [['bob@example.org', '550']]],
    ['the same, two records', zmailerReport(siteNote, `${zmailerRecord('bob@example.org', '550 5.1.1 User unknown')}\n${zmailerRecord('carol@example.org', '552 5.2.2 Mailbox full')}`),
      [['bob@example.org', '550'], ['carol@example.org', '552']]],
    // Negative: a recipient a list names with nothing of its own is one, beside one with its reply.
    ['a list\'s item beside one with its reply', 'The following addresses had permanent fatal errors:\n\nann@example.org\nbob@example.org\n    550 5.1.1 User unknown\n',
      [['ann@example.org', '550'], ['bob@example.org', '550']]],
    // Negative: an address alone is all a notice with no reply says of its recipient.
    ['an address alone in a notice with no reply', 'Hi. This is the qmail-send program at mx.example.net.\nI\'m afraid I wasn\'t able to deliver your message to the following addresses.\nThis is a permanent error; I\'ve given up. Sorry it didn\'t work out.\n\nbob@example.org\n',
      [['bob@example.org', undefined]]],
  ] as const)('%s', (_name, text, rows) => {
    expect(decodeText(text).recipients.map((found) => [found.recipient, found.replyCode?.code])).toEqual(rows);
  });
});
