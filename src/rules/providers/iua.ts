import type {ProviderRules} from '../types.ts';

const errorPage = 'https://mail.i.ua/err/';
const source = 'I.UA\'s error pages http://mail.i.ua/err/<code>, each linked from its reply, as sisimai lib/sisimai/rhost/iua.rb (imported from p5-sisimai Sisimai::Rhost::IUA) lists their codes and titles';

/**
 * I.UA (i.ua, email.ua), Ukrainian webmail. Each refusal links to the page of its error code,
 * "mail.i.ua/err/<code>": the code names the row. Row 10 comes before row 1, whose link is the
 * start of row 10's.
 */
export default {
  info: {
    id: 'iua',
    name: 'I.UA',
    hostSuffixes: [
      '.email.ua',
    ],
    replyMarkers: [
      'mail.i.ua/err/',
    ],
    mailboxDomains: ['i.ua', 'email.ua'],
    mailboxDomainsSource: 'I.UA\'s error pages (mail.i.ua/err/), as this file cites them: its mailboxes at i.ua and email.ua',
    docsUrl: errorPage,
    source,
  },
  rows: [
    {
      providerCode: '10',
      text: ['i.ua/err/10'],
      reason: 'filtered',
      meaning: 'The recipient accepts mail only from the addresses on its list, and the sender is not on it.',
      action: 'Ask the recipient to add your address to their list.',
      docsUrl: `${errorPage}10`,
      source,
    },
    {
      providerCode: '1',
      text: ['i.ua/err/1'],
      reason: 'norelaying',
      meaning: 'I.UA does not relay: its SMTP server may not be used as a gateway for other domains.',
      action: 'Send through your own provider\'s SMTP server.',
      docsUrl: `${errorPage}1`,
      source,
    },
    {
      providerCode: '2',
      text: ['i.ua/err/2'],
      reason: 'userunknown',
      meaning: 'No such user at I.UA.',
      action: 'Remove the address, or correct it.',
      docsUrl: `${errorPage}2`,
      source,
    },
    {
      providerCode: '3',
      text: ['i.ua/err/3'],
      reason: 'suspend',
      meaning: 'The mailbox has not been used for more than three months and is switched off.',
      action: 'Stop sending for now; remove the address if it stays off.',
      docsUrl: `${errorPage}3`,
      source,
    },
    {
      providerCode: '4',
      text: ['i.ua/err/4'],
      reason: 'mailboxfull',
      meaning: 'The recipient\'s mailbox is full.',
      action: 'Retry later; the recipient must make room.',
      docsUrl: `${errorPage}4`,
      source,
    },
    {
      providerCode: '5',
      text: ['i.ua/err/5'],
      reason: 'speeding',
      meaning: 'The sender went over I.UA\'s limit of letters sent.',
      action: 'Slow down and retry later.',
      docsUrl: `${errorPage}5`,
      source,
    },
    {
      providerCode: '6',
      text: ['i.ua/err/6'],
      reason: 'norelaying',
      meaning: 'I.UA asks the sender to send through its own provider\'s SMTP server.',
      action: 'Send through your own provider\'s SMTP server.',
      docsUrl: `${errorPage}6`,
      source,
    },
    {
      providerCode: '7',
      text: ['i.ua/err/7'],
      reason: 'blocked',
      meaning: 'The HELO/EHLO name the sending server gave is wrong.',
      action: 'Make the sending server greet with its own resolvable host name.',
      docsUrl: `${errorPage}7`,
      source,
    },
    {
      providerCode: '8',
      text: ['i.ua/err/8'],
      reason: 'rejected',
      meaning: 'I.UA could not verify the sender address.',
      action: 'Send from an address that exists and can receive mail.',
      docsUrl: `${errorPage}8`,
      source,
    },
    {
      providerCode: '9',
      text: ['i.ua/err/9'],
      reason: 'blocked',
      meaning: 'The sending IP address is on a blocklist.',
      action: 'Find which list names the IP and request removal.',
      docsUrl: `${errorPage}9`,
      source,
    },
  ],
} as const satisfies ProviderRules;
