import type {MtaFamily} from '../types.ts';

// Heirloom mailx and its successors nail and s-nail send through their own SMTP client: each line
// of a reply of the wrong class is printed after "smtp-server: ", code included, and the message is
// not sent (it is saved to dead.letter).
const smtp = 'heirloom mailx smtp.c read_smtp() (fprintf(stderr, "smtp-server: %s", b)); s-nail src/mx/net-smtp.c a_netsmtp_read() (n_err(_("smtp-server: %s"), ...))';

/** mailx's error: "smtp-server: 550 5.1.1 <rcpt>: Recipient address rejected". */
export default {
  id: 'mailx',
  name: 'mailx / s-nail',
  source: smtp,
  replyIntroductions: [
    {text: 'smtp-server:', source: smtp},
  ],
  sendFailed: [
    {text: 'smtp-server:', source: `${smtp}; the message is not sent, nothing is queued`},
  ],
} satisfies MtaFamily;
