import type {ProviderRules} from '../types.ts';
import {smtpCodes, unitedInternetReplies} from './shared/united-internet-replies.ts';

const errorPage = 'https://www.ionos.de/hilfe/e-mail/postmaster/smtp-fehlermeldungen-der-11-ionos-mailserver/';

/**
 * IONOS (formerly 1&1), United Internet's hosting arm: it receives the mail of its customers' own
 * domains on mx00.kundenserver.de / mx00.ionos.de, the platform GMX and WEB.DE run on. No mail domain
 * is its own (its customers bring theirs), so only its hosts name it.
 */
export default {
  info: {
    id: 'ionos',
    name: 'IONOS (1&1)',
    names: ['ionos', '1&1', '1und1'],
    hostSuffixes: [
      // The submission server mail programs send through: nodemailer/nodemailer lib/well-known/services.json@01ae76f2, "1und1": 1&1 Mail (host smtp.1und1.de).
      'smtp.1und1.de',
      'kundenserver.de', // mx00.kundenserver.de, 1&1's MX ("mx*.schlund.de oder mx*.kundenserver.de ... gehören alle zu 1&1", dentaku.wazong.de), and the name its refusals open with
      'schlund.de',
      'ionos.de', // mx00.ionos.de, IONOS's MX
      // The Spanish platform's: a public DNS answer for a domain IONOS hosts (pastebin.com/XcdA74rR,
      // "mail handled by mx00.ionos.es / mx01.ionos.es / mx00.1and1.es / mx01.1and1.es").
      'ionos.es',
      '1and1.es',
      // IONOS's sites in its other countries, where its help pages stand ("Error messages caused by
      // undeliverable email" at ionos.ca/help/email/..., the same at ionos.de/hilfe/..., ionos.it/aiuto/...):
      // a refusal's "For explanation visit https://www.ionos.com/help/index.php?id=...&c=hd" names IONOS.
      'ionos.com',
      'ionos.co.uk',
      'ionos.ca',
      'ionos.fr',
      'ionos.it',
      'ionos.mx',
    ],
    replyMarkers: [],
    docsUrl: errorPage,
    source: `${errorPage} ("SMTP-Fehlermeldungen der IONOS Mailserver": the replies its servers send to mail for IONOS customers, "421 Reject due to policy violations", "421 Rate limit reached. Please try again later"); ${smtpCodes}; dentaku.wazong.de (1&1's MX names)`,
  },
  rows: unitedInternetReplies,
} satisfies ProviderRules;
