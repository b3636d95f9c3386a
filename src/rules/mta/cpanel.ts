import type {MtaFamily} from '../types.ts';

// cPanel's Exim: its router enforce_mail_permissions holds a domain's outgoing mail past the hourly
// limits WHM's Tweak Settings set (emails per hour; failed or deferred messages per hour), and says
// so in the words it defers or fails the message with, which the bounce or the log then quotes.
const quota = 'forums.cpanel.net/threads/email-quota.697029 (a message over the hourly limit "is deferred with the following bounce-back: \\"Domain \\"example.com\\" has exceeded the max emails per hour (2/2 (100%)) allowed. Message will be reattempted later\\"", and past the queued share "it gets bounced and fails": "Domain example.com has exceeded the max emails per hour (3/2 (150%)) allowed. Message discarded."; cPanel staff on the queued share, forums.cpanel.net/threads/what-happens-when-a-user-receives-this-message-domain-xxx-yyy-has-exceeded-the-max-emails-per-hour-250-200-125-allowed.703725)';
const hold = 'forums.cpanel.net/threads/suspended-email-address-for-exceeding-hourly-limits-question.661061 (Exim\'s log: "R=enforce_mail_permissions defer (-1): \\"Domain example.com has an outgoing mail hold. Message will be reattempted later\\"")';
const deferFail = 'hosting knowledge bases quoting cPanel\'s protection against failed or deferred mail (my.maxer.com knowledgebase 226: "Domain example.com has exceeded the max defers and failures per hour (10/10 (90%)) allowed. Message discarded.", "introduced since cPanel v32"; billing.chillidoghosting.com knowledgebase 187, the same line in an Exim bounce)';

/** cPanel's hourly sending limits, as its Exim defers or fails a message that passes them. */
export default {
  id: 'cpanel',
  name: 'cPanel (Exim)',
  source: `${quota}; ${hold}; ${deferFail}`,
  // The words its limits are told in, with the counts that follow them: only cPanel writes them.
  bodyMarkers: [
    {text: 'has exceeded the max emails per hour (', source: quota},
    {text: 'has exceeded the max defers and failures per hour (', source: deferFail},
  ],
  permanent: [
    {text: 'allowed. message discarded', source: `${quota}; ${deferFail}`},
  ],
  temporary: [
    {text: 'allowed. message will be reattempted later', source: quota},
    {text: 'has an outgoing mail hold. message will be reattempted later', source: hold},
  ],
} satisfies MtaFamily;
