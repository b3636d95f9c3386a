// Dovecot's rejection mail (src/lib-lda/mail-send.c), which its delivery agent sends itself when it
// refuses a message (a Sieve reject, a full mailbox). It carries a reason text, never an SMTP reply,
// so the generator's reply pool cannot fit it: a table of positive and negative cases built from the
// template drives it instead, in every form (raw with LF, CRLF, CR, and the webmail text).

import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';
import {type ExpectedRecipient, type Form, forms, namesAReason, project} from './generate.ts';
import {mailingListOriginal, originalAddresses, plainOriginal, type Rendered} from './templates/common.ts';
import {dovecotRejection, quotaExceeded} from './templates/dovecot.ts';

function lineEnds(text: string, form: Form): string {
  if (form === 'raw-crlf') return text.replace(/\n/g, '\r\n');
  if (form === 'raw-cr') return text.replace(/\n/g, '\r');
  return text;
}

function inputOf(rendered: Rendered, form: Form): string {
  return form === 'webmail' ? rendered.webmail : lineEnds(rendered.raw, form);
}

/** The reason the rules' phrases give a text, when they give one (not asserted otherwise). */
function reasonOf(text: string): Pick<ExpectedRecipient, 'reason'> {
  const reason = namesAReason(text);
  return reason ? {reason} : {};
}

const returnedAddresses = Object.values(originalAddresses).map((address) => address.toLowerCase());
const rawAndWebmail: readonly Form[] = ['raw-lf', 'webmail'];
const remote = {remoteHost: 'mx.example.net', remoteIp: '192.0.2.10'};

const sieveReasons = [
  'I am not taking mail from you, and I don\'t want your birdseed, either!', // the Sieve reject example of RFC 3028 (reject action)
  'Mail from this sender is refused by my filter.\nPlease contact me by other means.',
];

function dovecotCase(reason: string, dsn: boolean, address: string, form: Form, original = plainOriginal): string {
  return inputOf(dovecotRejection(address, reason, {...remote, original}, dsn), form);
}

describe('Dovecot rejection (table)', () => {
  describe('positive', () => {
    describe.each(sieveReasons.map((reason) => [reason.split('\n')[0]!, reason] as const))('Sieve reject (MDN): %s', (_name, reason) => {
      test.each(forms)('the recipient, permanent, no reply code or status (%s)', async (form) => {
        const want = {recipients: [{recipient: 'alice@example.com', replyCode: undefined, status: undefined, permanent: true, ...reasonOf(reason)}]};
        expect(project(await decode(dovecotCase(reason, false, 'alice@example.com', form)), want)).toEqual({kind: 'bounce', ...want});
      });
    });

    test.each(forms)('over quota as an MDN (releases before the dsn branch): mailbox full, permanent, no codes (%s)', async (form) => {
      const want = {recipients: [{recipient: 'carol+news@example.org', replyCode: undefined, status: undefined, permanent: true, reason: 'mailboxfull' as const}]};
      expect(project(await decode(dovecotCase(quotaExceeded, false, 'carol+news@example.org', form)), want)).toEqual({kind: 'bounce', ...want});
    });

    test.each(forms)('over quota as a DSN (LDA, quota_full_tempfail = no): 5.2.2 in the report, mailbox full, permanent (%s)', async (form) => {
      const want = {recipients: [{
        recipient: 'bob.smith@example.net', replyCode: undefined, status: form === 'webmail' ? undefined : '5.2.2', permanent: true, reason: 'mailboxfull' as const,
      }]};
      expect(project(await decode(dovecotCase(quotaExceeded, true, 'bob.smith@example.net', form)), want)).toEqual({kind: 'bounce', ...want});
    });

    test.each(rawAndWebmail)('a rejection returning a mailing-list message still gives its recipient (%s)', async (form) => {
      const result = await decode(dovecotCase(sieveReasons[0]!, false, 'alice@example.com', form, mailingListOriginal));
      expect(result.recipients.map((recipient) => recipient.recipient)).toEqual(['alice@example.com']);
    });

    test.each(rawAndWebmail)('the LDA\'s recipient as a bare user name ("Your message to <nekochan>"): still one permanent failure (%s)', async (form) => {
      const result = await decode(dovecotCase(quotaExceeded, true, 'nekochan', form));
      expect([result.kind, result.recipients.length, result.recipients[0]?.permanent]).toEqual(['bounce', 1, true]);
    });
  });

  describe('negative', () => {
    const templates: readonly (readonly [string, boolean])[] = [['MDN', false], ['DSN', true]];
    describe.each(templates)('%s form', (_name, dsn) => {
      test.each(rawAndWebmail)('the returned header\'s From, To, Cc, Reply-To and List-Help are no failed recipients (%s)', async (form) => {
        const found = (await decode(dovecotCase(quotaExceeded, dsn, 'alice@example.com', form, mailingListOriginal))).recipients.map((recipient) => recipient.recipient?.toLowerCase());
        expect(found.filter((address) => address !== undefined && returnedAddresses.includes(address))).toEqual([]);
      });

      test.each(rawAndWebmail)('the notice\'s sender (postmaster@<domain>), Reporting host and Original-Message-ID are no failed recipients (%s)', async (form) => {
        const found = (await decode(dovecotCase(quotaExceeded, dsn, 'alice@example.com', form))).recipients.map((recipient) => recipient.recipient ?? '');
        expect(found.filter((address) => /postmaster|mailer-daemon|4AB12C0FFEE|mx\.example\.net/i.test(address))).toEqual([]);
      });

      test.each(rawAndWebmail)('"X-Mailman-Version: 2.1.5" in the returned header is no status code (%s)', async (form) => {
        const result = await decode(dovecotCase(sieveReasons[0]!, dsn, 'alice@example.com', form, mailingListOriginal));
        expect(result.kind).not.toBe('delivered');
        expect(result.recipients.map((recipient) => recipient.status?.code)).not.toContain('2.1.5');
      });

      test('"Auto-Submitted: auto-replied (rejected)" does not make the rejection an auto-reply', async () => {
        expect((await decode(dovecotCase(sieveReasons[0]!, dsn, 'alice@example.com', 'raw-lf'))).kind).toBe('bounce');
      });
    });
  });
});
