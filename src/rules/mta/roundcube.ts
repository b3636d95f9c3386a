import type {MtaFamily} from '../types.ts';

// Roundcube Webmail (roundcube/roundcubemail) sends through its own SMTP client: a refused command
// ends the sending there and then, and the compose page shows the error from its language file with
// the server's reply code and words filled in. People paste that line.
const rcubeSmtp = 'roundcube/roundcubemail program/lib/Roundcube/rcube_smtp.php send_mail() and _conn_error(): $vars[\'code\'] is the reply\'s code, $vars[\'msg\'] its words (getResponse()); a refused data gives smtperror with msg sprintf(\'[%d] %s\', code, words)';
const messages = 'roundcube/roundcubemail program/localization/en_US/messages.inc';

/**
 * Roundcube's errors: 'SMTP Error ($code): Failed to add recipient "$to" ($msg).' for a refused RCPT
 * TO (smtptoerror), '... Failed to set sender "$from" ($msg).' for MAIL FROM (smtpfromerror),
 * '... Connection to server failed.' (smtpconnerror), and 'SMTP Error: [554] 5.7.1 ...' for the data
 * (smtperror). The code stands in brackets before the words, the reply's words after the address.
 */
export default {
  id: 'roundcube',
  name: 'Roundcube Webmail',
  source: `${messages}: smtptoerror, smtpfromerror, smtpconnerror, smtperror; ${rcubeSmtp}`,
  stages: [
    {text: 'failed to add recipient "', stage: 'RCPT TO', source: `${messages}: smtptoerror; ${rcubeSmtp}: rcptTo() refused`},
    {text: 'failed to set sender "', stage: 'MAIL FROM', source: `${messages}: smtpfromerror; ${rcubeSmtp}: mailFrom() refused`},
    {text: 'connection to server failed', stage: 'CONNECT', source: `${messages}: smtpconnerror; ${rcubeSmtp}: connect() failed`},
  ],
  // A webmail keeps no queue: its error ends the attempt to send, whatever the reply's class.
  sendFailed: [
    {text: 'failed to add recipient "', source: `${rcubeSmtp}: send_mail() returns false after the refused RCPT TO, and resets the session`},
    {text: 'failed to set sender "', source: `${rcubeSmtp}: send_mail() returns false after the refused MAIL FROM`},
  ],
} satisfies MtaFamily;
