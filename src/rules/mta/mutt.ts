import type {MtaFamily} from '../types.ts';

// Mutt and NeoMutt send through their own SMTP client when smtp_url is set: a reply that is not
// positive ends the session, and the status line shows its last line, code included.
const smtp = 'muttmua/mutt smtp.c (smtp_get_resp / smtp_check_resp: mutt_error(_("SMTP session failed: %s"), buf), buf the last line of the reply); neomutt/neomutt smtp.c, the same message';

/** Mutt's error: "SMTP session failed: 550 5.1.1 <rcpt>: Recipient address rejected". */
export default {
  id: 'mutt',
  name: 'Mutt / NeoMutt',
  source: smtp,
  replyIntroductions: [
    {text: 'smtp session failed:', source: smtp},
  ],
  sendFailed: [
    {text: 'smtp session failed:', source: `${smtp}; the message is not sent, nothing is queued`},
  ],
} satisfies MtaFamily;
