import type {ProviderRules} from '../types.ts';

const helpPage = 'https://pomoc.wp.pl/dlaczego-mam-problem-z-wysylaniem';
const observed = 'WP\'s replies as bounces quote them: "host mx.wp.pl[212.77.101.4] said: 550 SPF Error: Senders are required to provide correct SPF records. If you are a poczta.wp.pl user check SMTP configuration: http://poczta.wp.pl/autoryzacja/" (pastebin.com/Ew7B9aSu, pastebin.com/nQSrLt48); "Remote host said: 554 (#5.3.0) Nie przyjmiemy tej wiadomosci poniewaz jest to spam - zobacz strone: http://poczta.wp.pl/info-antyspam-polityka.html / We can\'t accept this message because it is spam - see: http://poczta.wp.pl/info-antyspam-policy.html" (to wp.pl and o2.pl addresses, pastebin.com/qHYaUxmE, pastebin.com/iSTpMQe0)';

/**
 * Wirtualna Polska's mail (WP Poczta at wp.pl, and o2 Poczta at o2.pl, go2.pl, tlen.pl,
 * prokonto.pl). Its refusals link its own pages on poczta.wp.pl (the anti-spam policy, the SMTP
 * authorisation help), whichever of its domains the recipient is at.
 */
export default {
  info: {
    id: 'wp',
    name: 'WP Poczta / o2 (Wirtualna Polska)',
    names: ['wirtualna polska'],
    hostSuffixes: [
      '.wp.pl', // mx.wp.pl, the MX of wp.pl ("host mx.wp.pl[212.77.101.4] said: ...", Remote-MTA: dns; mx.wp.pl, in pastebin bounces)
      // mx11.go2.pl, the MX o2.pl addresses were refused by ("host mx11.go2.pl[193.17.41.141] said: 500 no such user",
      // Sympa's bounce-parsing test samples); dnstree.com lists mx3 to mx13.go2.pl as go2.pl's mail servers
      '.go2.pl',
      '.o2.pl', // poczta.o2.pl, o2's own IMAP, POP and SMTP server (Thunderbird ISPDB o2.pl.xml)
    ],
    replyMarkers: [
      'poczta.wp.pl/info-antyspam', // its spam refusal: "zobacz strone: http://poczta.wp.pl/info-antyspam-polityka.html / ... see: http://poczta.wp.pl/info-antyspam-policy.html"
      'poczta.wp.pl/autoryzacja', // its SPF refusal: "If you are a poczta.wp.pl user check SMTP configuration: http://poczta.wp.pl/autoryzacja/"
    ],
    mailboxDomains: ['wp.pl', 'o2.pl', 'go2.pl', 'tlen.pl', 'prokonto.pl'],
    mailboxDomainsSource: 'pomoc.wp.pl "Dlaczego mam problem z wysyłaniem wiadomości?" (mail "wysłanej ze skrzynki wp.pl/o2.pl" is returned by "system pocztowy Wirtualnej Polski"); o2 Poczta\'s terms, profil.o2.pl/regulamin.html (the service "w domenach o2.pl, tlen.pl, go2.pl i prokonto.pl", provided by Grupa Wirtualna Polska S.A.); Thunderbird ISPDB o2.pl.xml (the same four domains)',
    docsUrl: helpPage,
    source: `pomoc.wp.pl "Dlaczego mam problem z wysyłaniem wiadomości?" (a returned mail's technical description; rejection by WP's anti-spam system); WP anti-spam policy, poczta.wp.pl/info-antyspam-policy.html (what its servers refuse); ${observed}`,
  },
  rows: [],
} satisfies ProviderRules;
