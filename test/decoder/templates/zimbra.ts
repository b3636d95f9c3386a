/**
 * Zimbra Collaboration failure notice: Zimbra's MTA is Postfix, configured by Zimbra, and it sends
 * Postfix's built-in failure template. No Zimbra-specific notice wording exists to render.
 *
 * Sources:
 * - Zimbra/zm-ldap-utilities conf/zmconfigd.cf, SECTION mta: the Postfix settings Zimbra writes
 *   (`POSTCONF bounce_queue_lifetime`, `maximal_queue_lifetime`, `bounce_notice_recipient`,
 *   `delay_warning_time VAR zimbraMtaDelayWarningTime`, `notify_classes`, `myhostname`); it sets no
 *   `bounce_template_file`, so Postfix's built-in templates are used;
 * - Zimbra/zm-build rpmconf/Upgrade/zmupgrade.pm: the defaults it migrates against,
 *   `postfix_delay_warning_time` "0h" (no delay warnings: this family has no delay template) and
 *   `postfix_bounce_queue_lifetime` "5d";
 * - LibreZimbra/zm-postfix debian/control (package zimbra-mta, "postfix config"), as cited in
 *   src/rules/mta/zimbra.ts;
 * - the Postfix failure text and layout: vdukhovni/postfix postfix/src/bounce/bounce_templates.c
 *   (`def_bounce_failure_body`), postfix/src/bounce/bounce_notify_util.c (MIME structure,
 *   Content-Description values, the recipient line wrapped at 79 columns with a 4-space indent,
 *   the X-Postfix-Queue-ID / X-Postfix-Sender / Arrival-Date / Original-Recipient fields),
 *   postfix/src/smtp/smtp_proto.c ("host %s said: %s (in reply to %s)", `RCPT TO` command).
 * Assumed: the site kept Zimbra's defaults (mail_name "Postfix", no custom bounce template, no delay
 * warnings); the MTA host name is a Zimbra MTA node of the sender's domain.
 */
import {type FamilyTemplate, statusOrGeneric} from './common.ts';
import {postfixNotice} from './postfix.ts';

const mtaHost = 'zmta1.example.org';
const site = {host: mtaHost, queueId: '3F2A81C0D4E', from: `MAILER-DAEMON@${mtaHost} (Mail Delivery System)`};

export const zimbra: FamilyTemplate = {
  id: 'zimbra',
  kind: 'bounce',
  render: (recipients, options) => postfixNotice(recipients, options, false, site),
  statusField: statusOrGeneric,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};
