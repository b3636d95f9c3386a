/**
 * What Sendmail reports when a local delivery program (procmail, a pipe, maildrop) exits with one
 * of the sysexits.h codes: a report then says only `Diagnostic-Code: X-Unix; 77`, and Sendmail's
 * own table gives the reply and enhanced code it stands for.
 */

const sysexits = 'hrs-allbsd/sendmail sendmail/sysexits.c (SysExMsg: the reply each sysexits.h code is reported as, indexed from EX__BASE = 64)';

export interface LocalExitReply {
  /** The program's exit status (sysexits.h). */
  readonly exit: number;
  /** Its sysexits.h name. */
  readonly name: string;
  readonly reply: string;
  readonly status: string;
  /** Sendmail's words for it. */
  readonly text: string;
  readonly source: string;
}

export const localExitReplies: readonly LocalExitReply[] = [
  {exit: 64, name: 'EX_USAGE', reply: '500', status: '5.0.0', text: 'Bad usage', source: sysexits},
  {exit: 65, name: 'EX_DATAERR', reply: '501', status: '5.6.0', text: 'Data format error', source: sysexits},
  {exit: 66, name: 'EX_NOINPUT', reply: '550', status: '5.3.0', text: 'Cannot open input', source: sysexits},
  {exit: 67, name: 'EX_NOUSER', reply: '550', status: '5.1.1', text: 'User unknown', source: sysexits},
  {exit: 68, name: 'EX_NOHOST', reply: '550', status: '5.1.2', text: 'Host unknown', source: sysexits},
  {exit: 69, name: 'EX_UNAVAILABLE', reply: '554', status: '5.0.0', text: 'Service unavailable', source: sysexits},
  {exit: 70, name: 'EX_SOFTWARE', reply: '554', status: '5.3.0', text: 'Internal error', source: sysexits},
  {exit: 71, name: 'EX_OSERR', reply: '451', status: '4.0.0', text: 'Operating system error', source: sysexits},
  {exit: 72, name: 'EX_OSFILE', reply: '554', status: '5.3.5', text: 'System file missing', source: sysexits},
  {exit: 73, name: 'EX_CANTCREAT', reply: '550', status: '5.0.0', text: 'Can\'t create output', source: sysexits},
  {exit: 74, name: 'EX_IOERR', reply: '451', status: '4.0.0', text: 'I/O error', source: sysexits},
  {exit: 75, name: 'EX_TEMPFAIL', reply: '450', status: '4.0.0', text: 'Deferred', source: sysexits},
  {exit: 76, name: 'EX_PROTOCOL', reply: '554', status: '5.5.0', text: 'Remote protocol error', source: sysexits},
  {exit: 77, name: 'EX_NOPERM', reply: '550', status: '5.0.0', text: 'Insufficient permission', source: sysexits},
  {exit: 78, name: 'EX_CONFIG', reply: '554', status: '5.3.5', text: 'Local configuration error', source: sysexits},
];

/** Any other exit status. */
export const unknownLocalExit: Omit<LocalExitReply, 'exit' | 'name'> = {
  reply: '554',
  status: '5.3.0',
  text: 'unknown mailer error',
  source: 'hrs-allbsd/sendmail sendmail/deliver.c (giveresponse: "554 5.3.0 unknown mailer error %d" when the status has no sysexits.c message)',
};
