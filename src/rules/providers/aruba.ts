import type {ProviderRules} from '../types.ts';

const helpPage = 'https://guide.hosting.aruba.it/email/risoluzione-errori-comuni-e-consigli/risoluzione-errori-comuni.aspx';

/**
 * Aruba (Aruba S.p.A.), the Italian web host. Domains on its mail service take mail at mx.aruba.it,
 * and its certified mail (PEC) at mx.pec.aruba.it; its inbound servers answer with names under
 * ad.aruba.it. Only these are listed: aruba.it as a whole also names its web-hosting machines.
 */
export default {
  info: {
    id: 'aruba',
    name: 'Aruba.it Mail',
    hostSuffixes: [
      // The submission server mail programs send through: nodemailer/nodemailer lib/well-known/services.json@01ae76f2, "Aruba": Aruba PEC, aruba.it (host smtps.aruba.it).
      'smtps.aruba.it',
      'mx.aruba.it', // the MX of Aruba-hosted domains ("Value: mx.aruba.it, Priority: 10" in customers' published DNS notes; "220 mx.aruba.it ESMTP" in a bounce-parser test)
      'mx.pec.aruba.it', // the MX of its certified mail (PEC), on Aruba's own guide "Configurazione DNS per PEC su dominio di terzo livello"
      '.ad.aruba.it', // its inbound servers name themselves so in replies: "421 mxcmd09.ad.aruba.it bizsmtp ... Too many connections, try later." (a bounce copy on pastebin)
    ],
    replyMarkers: [],
    docsUrl: helpPage,
    source: `Aruba guide "Risoluzione errori comuni" (${helpPage}); Aruba guide "Configurazione DNS per PEC su dominio di terzo livello" (guide.hosting.aruba.it/servizi/pec-su-dominio/configurazione-dns-e-record-mx.aspx: mx.pec.aruba.it); customers' published DNS notes and a bounce-parser test (mx.aruba.it), third-party records for want of an Aruba page naming it; pastebin.com/muHQMW6i (mxcmd09.ad.aruba.it)`,
  },
  rows: [],
} satisfies ProviderRules;
