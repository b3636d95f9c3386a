// @vitest-environment happy-dom
/**
 * Every adapter in the interface languages (issue 13): saved pages of Gmail, Outlook on the web and
 * Yahoo Mail in English, German, French and Japanese (test/fixtures/dom/<webmail>-<language>-*.html,
 * and the English pages that came before them), each with a bounce, a delay and a normal message.
 * One table says what the adapter finds on each page (subject, sender, body) and what the scan
 * makes of it: a notice of which kind, to which recipient, or none.
 */
import {describe, expect, test} from 'vitest';
import {gmail} from '../../../src/content/adapters/gmail.ts';
import {outlook} from '../../../src/content/adapters/outlook.ts';
import type {WebmailAdapter} from '../../../src/content/adapters/types.ts';
import {yahoo} from '../../../src/content/adapters/yahoo.ts';
import {createScanner, type PageReport} from '../../../src/content/scan.ts';
import {decode} from '../../../src/decoder/index.ts';
import type {MessageKind} from '../../../src/decoder/types.ts';
import {isNotice, noticeSignals} from '../../../src/shared/bounce-signals.ts';
import {fixturePage} from '../fixture-page.ts';
import type {RecipientRow} from '../notices-in.ts';

type Language = 'en' | 'de' | 'fr' | 'ja';
type What = 'bounce' | 'delay' | 'normal';

/** What the adapter finds on a page, and what the scan makes of it. */
interface Expected {
  readonly fixture: string;
  readonly url: string;
  readonly subject: string;
  /** Part of the sender as found (the address, or the name where the page shows no address). */
  readonly sender: string;
  /** The notice's kind and one of its recipients: [address, reply, status, permanent]; none for a normal message. */
  readonly notice?: readonly ['bounce' | 'delay', RecipientRow];
}

const gmailUrl = (id: string): string => `https://mail.google.com/mail/u/0/#inbox/${id}`;
const outlookUrl = (host: string, id: string): string => `https://${host}/mail/inbox/id/AAQkADAwATM0MDAAMS1iNWUAAC0wMAItMDAKABAA${id}`;
const yahooUrl = (id: string): string => `https://mail.yahoo.com/d/folders/1/messages/${id}`;
const gmailDaemon = 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>';

