import type {MtaFamily} from '../types.ts';

// Gomail (go-gomail/gomail, gopkg.in/gomail.v2), a Go library that sends through Go's net/smtp:
// the server's refusal reaches the application as net/textproto's error, the reply's code and text
// ("%03d %s"), wrapped in Gomail's words with the message's number in the batch.
const send = 'go-gomail/gomail send.go@01674ee5b6d2681cf3cea9881cc41445164073ef (Send: fmt.Errorf("gomail: could not send email %d: %v", i+1, err), err the textproto.Error of Mail, Rcpt, Data or Close)';
const textproto = 'golang/go src/net/textproto/textproto.go@20c73c0565d1716072ba1950e1407637eb99f159 (Error.Error: fmt.Sprintf("%03d %s", e.Code, e.Msg))';

/**
 * Gomail's error for a message the server refused: "gomail: could not send email 1: 550 5.1.1
 * <rcpt>: Recipient address rejected". Its words name no command; the reply, whole, follows the
 * number and a colon. Gomail keeps no queue: the error ends the attempt.
 */
export default {
  id: 'gomail',
  name: 'Gomail (Go)',
  source: `${send}; ${textproto}`,
  replyIntroductions: [
    {text: 'gomail: could not send email', source: `${send}: the message's number, ": ", then the reply (${textproto})`},
  ],
  sendFailed: [
    {text: 'gomail: could not send email', source: `${send}: Send returns at the first message refused; nothing is queued`},
  ],
} satisfies MtaFamily;
