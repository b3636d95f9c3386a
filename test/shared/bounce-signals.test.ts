import {describe, expect, test} from 'vitest';
import type {DecodeResult} from '../../src/decoder/types.ts';
import {hasNoticePhrase, isNotice, mayBeNotice, noticeSignals} from '../../src/shared/bounce-signals.ts';

describe('noticeSignals()', () => {
  test.each([
    ['Mail Delivery Subsystem <mailer-daemon@googlemail.com>'],
    ['MAILER-DAEMON@yahoo.com'],
    ['Mail Delivery System <MAILER-DAEMON@mx1.example.org>'],
    ['Microsoft Outlook <postmaster@contoso.onmicrosoft.com>'],
    ['MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com'],
    ['Postmaster <postmaster@example.com>'],
  ])('the sender %s looks like a notice\'s', (sender) => {
    expect(noticeSignals(sender, '').sender).toBe(true);
  });

  test.each([
    ['Jane Doe <jane@example.com>'],
    ['Deliverability Weekly <news@deliverability-weekly.example>'],
    ['Mail team <mail-team@example.com>'],
  ])('the sender %s does not', (sender) => {
    expect(noticeSignals(sender, '').sender).toBe(false);
  });

  test.each([
    ['Undeliverable: Q3 figures'],
    ['Delivery Status Notification (Failure)'],
    ['Delivery Status Notification (Delay)'],
    ['Failure Notice'],
    ['Returned mail: see transcript for details'],
    ['Mail delivery failed: returning message to sender'],
    ['Undelivered Mail Returned to Sender'],
    ['Unzustellbar: Angebot'],
    ['Non remis : Proposition'],
    ['No se puede entregar: Propuesta'],
    ['Non recapitabile: Offerta'],
    ['Onbestelbaar: Offerte'],
    ['Não entregue: Proposta'],
    ['Não é possível entregar: Proposta'],
    ['配信不能: 見積もり'],
    ['Не удается доставить: Отчёт'],
    ['Nedoručitelné: Nabídka'],
    ['Nedoručiteľné: Ponuka'],
    ['Kézbesíthetetlen: Ajánlat'],
    ['Kan ikke leveres: Tilbud'],
    ['Ei voitu toimittaa: Tarjous'],
    ['배달되지 않음: 견적'],
    ['Non remis\u00a0: Proposition'], // the no-break space French puts before a colon
    ['E\u0301chec de la remise : Proposition'], // decomposed (NFD)
  ])('the subject %s looks like a notice\'s', (subject) => {
    expect(noticeSignals('', subject).subject).toBe(true);
  });

  test.each([
    ['Your order #550-5511 has shipped'],
    ['This week in email: what your bounce codes mean'],
    ['Mail team meeting on Thursday'],
    ['Re: delivery of the new sofa'],
    ['Re: kan du levere pakken i morgen?'],
    ['Doručeno: Nabídka'],
  ])('the subject %s does not', (subject) => {
    expect(noticeSignals('', subject).subject).toBe(false);
  });
});

describe('mayBeNotice()', () => {
  test.each([
    [{sender: true, subject: true}, true],
    [{sender: true, subject: false}, true],
    [{sender: false, subject: true}, true],
    [{sender: false, subject: false}, false],
  ])('%o → %s', (signals, may) => {
    expect(mayBeNotice(signals)).toBe(may);
  });
});

describe('isNotice()', () => {
  const failed: DecodeResult = {
    kind: 'bounce',
    format: 'text',
    recipients: [{reason: {id: 'userunknown', title: 'The address does not exist'}, hardBounce: true, permanent: true, action: {id: 'suppress', summary: '', steps: []}, evidence: [], conflicts: [], ips: [], diagnostic: '550 5.1.1'}],
  };
  const nothing: DecodeResult = {kind: 'none', format: 'text', recipients: []};
  const notice = 'Delivery has failed to these recipients or groups:\nRemote Server returned \'550 5.1.1 User unknown\'';
  const memo = 'Let\'s go through last week\'s 550 5.1.1 rejections on Thursday.';

  test.each([
    ['both signals and a decoded recipient', {sender: true, subject: true}, memo, failed, true],
    ['one signal and a notice\'s phrases (a forwarded bounce)', {sender: false, subject: true}, notice, failed, true],
    ['one signal, a decoded code, no notice phrase (a postmaster\'s memo)', {sender: true, subject: false}, memo, failed, false],
    ['no signal at all (a newsletter quoting codes)', {sender: false, subject: false}, notice, failed, false],
    ['both signals but nothing decoded', {sender: true, subject: true}, notice, nothing, false],
  ])('%s → %s', (_name, signals, body, result, expected) => {
    expect(isNotice(signals, body, result)).toBe(expected);
  });

  test('hasNoticePhrase() is case-blind', () => {
    expect(hasNoticePhrase('REMOTE HOST SAID: 550')).toBe(true);
    expect(hasNoticePhrase('remote hosts are fine')).toBe(false);
  });

  test.each([
    ['Gemeldeter Fehler: 550 5.1.10 RESOLVER.ADR.RecipientNotFound'],
    ['Erreur signalée\u00a0: 550 5.1.10 RESOLVER.ADR.RecipientNotFound'],
    ['Erreur signale\u0301e : 550 5.1.10'], // decomposed (NFD)
    ['Your message to bob@example.com couldn\u2019t be delivered.'], // a typographic apostrophe
    ['報告されたエラー：550 5.1.10'], // a full-width colon
    ['Diagnoseinformationen für Administratoren'],
    ['** Die Adresse wurde nicht gefunden **'],
  ])('hasNoticePhrase() finds the phrase of a notice in another language or typography: %s', (body) => {
    expect(hasNoticePhrase(body)).toBe(true);
  });

  test.each([
    ['Der Fehler wurde gemeldet, der Statuscode ist 200.'],
    ['L\u2019erreur a été signalée hier.'],
    ['状態コードを確認してください。'],
  ])('hasNoticePhrase() finds none in ordinary mail that names the same words: %s', (body) => {
    expect(hasNoticePhrase(body)).toBe(false);
  });
});
