// Log lines in which a mail server says it delivered a message (the next hop accepted it, or it was
// stored in the mailbox), in each server's own wording as its source writes it (each family file
// under src/rules/mta cites it), beside the same server's line of a failure: a delivery is no bounce.

import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';

describe('a server\'s log line of a delivery, and of a failure', () => {
  test.each([
    ['maddy', 'May 18 05:04:02 mail maddy[1207]: queue: delivered\t{"attempt":1,"msg_id":"a70cc095","rcpt":"bob@example.org","smtp_msg":"250 OK id=w8eghw80ehg"}', 'delivered'],
    ['OpenSMTPD, relayed', 'Sep 14 10:00:01 mx smtpd[4242]: 5df87c9b982c840c mta delivery evpid=3d4c4a424797fe79 from=<alice@example.net> to=<bob@example.org> rcpt=<-> source="127.0.0.1" relay="192.0.2.1 (mx.example.org)" delay=0s result="Ok" stat="250 2.0.0: f6e94209 Message accepted for delivery"', 'delivered'],
    ['OpenSMTPD, stored', 'Sep 14 10:00:01 mx smtpd[4242]: 5df87c9250bba470 mda delivery evpid=c405e39ad6bbc64f from=<alice@example.net> to=<bob@example.org> rcpt=<bob@example.org> user=bob delay=0s result=Ok stat=Delivered', 'delivered'],
    ['Dovecot LMTP', 'Mar 22 18:18:15 host dovecot: lmtp(bob@example.org)<22587><5GjrDafYTFE7WAAABf1gKA>: msgid=<D4887A5E@example.net>: saved mail to INBOX', 'delivered'],
    ['Dovecot, a Sieve script', 'Mar 22 18:18:15 host dovecot: lmtp(bob@example.org)<22587><5GjrDafYTFE7WAAABf1gKA>: sieve: msgid=<D4887A5E@example.net>: stored mail into mailbox \'INBOX\'', 'delivered'],
    ['Haraka', '[NOTICE] [1B012E7A-4362-42CC-B2D5-27534802E482.1.1] [outbound]  delivered file=1784850927980_0_1_example.org domain=example.org host=mx.example.org ip=192.0.2.1 port=25 mode=SMTP tls=Y auth=N response="250 2.0.0 Ok: queued as 4AB12C" delay=0.048 fails=0 rcpts=1/0/0', 'delivered', [undefined]],
    ['Courier', 'Mar 22 18:18:15 mx courieresmtp: id=0001A2B3.4C5D6E7F.00001234,from=<alice@example.net>,addr=<bob@example.org>,status: success', 'delivered'],
    // Its session's lines, the conversation before the line of its outcome, as its Delivery log writes them.
    ['SmarterMail', '[2018.02.28] 10:50:24 [07838] CMD: RCPT TO:<bob@example.org>\n[2018.02.28] 10:50:24 [07838] RSP: 250 2.1.5 Ok\n[2018.02.28] 10:50:30 [07838] Delivery for alice@example.net to bob@example.org has completed (Delivered)\n[2018.02.28] 10:50:31 [07838] Delivery finished for alice@example.net at 10:50:31 AM [id:422405313455-1]', 'delivered'],
    ['SmarterMail, a refused RCPT in its conversation', '[2018.02.28] 10:50:24 [07838] CMD: RCPT TO:<bob@example.org>\n[2018.02.28] 10:50:24 [07838] RSP: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown', 'bounce'],
    ['maddy, a failed attempt', 'May 18 05:04:02 mail maddy[1207]: queue: delivery attempt failed\t{"msg_id":"a70cc095","rcpt":"bob@example.org","smtp_code":550,"smtp_enchcode":"5.1.1","smtp_msg":"mx.example.org said: User unknown"}', 'bounce'],
    ['OpenSMTPD, a refused relay', 'Sep 14 10:00:01 mx smtpd[4242]: 5df87c9b982c840c mta delivery evpid=3d4c4a424797fe79 from=<alice@example.net> to=<bob@example.org> rcpt=<-> source="127.0.0.1" relay="192.0.2.1 (mx.example.org)" delay=0s result="PermFail" stat="550 5.1.1 User unknown"', 'bounce'],
    // The port after the next hop's host is no reply code ("relay=mx.example.org[192.0.2.1]:587").
    ['Postfix, delivered through a relay on port 587', 'Mar 22 18:18:15 mx postfix/smtp[4242]: 4AB12C: to=<bob@example.org>, relay=smtp.example.net[192.0.2.1]:587, delay=0.4, dsn=2.0.0, status=sent', 'delivered'],
    ['Postfix, delivered, its relay on port 465 without brackets', 'Mar 22 18:18:15 mx postfix/smtp[4242]: 4AB12C: to=<bob@example.org>, relay=smtp.example.net:465, status=sent', 'delivered'],
    ['Postfix, a refusal through a relay on port 587', 'Mar 22 18:18:15 mx postfix/smtp[4242]: 4AB12C: to=<bob@example.org>, relay=smtp.example.net[192.0.2.1]:587, delay=0.4, dsn=5.1.1, status=bounced (host smtp.example.net[192.0.2.1] said: 550 5.1.1 <bob@example.org>: User unknown (in reply to RCPT TO command))', 'bounce'],
    ['Dovecot LMTP, a full mailbox', 'Mar 22 18:18:15 host dovecot: lmtp(bob@example.org)<22587><5GjrDafYTFE7WAAABf1gKA>: msgid=<D4887A5E@example.net>: save failed to INBOX: Quota exceeded (mailbox for user is full)', 'bounce'],
  ])('%s', async (_name, line, kind, recipients: (string | undefined)[] = ['bob@example.org']) => {
    const result = await decode(`${line}\n`);
    // Haraka's line names the domain and counts the recipients, naming none.
    expect([result.kind, result.recipients.map((found) => found.recipient)]).toEqual([kind, recipients]);
  });
});
