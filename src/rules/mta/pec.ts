import type {MtaFamily} from '../types.ts';

// Italy's certified mail (PEC, Posta Elettronica Certificata, DPR 68/2005 and its technical rules):
// every provider (Aruba, Legalmail, Poste, ...) writes the same receipts, told by their subjects.
const pecSubjects = 'the subjects of PEC receipts as public repositories\' PEC readers map them from the receipt type (a Python mapping "errore-consegna": "AVVISO DI MANCATA CONSEGNA", "preavviso-errore-consegna": "PREAVVISO DI MANCATA CONSEGNA", "non-accettazione": "AVVISO DI NON ACCETTAZIONE"; a Java test asserting "AVVISO DI MANCATA CONSEGNA: Test PEC" from posta-certificata@…; a PHP reader\'s pattern of receipt subjects) (repositories not named by the search index; secondary: wording seen in the wild)';

/**
 * PEC receipts that report a failure: "AVVISO DI MANCATA CONSEGNA: <subject>" (not delivered),
 * "AVVISO DI NON ACCETTAZIONE: <subject>" (not accepted), and the warning "PREAVVISO DI MANCATA
 * CONSEGNA" (not yet delivered after 12 hours; still tried). The receipts of success carry the same
 * sender, so only the subject tells them apart.
 */
export default {
  id: 'pec',
  name: 'PEC (Italian certified mail)',
  source: pecSubjects,
  subjects: [
    {text: 'avviso di mancata consegna', language: 'it', source: `${pecSubjects}: "notice of non-delivery"`},
    {text: 'avviso di non accettazione', language: 'it', source: `${pecSubjects}: "notice of non-acceptance"`},
    {text: 'preavviso di mancata consegna', language: 'it', source: `${pecSubjects}: "advance notice of non-delivery"`},
  ],
  // "AVVISO DI MANCATA CONSEGNA" stands inside "PREAVVISO DI MANCATA CONSEGNA": it says nothing of
  // permanence on its own, and the warning's subject says it is still tried.
  permanent: [
    {text: 'avviso di non accettazione', language: 'it', source: `${pecSubjects}: the message was not accepted`},
  ],
  temporary: [
    {text: 'preavviso di mancata consegna', language: 'it', source: `${pecSubjects}: delivery is still tried`},
  ],
} satisfies MtaFamily;
