import type {ProviderRules} from '../types.ts';

const helpPage = 'https://help.rambler.ru/mail/mail-pochtovye-klienty/1275/';
const observed = 'a Rambler refusal copied with its advice into public code: "SMTP error from remote mail server after end of data: host inmx.rambler.ru [81.19.78.65]: 554 5.7.1 Spam message rejected; If this is not spam contact abuse" (the advice: write to abuse@rambler-co.ru with the IP to unblock)';

/**
 * Rambler/почта (rambler.ru, lenta.ru, ro.ru and Rambler's other free domains). Its inbound
 * servers are rambler.ru hosts (inmx.rambler.ru), so a reply from one is Rambler's. No page of
 * Rambler's listing its replies was found.
 */
export default {
  info: {
    id: 'rambler',
    name: 'Rambler Mail',
    names: ['rambler', 'рамблер'],
    hostSuffixes: [
      // inmx.rambler.ru, the host that refused a rambler.ru recipient in the bounce quoted in public code (and the
      // MX that provider lists in public code give for rambler.ru)
      '.rambler.ru',
    ],
    replyMarkers: [
      'if this is not spam contact abuse', // the end of its spam refusal: "554 5.7.1 Spam message rejected; If this is not spam contact abuse"
    ],
    mailboxDomains: ['rambler.ru', 'lenta.ru', 'autorambler.ru', 'myrambler.ru', 'ro.ru', 'r0.ru', 'rambler.ua'],
    mailboxDomainsSource: 'Delta Chat provider-db _providers/rambler.ru.md (its domains: rambler.ru, autorambler.ru, myrambler.ru, rambler.ua "from the registration page"; lenta.ru from help.rambler.ru/mail/mail-pochtovye-klienty/1275; ro.ru and r0.ru from help.rambler.ru/mail/mail-legal/1329)',
    docsUrl: helpPage,
    source: `Rambler help "Общие настройки для почтовых клиентов" (help.rambler.ru/mail/mail-pochtovye-klienty/1275/, as Thunderbird ISPDB rambler.ru.xml and Delta Chat provider-db cite it); ${observed}`,
  },
  rows: [],
} satisfies ProviderRules;
