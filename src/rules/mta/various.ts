import type {MtaFamily} from '../types.ts';

/** A row's source: one of GNU Mailman's detectors, and the site or server its comment names. */
function mailman(file: string, seenAt: string): string {
  return `flufl.bounce flufl/bounce/_detectors/${file}.py (GNU Mailman's bounce detectors; secondary: wording seen in the wild, ${seenAt})`;
}

const simple = (seenAt: string): string => mailman('simplematch', seenAt);

/** A row's source: Mail::DeliveryStatus::BounceParser, and the site or layout its code names. */
function bounceParser(seenAt: string): string {
  return `rjbs/Mail-DeliveryStatus-BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (secondary: wording seen in the wild, ${seenAt})`;
}
const warning = (seenAt: string): string => mailman('simplewarning', seenAt);

/**
 * Notices whose writer is named only by the site they came from (or by a product we keep no family
 * for), as GNU Mailman's bounce detectors record them: the fixed lines that open a block of failed
 * addresses, the words before an address, and the lines after which the returned message follows.
 */
const ezmlmWeed = 'ezmlm-weed(1), the manual of ezmlm-idx\'s filter of messages that are no bounces ("RECOGNIZED FORMATS"; e.g. manpages.org/ezmlm-weed)';

export default {
  id: 'various',
  name: 'Other and unnamed servers',
  source: 'wRAR/flufl.bounce flufl/bounce/_detectors/ (GNU Mailman\'s bounce detectors: simplematch.py PATTERNS, simplewarning.py PATTERNS, caiwireless.py, sina.py, yale.py); secondary: wording seen in the wild, no writer\'s own template',
  senders: [
    {text: 'mailer-daemon@sina.com', source: `${mailman('sina', 'sina.com')}: From must be "mailer-daemon@sina.com"`},
  ],
  bodyMarkers: [
    {text: 'this is the machine generated message from mail service.', source: `${simple('newmail.ru')}: start line`},
    {text: '--> error description:', source: `${simple('LSMTP for Windows')}: start line "--> Error description:", then "Error-for: <rcpt>" ... "Error-End:"`},
    {text: 'this is the deliver program at', source: `${simple('EYOU MTA SYSTEM')}: start line, then "<rcpt>" lines`},
  ],
  recipientLeadIns: [
    {text: 'rcpt to:', source: `${simple('robanal.demon.co.uk')}: address pattern "rcpt to:\\s*<addr>"`},
    {text: 'intended recipient:', source: `${simple('usa.net')}: "Intended recipient: <rcpt>"`},
    {text: 'undeliverable address:', source: `${simple('hotpop.com')}: "Undeliverable Address: <rcpt>"`},
    {text: 'addressed to \'', source: `${simple('demon.co.uk')}: "addressed to '<rcpt>'"; same words without the quote at dadoservice.it ("addressed to <rcpt>")`},
    {text: 'user\'s mailbox is full:', source: `${simple('Prodigy.net, full mailbox')}: "User's mailbox is full: <rcpt>"`},
    {text: 'sorry, unable to deliver your message to', source: `${simple('earthlink.net supported domains')}: start line "Sorry, unable to deliver your message to", the address after it`},
    {text: 'error-for:', source: `${simple('LSMTP for Windows')}: "Error-for: <rcpt>"`},
    {text: 'failed recipient:', source: `${simple('an unnamed site, "xxx.com"')}: "Failed Recipient: <rcpt>"`},
    {text: 'receiver not found:', source: `${bounceParser('CompuServe, p_compuserve')}: "Receiver not found: <rcpt>", the recipient's local part alone (completed with the notice's domain)`},
  ],
  recipientHeadings: [
    {text: 'this is a delivery failure notification message', source: 'flufl.bounce flufl/bounce/_detectors/simplematch.py (GNU Mailman\'s bounce detectors; secondary: wording seen in the wild, "From some unknown MTA": the recipients follow as "-- <address>")'},
    {text: 'here is your list of failed recipients', source: `${simple('sdm.de')}: start line`},
    {text: 'the following addresses had', source: `${simple('sz-sb.de, corridor.com, nfg.nl')}: start line (the opening words of Sendmail's "The following addresses had ... errors")`},
    {text: 'failed addresses follow:', source: `${simple('Smail')}: start line`},
    {text: 'delivery to the following recipients failed', source: `${simple('thehartford.com / songbird')}: start "Del(i|e)very to the following recipients (failed|was aborted)"`},
    {text: 'delivery to the following recipients was aborted', source: `${simple('thehartford.com / songbird')}: same pattern`},
    {text: 'delevery to the following recipients failed', source: `${simple('thehartford.com / songbird')}: same pattern, the misspelling its comment notes`},
    {text: 'delevery to the following recipients was aborted', source: `${simple('thehartford.com / songbird')}: same pattern, misspelled`},
    {text: 'sorry, unable to deliver your message to', source: `${simple('earthlink.net supported domains')}: start line (the address may stand on a line below)`},
    {text: 'a message could not be delivered to:', source: `${simple('ademe.fr')}: start line`},
    {text: 'invalid final delivery userid:', source: `${simple('andrew.ac.jp')}: start line`},
    {text: '------ failed recipients ------', source: `${simple('E500_SMTP_Mail_Service@lerctr.org')}: start line`},
    {text: 'your message could not be delivered to', source: `${simple('socgen.com')}: start line`},
    {text: 'your message has encountered delivery problems', source: `${simple('dadoservice.it')}: start line, then "addressed to <rcpt>"`},
    {text: 'the following recipient(s) could not be reached', source: `${simple('fastdnsservers.com')}: start line`},
    {text: 'could not deliver message to the following recipient', source: `${simple('an unnamed site, "xxx.com"')}: start line`},
    {text: 'message not delivered to the following', source: `${simple('mta1.service.uci.edu')}: start "Message not delivered to the following addresses"; ${mailman('yale', 'yale.edu')}: start "Message not delivered to the following"`},
    {text: 'the following recipients did not receive this message:', source: `${mailman('caiwireless', 'caiwireless.net')}: start line, then "<rcpt>"`},
    {text: 'the address to which the message has not yet been delivered is', source: `${warning('pop3.pta.lia.net')}: start line of a delay warning`},
  ],
  temporary: [
    {text: 'transient error', source: `${bounceParser('$Not_An_Error and parse()')}: "transient.{0,20}\\serror" before the returned message, "nonfatal errors usually say they're transient"`},
    {text: 'this is just a warning, you do not need to take any action', source: warning('MessageSwitch')},
    {text: 'delivery attempts will continue to be made', source: warning('Symantec AntiVirus for SMTP Gateways')},
    {text: 'the address to which the message has not yet been delivered is', source: `${warning('pop3.pta.lia.net')}: start line of a delay warning`},
  ],
  delivered: [
    {text: 'was delivered to the following recipient', source: `${bounceParser('$Not_An_Error')}: "Your message .{0,100} was delivered to the following recipient", a delivery report`},
    {text: 'has automatically forwarded your message', source: `${bounceParser('CompuServe, parse()')}: "<rcpt> has a new CompuServe e-mail address. The new e-mail address is <new> and CompuServe has automatically forwarded your message" (a forwarding notice, no bounce)`},
    {text: 'your message has been forwarded', source: `${bounceParser('parse(), "informational address-change autoreply"')}: "address .{0,60} changed ... (has been|was|will be) (forwarded|delivered)"`},
    {text: 'your message was forwarded', source: `${bounceParser('parse(), "informational address-change autoreply"')}: same pattern`},
    {text: 'success notice', source: `${ezmlmWeed}: "Generic success message, recommended for all MTAs: Subject: success notice"`},
  ],
  originalMessageMarkers: [
    {text: '-----original message-----', source: 'Microsoft Outlook\'s separator before a quoted or forwarded message ("-----Original Message-----"), which a forwarded notice carries'},
    {text: 'here is your returned mail', source: `${simple('sdm.de')}: end line`},
    {text: 'message text follows:', source: `${simple('Smail')}: end line`},
    {text: '--- below the next line is a copy of the message.', source: `${simple('newmail.ru')}: end line`},
    {text: '--------returned mail follows--------', source: `${simple('usa.net')}: end line`},
    {text: 'original message attached', source: `${simple('hotpop.com')}: end line`},
    {text: '---- start of returned message ----', source: `${simple('demon.co.uk')}: end line "^---- START OF RETURNED MESSAGE ----"`},
    {text: '-------- returned mail --------', source: `${simple('E500_SMTP_Mail_Service@lerctr.org')}: end line`},
    {text: 'a copy of the original message', source: `${simple('earthlink.net supported domains')}: end line "^A copy of the original message"`},
    {text: '--- returned message ---', source: `${bounceParser('CompuServe, p_compuserve')}: the line "--- Returned Message ---" before the returned copy`},
    {text: 'returned message follows', source: `${bounceParser('$Returned_Message_Below')}: "(original|returned) message (follows|below)"`},
    {text: 'original message follows', source: `${bounceParser('$Returned_Message_Below')}: same pattern`},
    {text: 'original message below', source: `${bounceParser('$Returned_Message_Below')}: same pattern`},
  ],
  permanent: [
    {text: 'here is your list of failed recipients', source: `${simple('sdm.de')}: start line`},
    {text: 'failed addresses follow:', source: `${simple('Smail')}: start line`},
    {text: 'delivery to the following recipients failed', source: `${simple('thehartford.com / songbird')}: start "Del(i|e)very to the following recipients (failed|was aborted)"`},
    {text: 'delivery to the following recipients was aborted', source: `${simple('thehartford.com / songbird')}: same pattern`},
    {text: 'delevery to the following recipients failed', source: `${simple('thehartford.com / songbird')}: same pattern, the misspelling its comment notes`},
    {text: 'delevery to the following recipients was aborted', source: `${simple('thehartford.com / songbird')}: same pattern, misspelled`},
    {text: 'sorry, unable to deliver your message to', source: `${simple('earthlink.net supported domains')}: start line "Sorry, unable to deliver your message to", the address after it`},
    {text: 'a message could not be delivered to:', source: `${simple('ademe.fr')}: start line`},
    {text: 'invalid final delivery userid:', source: `${simple('andrew.ac.jp')}: start line`},
    {text: '------ failed recipients ------', source: `${simple('E500_SMTP_Mail_Service@lerctr.org')}: start line`},
    {text: 'your message could not be delivered to', source: `${simple('socgen.com')}: start line`},
    {text: 'the following recipient(s) could not be reached', source: `${simple('fastdnsservers.com')}: start line`},
    {text: 'could not deliver message to the following recipient', source: `${simple('an unnamed site, "xxx.com"')}: start line`},
    {text: 'message not delivered to the following', source: `${simple('mta1.service.uci.edu')}: start "Message not delivered to the following addresses"; ${mailman('yale', 'yale.edu')}: start "Message not delivered to the following"`},
    {text: 'the following recipients did not receive this message:', source: `${mailman('caiwireless', 'caiwireless.net')}: start line, then "<rcpt>"`},
    {text: 'undeliverable address:', source: `${simple('hotpop.com')}: "Undeliverable Address: <rcpt>"`},
    {text: 'failed recipient:', source: `${simple('an unnamed site, "xxx.com"')}: "Failed Recipient: <rcpt>"`},
  ],
} satisfies MtaFamily;
