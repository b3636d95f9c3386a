/**
 * The labels mail clients write, in the user's language, over the header of a message they forward
 * or quote (Outlook's "Von:" / "Gesendet:" / "An:" / "Betreff:" for "From:" / "Sent:" / "To:" /
 * "Subject:"), each with the header field it stands for. A notice pasted from a forward or a reply
 * opens with such a block; read in English, it is the pasted message's own header. Lower case, the
 * colon left out (French writes a space before it).
 */
import type {NoticeLanguage} from './types.ts';

/** The header field a client's label stands for: "sent" for the date of sending, whatever its word. */
export type ClientHeaderField = 'from' | 'sent' | 'to' | 'cc' | 'subject';

/** One language's labels, and where they are seen. */
export interface ClientHeaderLabels {
  readonly language: NoticeLanguage | 'en';
  readonly labels: Readonly<Record<string, ClientHeaderField>>;
  readonly source: string;
}

/** What each field is called in an English header block, as Outlook writes it. */
export const englishLabels: Readonly<Record<ClientHeaderField, string>> = {from: 'From', sent: 'Sent', to: 'To', cc: 'Cc', subject: 'Subject'};

/** The library whose fixtures are forwards each client wrote in each locale, and whose parser lists every label. */
const crisp = 'crisp-oss/email-forward-parser lib/parser.js (the labels of Outlook, Outlook for Mac, Thunderbird, Apple Mail and Gmail per locale, each regex named after the client and locale it was built from) and its test/fixtures/<client>_<locale>_body.txt (forwards written by the client set to that locale)';
/** Copies kept in mailing-list archives and tests, found by their exact words; the search index names no repository for them. */
const archives = (what: string): string => `${what}, as mailing-list archives and tests in public repositories keep real copies of it (repositories not named by the search index; secondary: wording seen in the wild)`;