const pages: Record<'gmail' | 'outlook' | 'yahoo', Record<Language, Record<What, Expected>>> = {
  gmail: {
    en: {
      bounce: {fixture: 'gmail-address-not-found', url: gmailUrl('FMfcgzQbfLxqTkSpvCGQwWdNjKhrMbtZ'), subject: 'Delivery Status Notification (Failure)', sender: gmailDaemon, notice: ['bounce', ['jane.doe@example.com', '550', '5.1.1', true]]},
      delay: {fixture: 'gmail-delivery-incomplete', url: gmailUrl('FMfcgzQbgDelayIncompleteAbCdEfGh'), subject: 'Delivery Status Notification (Delay)', sender: gmailDaemon, notice: ['delay', ['ops@slow.example', '451', '4.7.1', false]]},
      normal: {fixture: 'gmail-order-550', url: gmailUrl('FMfcgzQbgOrderFiveFiftyAbCdEfGh'), subject: 'Your order #550-5511 has shipped', sender: 'orders@shop.example'},
    },
    de: {
      bounce: {fixture: 'gmail-de-bounce', url: gmailUrl('FMfcgzQbgDeBounceAdresseNichtGef'), subject: 'Delivery Status Notification (Failure)', sender: gmailDaemon, notice: ['bounce', ['jana.beispiel@example.com', '550', '5.1.1', true]]},
      delay: {fixture: 'gmail-de-delay', url: gmailUrl('FMfcgzQbgDeDelayZustellungUnvoll'), subject: 'Delivery Status Notification (Delay)', sender: gmailDaemon, notice: ['delay', ['ops@slow.example.net', '450', '4.2.0', false]]},
      normal: {fixture: 'gmail-de-normal', url: gmailUrl('FMfcgzQbgDeNormalWeitergeleitet'), subject: 'WG: Angebot 2027', sender: 'Max Muster <max.muster@example.org>'},
    },
    fr: {
      bounce: {fixture: 'gmail-fr-bounce', url: gmailUrl('FMfcgzQbgFrBounceAdresseIntrouvab'), subject: 'Delivery Status Notification (Failure)', sender: gmailDaemon, notice: ['bounce', ['claire.exemple@example.com', '550', '5.1.1', true]]},
      delay: {fixture: 'gmail-fr-delay', url: gmailUrl('FMfcgzQbgFrDelayDistributionInco'), subject: 'Delivery Status Notification (Delay)', sender: gmailDaemon, notice: ['delay', ['ventes@slow.example.org', '452', '4.2.2', false]]},
      normal: {fixture: 'gmail-fr-normal', url: gmailUrl('FMfcgzQbgFrNormalCommandeExpedie'), subject: 'Votre commande n° 550-5511 a été expédiée', sender: 'Boutique Exemple <commandes@boutique.example.com>'},
    },
    ja: {
      bounce: {fixture: 'gmail-ja-bounce', url: gmailUrl('FMfcgzQbgJaBounceAddressNotFound'), subject: 'Delivery Status Notification (Failure)', sender: gmailDaemon, notice: ['bounce', ['hanako.rei@example.com', '550', '5.1.1', true]]},
      delay: {fixture: 'gmail-ja-delay', url: gmailUrl('FMfcgzQbgJaDelayDeliveryIncomple'), subject: 'Delivery Status Notification (Delay)', sender: gmailDaemon, notice: ['delay', ['info@slow.example.org', '421', '4.7.0', false]]},
      normal: {fixture: 'gmail-ja-normal', url: gmailUrl('FMfcgzQbgJaNormalOrderConfirmed0'), subject: 'ご注文を承りました（注文番号 550-5511）', sender: 'サンプルショップ <order@shop.example.com>'},
    },
  },
  outlook: {
    en: {
      bounce: {fixture: 'outlook-ndr-5.1.10', url: outlookUrl('outlook.office.com', 'xT1'), subject: 'Undeliverable: Q3 figures', sender: 'postmaster@contoso.onmicrosoft.com', notice: ['bounce', ['bob@fabrikam.com', '550', '5.1.10', true]]},
      delay: {fixture: 'outlook-en-delay', url: outlookUrl('outlook.office.com', 'enD'), subject: 'Delivery Status Notification (Delay)', sender: 'Microsoft Outlook <postmaster@example.com>', notice: ['delay', ['ops@slow.example.net', '451', '4.7.1', false]]},
      normal: {fixture: 'outlook-postmaster-meeting', url: 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATZiZmYAZC1hNDlmLTM2AAAQAMeeting', subject: 'Mail team meeting on Thursday', sender: 'Postmaster <postmaster@contoso.com>'},
    },
    de: {
      bounce: {fixture: 'outlook-de-bounce', url: outlookUrl('outlook.office.com', 'deB'), subject: 'Unzustellbar: Angebot 2027', sender: 'Microsoft Outlook <postmaster@example.com>', notice: ['bounce', ['bob@example.org', '550', '5.1.10', true]]},
      // Exchange's delay notice carries its verdict in English whatever its language ("returned '400 4.4.7
      // Message delayed'", then the dated last attempt; src/rules/mta/exchange.ts): that says it still retries.
      delay: {fixture: 'outlook-de-delay', url: outlookUrl('outlook.office.com', 'deD'), subject: 'Zustellung verzögert: Angebot 2027', sender: 'Microsoft Outlook <postmaster@example.com>', notice: ['delay', ['einkauf@slow.example.net', '451', '4.7.1', false]]},
      normal: {fixture: 'outlook-de-normal', url: outlookUrl('outlook.office.com', 'deN'), subject: 'Wartung des Mailservers am Donnerstag', sender: 'Postmaster <postmaster@example.com>'},
    },
    fr: {
      bounce: {fixture: 'outlook-fr-bounce', url: outlookUrl('outlook.office.com', 'frB'), subject: 'Non remis : Devis 2027', sender: 'Microsoft Outlook <postmaster@example.com>', notice: ['bounce', ['paul@example.org', '550', '5.1.10', true]]},
      delay: {fixture: 'outlook-fr-delay', url: outlookUrl('outlook.office.com', 'frD'), subject: 'Remise différée : Devis 2027', sender: 'Microsoft Outlook <postmaster@example.com>', notice: ['delay', ['achats@slow.example.net', '452', '4.2.2', false]]},
      normal: {fixture: 'outlook-fr-normal', url: outlookUrl('outlook.office.com', 'frN'), subject: 'Réunion de l\'équipe messagerie jeudi', sender: 'Postmaster <postmaster@example.com>'},
    },
    ja: {
      bounce: {fixture: 'outlook-ja-bounce', url: outlookUrl('outlook.office.com', 'jaB'), subject: '配信不能: 見積もり 2027', sender: 'Microsoft Outlook <postmaster@example.com>', notice: ['bounce', ['taro@example.org', '550', '5.1.10', true]]},
      delay: {fixture: 'outlook-ja-delay', url: outlookUrl('outlook.office.com', 'jaD'), subject: '配信の遅延: 見積もり 2027', sender: 'Microsoft Outlook <postmaster@example.com>', notice: ['delay', ['eigyo@slow.example.net', '421', '4.7.0', false]]},
      normal: {fixture: 'outlook-ja-normal', url: outlookUrl('outlook.office.com', 'jaN'), subject: '木曜日のメール サーバー メンテナンス', sender: 'Postmaster <postmaster@example.com>'},
    },
  },
  yahoo: {
    en: {
      bounce: {fixture: 'yahoo-failure-notice', url: yahooUrl('AKx9vQ2mTnYbZ3RdTgkLpWs8Hf4'), subject: 'Failure Notice', sender: 'MAILER-DAEMON@yahoo.com', notice: ['bounce', ['info@closed-shop.example', '550', '5.1.1', true]]},
      delay: {fixture: 'yahoo-en-delay', url: yahooUrl('AEnDelay9vQ2mTnYbZ3RdTgkLpWs'), subject: 'Delayed Mail (still being retried)', sender: 'Mail Delivery System MAILER-DAEMON@mx.example.org', notice: ['delay', ['ops@slow.example.net', '450', '4.2.0', false]]},
      normal: {fixture: 'yahoo-order-550', url: yahooUrl('AOrder550yQ2mTnYbZ3RdTgkLp'), subject: 'Your parcel #550 could not be delivered today', sender: 'Parcel Service tracking@parcels.example'},
    },
    de: {
      bounce: {fixture: 'yahoo-de-bounce', url: yahooUrl('ADeBounce9vQ2mTnYbZ3RdTgkLpWs'), subject: 'Failure Notice', sender: 'MAILER-DAEMON@yahoo.com', notice: ['bounce', ['info@geschlossen.example.com', '550', '5.1.1', true]]},
      delay: {fixture: 'yahoo-de-delay', url: yahooUrl('ADeDelay9vQ2mTnYbZ3RdTgkLpWs'), subject: 'Delayed Mail (still being retried)', sender: 'Mail Delivery System MAILER-DAEMON@mx.example.org', notice: ['delay', ['einkauf@slow.example.net', '450', '4.2.0', false]]},
      normal: {fixture: 'yahoo-de-normal', url: yahooUrl('ADeNormal550yQ2mTnYbZ3RdTgkLp'), subject: 'Ihr Paket 550 konnte heute nicht zugestellt werden', sender: 'Paketdienst sendungen@paket.example.com'},
    },
    fr: {
      bounce: {fixture: 'yahoo-fr-bounce', url: yahooUrl('AFrBounce9vQ2mTnYbZ3RdTgkLpWs'), subject: 'Failure Notice', sender: 'MAILER-DAEMON@yahoo.com', notice: ['bounce', ['contact@fermee.example.com', '550', '5.1.1', true]]},
      delay: {fixture: 'yahoo-fr-delay', url: yahooUrl('AFrDelay9vQ2mTnYbZ3RdTgkLpWs'), subject: 'Delayed Mail (still being retried)', sender: 'Mail Delivery System MAILER-DAEMON@mx.example.org', notice: ['delay', ['achats@slow.example.net', '450', '4.2.0', false]]},
      normal: {fixture: 'yahoo-fr-normal', url: yahooUrl('AFrNormal550yQ2mTnYbZ3RdTgkLp'), subject: 'Votre colis 550 n\'a pas pu être livré aujourd\'hui', sender: 'Service Colis suivi@colis.example.com'},
    },
    ja: {
      bounce: {fixture: 'yahoo-ja-bounce', url: yahooUrl('AJaBounce9vQ2mTnYbZ3RdTgkLpWs'), subject: 'Failure Notice', sender: 'MAILER-DAEMON@yahoo.com', notice: ['bounce', ['info@heisa.example.com', '550', '5.1.1', true]]},
      delay: {fixture: 'yahoo-ja-delay', url: yahooUrl('AJaDelay9vQ2mTnYbZ3RdTgkLpWs'), subject: 'Delayed Mail (still being retried)', sender: 'Mail Delivery System MAILER-DAEMON@mx.example.org', notice: ['delay', ['eigyo@slow.example.net', '450', '4.2.0', false]]},
      normal: {fixture: 'yahoo-ja-normal', url: yahooUrl('AJaNormal550yQ2mTnYbZ3RdTgkLp'), subject: 'お荷物 550 を本日お届けできませんでした', sender: '宅配サービス tracking@takuhai.example.com'},
    },
  },
};

const adapters = {gmail, outlook, yahoo};

const rows = Object.entries(pages).flatMap(([webmail, languages]) => Object.entries(languages).flatMap(([language, whats]) =>
  Object.entries(whats).map(([what, expected]) => [webmail as keyof typeof adapters, language, what, expected] as const)));

/**
 * The notices on the page, as the content script and the background find them between them: the
 * scanner sends the candidates' text, the decoder reads it, and `isNotice` decides.
 */
async function noticesOnPage(adapter: WebmailAdapter, document: Document): Promise<Array<[MessageKind, RecipientRow[]]>> {
  let report: PageReport | undefined;
  createScanner(adapter, document, (sent) => {
    report = sent;
  }).scan();
  const found: Array<[MessageKind, RecipientRow[]]> = [];
  for (const message of report?.messages ?? []) {
    const result = await decode(message.text, {subject: message.subject, sender: message.sender});
    if (isNotice(noticeSignals(message.sender, message.subject), message.text, result)) {
      found.push([result.kind, result.recipients.map((recipient): RecipientRow => [
        recipient.recipient, recipient.replyCode?.code, recipient.status?.code, recipient.permanent,
      ])]);
    }
  }
  return found;
}

describe('the adapters in every interface language', () => {
  test('every page is a fixture of its own', () => {
    const fixtures = rows.map(([, , , {fixture}]) => fixture);
    expect(new Set(fixtures).size).toBe(fixtures.length);
  });

  test.each(rows)('%s, %s, %s: findMessages() finds the subject, the sender and the body', (webmail, _language, _what, expected) => {
    const messages = adapters[webmail].findMessages(fixturePage(expected.fixture, expected.url));
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message?.subject).toBe(expected.subject);
    expect(message?.sender).toContain(expected.sender);
    expect(message?.fallback).toBeUndefined();
    expect(message?.body.textContent?.trim()).not.toBe('');
  });

  test.each(rows)('%s, %s, %s: the scan makes the right call', async (webmail, _language, _what, expected) => {
    const found = await noticesOnPage(adapters[webmail], fixturePage(expected.fixture, expected.url));
    if (expected.notice === undefined) {
      expect(found).toEqual([]);
      return;
    }

    const [kind, recipient] = expected.notice;
    expect(found).toHaveLength(1);
    expect(found[0]?.[0]).toBe(kind);
    expect(found[0]?.[1]).toContainEqual(recipient);
  });
});
