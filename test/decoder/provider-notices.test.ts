// The notices big mail providers write in their own language, as their public records give them
// (each family file under src/rules/mta cites its record): Yandex's and Mail.Ru's in Russian,
// Seznam.cz's in Czech and English, Naver's subjects, and the Italian certified mail's receipts.
// Each is pasted as a person copies it, around a permanent and a temporary reply where it quotes one.

import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';

const reply = (code: string) => (code === '550' ? '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table' : '452 4.2.2 <bob@example.org>: Mailbox full');

const yandex = (code: string) => `Subject: Недоставленное сообщение\n\nЭто письмо отправлено почтовым сервером yandex.ru.\n\nК сожалению, мы вынуждены сообщить Вам о том, что Ваше письмо не может\nбыть отправлено одному или нескольким адресатам. Технические подробности можно найти ниже.\n\nПожалуйста, не отвечайте на это сообщение.\n\n              **********\n\n<bob@example.org>: host mx.example.org[192.0.2.25] said: ${reply(code)} (in reply to RCPT TO command)\n`;
const mailru = (code: string) => `Ваше сообщение не доставлено. Mail failure.\n\nЭто письмо создано автоматически сервером Mail.Ru, отвечать на него не нужно.\n\nК сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:\n\nbob@example.org\n  host mx.example.org [192.0.2.25]\n  SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n  ${reply(code)}\n`;
const seznam = (code: string) => `Vaše zpráva pro <bob@example.org> ze dne 02.03.2026 nemohla být doručena.\nZpráva je přiložena.\n\nYou message for <bob@example.org> from 2026/03/02 could not be delivered.\nIt's attached below.\n\nDůvod / Reason:\n---------------\n\n${reply(code)}\n`;

describe('providers\' own notices in their languages', () => {
  test.each([
    ['Yandex', yandex], ['Mail.Ru', mailru], ['Seznam.cz', seznam],
  ])('%s: the recipient and its reply, a bounce whatever the reply\'s class', async (_name, render) => {
    for (const code of ['550', '452']) {
      const result = await decode(render(code));
      expect(result.kind).toBe('bounce');
      expect(result.recipients.map((found) => [found.recipient, found.replyCode?.code, found.permanent])).toEqual([['bob@example.org', code, code === '550']]);
    }
  });

  test('Seznam.cz\'s own reply: the user does not exist, permanently', async () => {
    const result = await decode('Vaše zpráva pro <bob@seznam.cz> ze dne 02.03.2026 nemohla být doručena.\nZpráva je přiložena.\n\nDůvod / Reason:\n---------------\n\n5.1.1 szn; User hasn\'t got the service mapped\n\nPermanentní chyba na straně uživatele.\nPermanent Failure - Bad destination mailbox address\n');
    expect(result.recipients.map((found) => [found.recipient, found.status?.code, found.reason.id, found.permanent])).toEqual([['bob@seznam.cz', '5.1.1', 'userunknown', true]]);
  });

  test('T-Online\'s bilingual reason: the user does not exist', async () => {
    const result = await decode('|------------------------- Failed addresses follow: ---------------------|\n <bob@t-online.de> ... unknown user / Teilnehmer existiert nicht\n|------------------------- Message text follows: ------------------------|\n');
    expect(result.recipients.map((found) => [found.recipient, found.reason.id])).toEqual([['bob@t-online.de', 'userunknown']]);
  });

  // Their bodies' words were not found in a public record: a recipient's line with its reply stands in
  // for them, and the subject says what the notice is.
  test.each([
    // Pasted, a temporary reply under the subject that says the send failed: a bounce.
    ['Naver, its subject pasted over a temporary reply', '[네이버 메일] bob@example.org으로 메일 발송이 실패되었습니다.\n\n<bob@example.org>: 452 4.2.2 Mailbox full\n', 'bounce'],
    ['a PEC receipt of non-delivery', 'From: posta-certificata@pec.example.it\nSubject: AVVISO DI MANCATA CONSEGNA: Fattura 42\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n<bob@example.org>: 550 5.1.1 User unknown\n', 'bounce'],
    ['a PEC warning, still tried', 'From: posta-certificata@pec.example.it\nSubject: PREAVVISO DI MANCATA CONSEGNA: Fattura 42\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n<bob@example.org>: 421 4.4.1 Connection timed out\n', 'delay'],
  ])('%s', async (_name, text, kind) => {
    const result = await decode(text);
    expect(result.kind).toBe(kind);
    expect(result.recipients.map((found) => found.recipient)).toEqual(['bob@example.org']);
  });

  test('Yandex\'s notice that a message was delivered is a delivery', async () => {
    const result = await decode('Subject: Письмо успешно доставлено\n\nВаше письмо было успешно доставлено указанному адресату (или адресатам,\nесли было указано несколько).\n\n<bob@example.org>: delivery via mx.example.org[192.0.2.25]:25: 250 2.0.0 Ok: queued as 4AB12C\n');
    expect(result.kind).toBe('delivered');
  });
});
