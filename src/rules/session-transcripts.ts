/**
 * How an SMTP session reads when a client prints it or a person types it: each command of the
 * client on a line of its own, each answered on the next by the server's reply (RFC 5321 §4.1, §4.2),
 * and the marks a client puts before the lines it sent and received.
 */

const swaksDoc = 'jetmore/swaks, the reference documentation (doc/ref.txt, "--show-raw-text" and the transcript\'s prefixes): "===" what swaks says, "->" a line sent, "<-" a line received, "<**" a reply received that is an error, "~>" / "<~" / "<~*" the same inside TLS, "***" swaks\'s own error';

export interface SessionMark {
  /** The mark, without the blanks that follow it. */
  readonly text: string;
  readonly source: string;
}

/** Marks before the lines a client sent: its commands and the message's lines. */
export const sentLineMarks: readonly SessionMark[] = [
  {text: '->', source: swaksDoc},
  {text: '~>', source: `${swaksDoc}: inside TLS`},
];

/** Marks before the lines a client received: the server's replies. */
export const receivedLineMarks: readonly SessionMark[] = [
  {text: '<-', source: swaksDoc},
  {text: '<**', source: `${swaksDoc}: a reply that is an error`},
  {text: '<~', source: `${swaksDoc}: inside TLS`},
  {text: '<~*', source: `${swaksDoc}: an error reply inside TLS`},
];