export const clientHeaderLabels: readonly ClientHeaderLabels[] = [
  {
    language: 'en',
    labels: {from: 'from', sent: 'sent', date: 'sent', to: 'to', cc: 'cc', subject: 'subject'},
    source: `${crisp}: test/fixtures/outlook_live_body.txt ("From:" / "Sent:" / "To:" / "Cc:" / "Subject:"); Gmail and Thunderbird write "Date:"`,
  },
  {
    language: 'de',
    labels: {von: 'from', gesendet: 'sent', datum: 'sent', an: 'to', bis: 'to', cc: 'cc', 'kopie (cc)': 'cc', kopie: 'cc', betreff: 'subject'},
    source: `${archives('Outlook\'s German block ("-----Ursprüngliche Nachricht-----" / "Von:" / "Gesendet: Montag, 31. Mai 2021 18:47" / "An:" / "Cc:" / "Betreff:"; "Bis:" for "An:" in one copy)')}; ${crisp}: Outlook for Mac ("Datum:"), Thunderbird ("Kopie (CC):"), Apple Mail ("Kopie:")`,
  },
  {
    language: 'fr',
    labels: {de: 'from', envoyé: 'sent', date: 'sent', à: 'to', pour: 'to', cc: 'cc', 'copie à': 'cc', objet: 'subject', sujet: 'subject'},
    source: `${archives('Outlook\'s French block ("-----Message d\'origine-----" / "De :" / "Envoyé : lundi 30 juin 2003 09:53" / "À :" / "Cc :" / "Objet :"; the same under a rule of underscores from Outlook.com)')}; ${crisp}: Outlook for Mac ("Date :"), Thunderbird ("Sujet :", "Pour :", "Copie à :")`,
  },
  {
    language: 'es',
    labels: {de: 'from', 'enviado el': 'sent', enviado: 'sent', fecha: 'sent', para: 'to', cc: 'cc', asunto: 'subject'},
    source: `${archives('Outlook\'s Spanish block ("De:" / "Enviado el: viernes, 16 de junio de 2017 12:03 p.m." / "Para:" / "Asunto:")')}; ${crisp}: Outlook for Mac, Thunderbird, Apple Mail ("Fecha:", "CC:")`,
  },
  {
    language: 'it',
    labels: {da: 'from', mittente: 'from', inviato: 'sent', data: 'sent', a: 'to', cc: 'cc', oggetto: 'subject'},
    source: `${archives('Outlook\'s Italian block ("-----Messaggio originale-----" / "Da:" / "Inviato: lunedì 7 settembre 2020 03:13" / "A:" / "Cc:" / "Oggetto:")')}; ${crisp}: Outlook for Mac ("Data:"), Thunderbird ("Mittente:")`,
  },
  {
    language: 'nl',
    labels: {van: 'from', verzonden: 'sent', datum: 'sent', aan: 'to', cc: 'cc', kopie: 'cc', onderwerp: 'subject'},
    source: `${archives('Outlook\'s Dutch block ("-----Oorspronkelijk bericht-----" / "Van:" / "Verzonden: maandag 25 november 2019 11:46" / "Aan:" / "Onderwerp:")')}; ${crisp}: Outlook for Mac, Thunderbird ("Datum:", "CC:"), Apple Mail ("Kopie:")`,
  },
  {
    language: 'pt',
    labels: {de: 'from', 'enviada em': 'sent', enviado: 'sent', data: 'sent', para: 'to', cc: 'cc', assunto: 'subject'},
    source: `${archives('Outlook\'s Portuguese block ("-----Mensagem original-----" / "De:" / "Enviada em: segunda-feira, 25 de abril de 2011 10:53" / "Para:" / "Assunto:"; newer Outlook "Enviado:")')}; ${crisp}: Outlook for Mac, Thunderbird, Apple Mail ("Data:", "Cc:")`,
  },
  {
    language: 'ru',
    labels: {от: 'from', отправитель: 'from', отправлено: 'sent', дата: 'sent', кому: 'to', копия: 'cc', тема: 'subject'},
    source: `${crisp}: Outlook for Mac, Thunderbird and Apple Mail in Russian ("От:", "Дата:", "Кому:", "Копия:", "Тема:"; Apple Mail "Отправитель:"); Outlook's "Отправлено:" as quote-stripping tests copy its block ("-----Исходное сообщение-----" / "От:" / "Отправлено: понедельник, 13 апреля 2026 г. 10:30" / "Кому:" / "Тема:"; secondary)`,
  },
  {
    language: 'pl',
    labels: {od: 'from', nadawca: 'from', wysłano: 'sent', data: 'sent', do: 'to', adresat: 'to', dw: 'cc', kopia: 'cc', temat: 'subject'},
    source: `${crisp}: Outlook for Mac, Thunderbird and Apple Mail in Polish ("Od:", "Data:", "Do:", "DW:", "Temat:"; Thunderbird "Nadawca:", "Adresat:", "Kopia:"); Outlook's "Wysłano:" as quote-stripping tests copy its block ("-----Wiadomość oryginalna-----" / "Od:" / "Wysłano: wtorek, 1 września 2026 08:00" / "Do:" / "Temat:"; secondary)`,
  },
  {
    language: 'ja',
    labels: {差出人: 'from', 送信日時: 'sent', 宛先: 'to', cc: 'cc', 件名: 'subject'},
    source: archives('Outlook\'s Japanese block under a rule of underscores ("差出人: …" / "送信日時: …" / "宛先: …" / "件名: …")'),
  },
  {
    language: 'zh',
    labels: {发件人: 'from', 发送时间: 'sent', 收件人: 'to', 抄送: 'cc', 主题: 'subject', 寄件者: 'from', 從: 'from', 寄件日期: 'sent', 收件者: 'to', 至: 'to', 副本: 'cc', 主旨: 'subject'},
    source: archives('Outlook\'s Chinese blocks: Simplified ("-----邮件原件-----" / "发件人:" / "发送时间: 2023年11月14日 21:37" / "收件人:" / "抄送:" / "主题:"; Coremail\'s and QQ Mail\'s the same under "-----原始邮件-----") and Traditional ("寄件者:" / "寄件日期:" / "收件者:" / "副本:" / "主旨:"; an older Outlook on the web "從:" / "至:")'),
  },
  {
    language: 'ko',
    labels: {'보낸 사람': 'from', '보낸 날짜': 'sent', '받는 사람': 'to', 참조: 'cc', 제목: 'subject'},
    source: `${archives('Outlook.com\'s Korean block under a rule of underscores ("보낸 사람:" / "보낸 날짜: 2017년 8월 7일 월요일 오후 4:42:05" / "받는 사람:" / "제목:")')}; its "참조:" (Cc) as a reader's list of Outlook's labels gives it`,
  },
  {
    language: 'sv',
    labels: {från: 'from', skickat: 'sent', datum: 'sent', till: 'to', kopia: 'cc', ämne: 'subject'},
    source: `${crisp}: Outlook for Mac, Thunderbird and Apple Mail in Swedish ("Från:", "Datum:", "Till:", "Kopia:", "Ämne:"); "Skickat:" as mailgun/talon talon/quotations.py lists it among the labels that open a quoted message`,
  },
  {
    language: 'nb',
    labels: {fra: 'from', sendt: 'sent', dato: 'sent', til: 'to', kopi: 'cc', emne: 'subject'},
    source: `${crisp}: Outlook for Mac, Thunderbird and Apple Mail in Norwegian ("Fra:", "Dato:", "Til:", "Kopi:", "Emne:"); "Sendt:" as mailgun/talon talon/quotations.py lists it`,
  },
  {
    language: 'fi',
    labels: {lähettäjä: 'from', lähetetty: 'sent', päivämäärä: 'sent', päiväys: 'sent', vastaanottaja: 'to', kopio: 'cc', aihe: 'subject'},
    source: `${crisp}: Outlook for Mac, Thunderbird and Apple Mail in Finnish ("Lähettäjä:", "Päivämäärä:", "Päiväys:", "Vastaanottaja:", "Kopio:", "Aihe:"); "Lähetetty:" as its Yahoo Mail pattern gives it`,
  },
  {
    language: 'cs',
    labels: {od: 'from', datum: 'sent', komu: 'to', kopie: 'cc', předmět: 'subject'},
    source: `${crisp}: Outlook for Mac, Thunderbird and Apple Mail in Czech ("Od:", "Datum:", "Komu:", "Kopie:", "Předmět:")`,
  },
  {
    language: 'hu',
    labels: {feladó: 'from', dátum: 'sent', címzett: 'to', másolat: 'cc', 'másolatot kap': 'cc', tárgy: 'subject'},
    source: `${crisp}: Outlook for Mac, Thunderbird and Apple Mail in Hungarian ("Feladó:", "Dátum:", "Címzett:", "Másolat:", "Másolatot kap:", "Tárgy:")`,
  },
];
