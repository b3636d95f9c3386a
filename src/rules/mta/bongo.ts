import type {MtaFamily} from '../types.ts';

// Bongo, the open-source descendant of Novell's Hula (and so of NetMail's queue agent): its queue
// agent writes the notice, as its sources stand in bongo-project/bongo.
const dsn = 'bongo-project/bongo src/agents/queue/queue.c (CreateDSNMessage: the notice\'s subject, its list heading, each recipient\'s line and the line that says why)';

/**
 * Bongo's notice: "The original message was received <date> from <sender>", a heading that says
 * which kind of list follows ("----- The following address(es) had permanent fatal errors -----"),
 * then for each recipient "<final>; originally to <original> (unrecoverable error)" and, indented by
 * a tab, a line of its own words for the cause ("The recipient 'bob' is unknown"), before the
 * machine-readable report.
 */
export default {
  id: 'bongo',
  name: 'Bongo (Hula)',
  source: dsn,
  subjects: [
    {text: 'returned mail: delivery time exceeded', source: `${dsn}: DELIVER_TOO_LONG`},
    {text: 'returned mail: possible virus infection', source: `${dsn}: DELIVER_VIRUS_REJECT`},
  ],
  bodyMarkers: [
    {text: '----- the following address(es) had permanent fatal errors -----', source: `${dsn}: the heading above the failed recipients`},
    {text: '----- the following address(es) have temporary problems -----', source: `${dsn}: DELIVER_PENDING, the heading above the recipients still queued`},
  ],
  recipientHeadings: [
    {text: '----- the following address(es) had permanent fatal errors -----', source: `${dsn}: each recipient on a line of its own below it, "<rcpt>; originally to <original> (unrecoverable error)"`},
    {text: '----- the following address(es) have temporary problems -----', source: `${dsn}: each recipient on a line of its own below it`},
  ],
  parentAddressLeadIns: [
    {text: '; originally to ', source: `${dsn}: "<%s>; originally to %s (unrecoverable error)", the original recipient after the final one`},
  ],
  permanent: [
    {text: 'had permanent fatal errors', source: `${dsn}: the heading of a failure`},
    {text: '(unrecoverable error)', source: `${dsn}: after each failed recipient`},
  ],
  temporary: [
    {text: 'have temporary problems', source: `${dsn}: DELIVER_PENDING`},
  ],
  delivered: [
    {text: '----- the following address(es) have been delivered -----', source: `${dsn}: DELIVER_SUCCESS, a confirmation`},
  ],
} satisfies MtaFamily;
