import type {MtaFamily} from '../types.ts';

// Seznam.cz's help page on a notice whose recipient does not exist quotes the notice whole.
const helpPage = 'Seznam.cz help, "Uživatel neexistuje" (napoveda.seznam.cz/uzivatel-neexistuje), which shows the notice as received, Czech then English: "Vaše zpráva pro <vesely.uzivatel@seznam.cz> ze dne 19.11.2012 nemohla být doručena." / "Zpráva je přiložena." / "You message for <…> from 2012/11/19 could not be delivered." (its own "You") / "It\'s attached below." / "Důvod / Reason:" / "---------------" / "5.1.1 szn; User hasn\'t got the service mapped" / "Permanentní chyba na straně uživatele." / "Permanent Failure - Bad destination mailbox address"';

/**
 * Seznam.cz's notice, in Czech and English: the recipient named in its opening sentence, the
 * reply under "Důvod / Reason:", then whether the failure is permanent, in both languages (the
 * English line the enhanced code's class and subject, RFC 3463's words).
 */
export default {
  id: 'seznam',
  name: 'Seznam.cz',
  source: helpPage,
  bodyMarkers: [
    {text: 'zpráva je přiložena.', language: 'cs', source: `${helpPage}: "the message is attached"`},
  ],
  // Its fixed lines that only the provider's own notices carry (body markers that name the writer).
  writerMarkers: [
    {text: 'důvod / reason:', language: 'cs', source: `${helpPage}: the label over the reply, in both languages`},
  ],
  recipientLeadIns: [
    {text: 'vaše zpráva pro ', language: 'cs', source: `${helpPage}: "Vaše zpráva pro <rcpt> ze dne …" ("your message for <rcpt> of …")`},
    {text: 'you message for ', source: `${helpPage}: "You message for <rcpt> from …", as written`},
  ],
  replyIntroductions: [
    {text: 'důvod / reason:', language: 'cs', source: `${helpPage}: the label over the reply`},
  ],
  permanent: [
    {text: 'permanentní chyba', language: 'cs', source: `${helpPage}: "Permanentní chyba na straně uživatele." ("permanent error on the user's side")`},
    {text: 'nemohla být doručena.', language: 'cs', source: `${helpPage}: "… nemohla být doručena." ("could not be delivered")`},
  ],
} satisfies MtaFamily;
