import type {ProviderId, ReasonId, StatusClass} from '../rules/types.ts';

export type {ProviderId, ReasonId, StatusClass};

/**
 * What kind of message the input was. `none`: no delivery's outcome in it: no SMTP reply at all, or
 * only a login refused (RFC 4954's 535), whose recipients then explain that reply.
 */
export type MessageKind = 'bounce' | 'delay' | 'delivered' | 'autoreply' | 'feedback' | 'none';

/** Why the decoder concluded something: a part of the input and what it led to. */
export interface Evidence {
  /** Which conclusion this supports. */
  readonly about: 'replyCode' | 'status' | 'reason' | 'provider' | 'recipient' | 'kind' | 'action';
  /** The exact substring of the input (or of the diagnostic line) that led to it. */
  readonly text: string;
  /** A short sentence: why that text means what we concluded. */
  readonly note: string;
}

export interface ReplyCodeInfo {
  /** `550` */
  readonly code: string;
  readonly class: StatusClass | '3';
  readonly meaning: string;
}

export interface StatusCodeInfo {
  /** `5.1.1` */
  readonly code: string;
  readonly class: StatusClass;
  readonly classTitle: string;
  readonly subjectTitle: string;
  /** Undefined for codes outside the IANA registry (e.g. Microsoft's `5.7.606`). */
  readonly detailTitle?: string;
  readonly detailDescription?: string;
  /**
   * The provider's own documented meaning of this code, where it replaces the registry's for this
   * reply (Microsoft's 5.1.10 is "recipient not found", the registry's "null MX"): whose it is, and what.
   */
  readonly providerMeaning?: {readonly provider: string; readonly text: string};
}

export interface ProviderMatch {
  readonly id: ProviderId;
  readonly name: string;
  /** The provider's own code found in the reply (`TSS04`, `5.7.606`, `AS(201806281)`). */
  readonly code?: string;
  /** The provider's explanation of this reply when one of its rows matched. */
  readonly meaning?: string;
  readonly docsUrl: string;
}

export interface SuggestedAction {
  /** Machine name of the action. */
  readonly id:
    | 'none' | 'retry' | 'wait' | 'suppress' | 'fix-address' | 'fix-authentication' | 'request-delisting'
    | 'slow-down' | 'fix-content' | 'contact-recipient' | 'fix-sender' | 'fix-server';
  /** One sentence a person can act on. */
  readonly summary: string;
  /** Ordered steps. */
  readonly steps: readonly string[];
  /** For temporary failures: how retrying should go and when to give up. */
  readonly retry?: {readonly schedule: string; readonly giveUpAfter: string};
}

/** The diagnosis of one failed (or delivered) recipient. */
export interface RecipientDiagnosis {
  readonly recipient?: string;
  readonly replyCode?: ReplyCodeInfo;
  readonly status?: StatusCodeInfo;
  readonly reason: {readonly id: ReasonId; readonly title: string};
  /** The address itself is dead: remove it from lists. */
  readonly hardBounce: boolean;
  /**
   * The class of the failure: final (5xx, or a failure notice's own word) vs temporary (4xx, a
   * delay's words); undefined when nothing says. Whether the sending server still retries is the
   * message's `kind`: a notice may give up after a temporary reply, or retry a permanent one.
   */
  readonly permanent?: boolean;
  /**
   * The provider that answered, where the notice names it (its server's host, its own codes and
   * words); failing that, the blocklist whose listing the reply quotes.
   */
  readonly provider?: ProviderMatch;
  /**
   * The blocklist whose listing the reply quotes (Spamhaus, SpamCop), with its explanation, where
   * that explains the refusal: a provider's server that cites a listing is `provider`, the listing
   * this. The same as `provider` when no answering provider is named.
   */
  readonly blocklist?: ProviderMatch;
  readonly action: SuggestedAction;
  readonly evidence: readonly Evidence[];
  /** Where reply code, enhanced code and text disagree, one sentence each. */
  readonly conflicts: readonly string[];
  readonly remoteHost?: string;
  readonly ips: readonly string[];
  /** The SMTP command the reply answered (`RCPT TO`, `DATA`, ...). */
  readonly command?: string;
  /** For a feedback report: its Feedback-Type (`abuse`, `auth-failure`, ...), which says what it reports. */
  readonly feedbackType?: string;
  /** The exact diagnostic line as found, untouched. */
  readonly diagnostic: string;
  /**
   * The sending server gave up after retrying ("4.4.7 Message expired"): the codes and reason are
   * those of its last attempt, which the expiry quotes (`<421 4.4.2 Connection timed out>`).
   */
  readonly queueGaveUp?: true;
}

export interface DecodeResult {
  readonly kind: MessageKind;
  /** How the input was read. */
  readonly format: 'raw-message' | 'json' | 'text';
  readonly recipients: readonly RecipientDiagnosis[];
  /** ARF feedback type for `feedback` messages (`abuse`, ...). */
  readonly feedbackType?: string;
}
