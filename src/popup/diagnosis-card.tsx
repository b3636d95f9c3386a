import type {ComponentChildren} from 'preact';
import {useId, useState} from 'preact/hooks';
import type {Evidence, ProviderMatch, RecipientDiagnosis} from '../decoder/types.ts';
import {message, type MessageName} from '../shared/browser.ts';
import {CopyButton} from './copy-button.tsx';
import {isKnownDocsUrl} from './docs-url.ts';
import {spamhausDomainLookupUrl, spamhausLookupUrl} from './lookup-url.ts';
import {blocklistZonesIn} from './picked-out.ts';
import {aboutTheSendingServer, listedDomainsIn, refusedIpsIn} from '../shared/refused-ips.ts';
import {highlightSegments} from './highlight.ts';
import {diagnosisJson, plainTextSummary, statusParts} from './summary.ts';
import {ToneIcon} from './tone-icon.tsx';
import {localizedRuleTexts} from '../shared/rule-text.ts';
import {addressAdvice, verdictOf} from '../shared/verdict.ts';

/**
 * How much of the diagnostic line the card shows. Hostile or broken bounces carry lines of a
 * megabyte; laying all of it out would freeze the popup, and the JSON has it in full.
 */
const shownDiagnosticLength = 3000;

const evidenceLabels: Readonly<Record<Evidence['about'], MessageName>> = {
  replyCode: 'fieldReplyCode',
  status: 'fieldStatusCode',
  reason: 'fieldReason',
  provider: 'fieldProvider',
  recipient: 'fieldRecipient',
  kind: 'fieldKind',
  action: 'fieldWhatToDo',
};

/** Stands in for a node in a translated sentence, so the sentence decides where the node goes. */
const placeholder = '\uE000';

/** A translated sentence with `code` rendered as `<code>` where the placeholder stood. */
function WithCode({text, code}: {readonly text: string; readonly code: string}) {
  const [before = '', after = ''] = text.split(placeholder);
  return <>{before}<code>{code}</code>{after}</>;
}

/** One labelled fact of the card; nothing at all when there is nothing to say. */
function Fact({label, children}: {readonly label: MessageName; readonly children: ComponentChildren}) {
  return (
    <>
      <dt>{message(label)}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A provider's or a blocklist's part of the card: its name, its own code, what it says the reply means, its documentation. */
function ProviderFacts({provider}: {readonly provider: ProviderMatch}) {
  return (
    <>
      {provider.name}
      {provider.code === undefined ? undefined : <> · <WithCode text={message('providerCode', placeholder)} code={provider.code} /></>}
      {provider.meaning === undefined ? undefined : <p class="detail">{provider.meaning}</p>}
      {isKnownDocsUrl(provider.docsUrl)
        ? <p class="docs"><a href={provider.docsUrl} target="_blank" rel="noopener noreferrer">{message('providerDocs', provider.name)}</a></p>
        : undefined}
    </>
  );
}

/**
 * The diagnostic line with the parts that led to a conclusion in `<mark>`, and the list of those
 * conclusions. Text nodes and `<mark>` elements only: the line is hostile input.
 */
function Why({diagnosis}: {readonly diagnosis: RecipientDiagnosis}) {
  const headingId = useId();
  const shown = diagnosis.diagnostic.slice(0, shownDiagnosticLength);
  const segments = highlightSegments(shown, diagnosis.evidence.map(({text}) => text));
  const found = new Set(segments.flatMap(({marks}) => marks));
  return (
    <section class="why" aria-labelledby={headingId}>
      <h3 id={headingId}>{message('why')}</h3>
      <p class="hint">{message('whyHint')}</p>
      {/* A scrollable region must be reachable by keyboard to be scrolled. */}
      <p class="diagnostic" tabIndex={0} aria-label={message('fieldDiagnostic')}>
        {segments.map(({text, marks}, index) => (marks.length === 0
          ? text
          : <mark key={index} title={marks.map((mark) => diagnosis.evidence[mark]?.note).join('\n')}>{text}</mark>))}
        {shown.length < diagnosis.diagnostic.length
          ? <span class="clipped">{message('diagnosticClipped', (diagnosis.diagnostic.length - shown.length).toLocaleString('en'))}</span>
          : undefined}
      </p>
      {diagnosis.evidence.length === 0 ? undefined : (
        <details class="evidence">
          <summary>{message('evidenceDetails', String(diagnosis.evidence.length))}</summary>
          <ul>
            {diagnosis.evidence.map((evidence, index) => (
              <li key={index}>
                <span class="about">{message(evidenceLabels[evidence.about])}</span>{' '}
                <q>{evidence.text}</q>{found.has(index) ? undefined : <span class="elsewhere"> ({message('evidenceElsewhere')})</span>}
                {': '}{evidence.note}
              </li>
            ))}
          </ul>
        </details>
      )}
      {diagnosis.conflicts.length === 0 ? undefined : (
        <>
          <h4>{message('conflicts')}</h4>
          <ul class="conflicts">
            {diagnosis.conflicts.map((conflict, index) => <li key={index}>{conflict}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}

/** Whether each card's details are open, by card: kept while the popup lives, across re-renders. */
const openDetails = new Map<string, boolean>();

/** What identifies a card across decodings of the same text: its recipient, reason and reply. */
function cardKey(diagnosis: RecipientDiagnosis): string {
  return `${diagnosis.recipient ?? ''}\u0000${diagnosis.reason.id}\u0000${diagnosis.diagnostic.slice(0, 200)}`;
}

/**
 * Values a reply names that a person acts on, each with a button that copies it, and for an IP
 * address a link to its public blocklist lookup, built from the validated address alone.
 */
function PickedOut({label, values, lookUp}: {
  readonly label: MessageName;
  readonly values: readonly string[];
  readonly lookUp?: (value: string) => string | undefined;
}) {
  return (
    <p class="picked-out">
      <span class="label">{message(label)}</span>{' '}
      {values.map((value) => {
        const lookupUrl = lookUp?.(value);
        return (
          <span class="value" key={value}>
            <code>{value}</code>
            <CopyButton label={message('copyValue', value)} text={() => value} compact />
            {lookupUrl === undefined ? undefined : (
              <a class="lookup" href={lookupUrl} target="_blank" rel="noopener noreferrer">{message('lookupIp', value)}</a>
            )}
          </span>
        );
      })}
    </p>
  );
}

/**
 * One recipient's diagnosis, answer first: the verdict, the address, what to do about the address
 * and the next step fit the popup's first screen; the codes' breakdown, the provider's wording, the
 * steps, the retry schedule and the evidence wait one click away. Everything in it comes from
 * hostile input (a bounce anyone can write), so it is rendered as text nodes only; the links are a
 * provider's documentation page from our rules, and the public lookup of a validated IP address.
 */
export function DiagnosisCard({diagnosis, id}: {readonly diagnosis: RecipientDiagnosis; readonly id?: string}) {
  const headingId = useId();
  const todoId = useId();
  const verdict = verdictOf(diagnosis);
  const texts = localizedRuleTexts(diagnosis);
  const key = cardKey(diagnosis);
  const [open, setOpen] = useState(openDetails.get(key) ?? false);
  const {recipient, replyCode, status, hardBounce, provider, blocklist, action, remoteHost, command, ips} = diagnosis;
  const refusedIps = aboutTheSendingServer.has(diagnosis.reason.id) ? refusedIpsIn(diagnosis.diagnostic, ips) : [];
  const zones = blocklistZonesIn(diagnosis.diagnostic);
  const listedDomains = listedDomainsIn(diagnosis.diagnostic);
  return (
    <article class={`card tone-${verdict.tone}`} aria-labelledby={headingId} id={id} tabIndex={id === undefined ? undefined : -1}>
      <header class="verdict">
        <ToneIcon tone={verdict.tone} />
        {/* elementtiming: the popup benchmark reads when this text was first painted. */}
        <h2 id={headingId} elementtiming="verdict">{verdict.text}</h2>
      </header>
      <p class={recipient === undefined ? 'recipient unnamed' : 'recipient'}>{recipient ?? message('recipientUnknown')}</p>
      <p class={hardBounce ? 'address-advice hard' : 'address-advice'}>{addressAdvice(diagnosis)}</p>
      <section class="todo" aria-labelledby={todoId}>
        <h3 id={todoId}>{message('fieldWhatToDo')}</h3>
        <p>{texts.summary}</p>
      </section>
      {refusedIps.length === 0 ? undefined : <PickedOut label="fieldIps" values={refusedIps} lookUp={spamhausLookupUrl} />}
      {zones.length === 0 ? undefined : <PickedOut label="fieldBlocklists" values={zones} />}
      {listedDomains.length === 0 ? undefined : <PickedOut label="fieldListedDomains" values={listedDomains} lookUp={spamhausDomainLookupUrl} />}
      <details class="more" open={open} onToggle={(event) => {
        const isOpen = (event.currentTarget).open;
        openDetails.set(key, isOpen);
        setOpen(isOpen);
      }}>
        <summary>{message('moreDetails')}</summary>
        {/* Rendered only once opened: a closed card costs no more than its first screen. */}
        {open ? (
          <>
            <dl class="facts">
              <Fact label="fieldReason">{texts.title}</Fact>
              {replyCode === undefined ? undefined : (
                <Fact label="fieldReplyCode"><code>{replyCode.code}</code> {replyCode.meaning}</Fact>
              )}
              {status === undefined ? undefined : (
                <Fact label="fieldStatusCode">
                  <code>{status.code}</code>
                  {status.providerMeaning === undefined ? undefined : (
                    <p class="detail">{message('statusProviderMeaning', status.providerMeaning.provider, status.providerMeaning.text)}</p>
                  )}
                  <ul class="status-parts">
                    {statusParts(status).map(({part, code, title}) => (
                      <li key={part}><code>{code}</code> <span class="part">{part}</span> {title}</li>
                    ))}
                  </ul>
                  {status.providerMeaning === undefined
                    ? (status.detailDescription === undefined ? undefined : <p class="detail">{status.detailDescription}</p>)
                    : (status.detailTitle === undefined ? undefined : <p class="detail">{message('statusRegistryMeaning', status.detailTitle)}</p>)}
                </Fact>
              )}
              {provider === undefined ? undefined : <Fact label="fieldProvider"><ProviderFacts provider={provider} /></Fact>}
              {blocklist === undefined || blocklist.id === provider?.id ? undefined : <Fact label="fieldBlocklist"><ProviderFacts provider={blocklist} /></Fact>}
              {remoteHost === undefined ? undefined : <Fact label="fieldRemoteHost">{remoteHost}</Fact>}
              {command === undefined ? undefined : <Fact label="fieldCommand"><code>{command}</code></Fact>}
            </dl>
            {texts.steps.length === 0 ? undefined : (
              <section class="steps">
                <h3>{message('allSteps')}</h3>
                <ol>{texts.steps.map((step, index) => <li key={index}>{step}</li>)}</ol>
              </section>
            )}
            {action.retry === undefined ? undefined : (
              <dl class="retry">
                <dt>{message('retrySchedule')}</dt>
                <dd>{action.retry.schedule}</dd>
                <dt>{message('retryGiveUp')}</dt>
                <dd>{action.retry.giveUpAfter}</dd>
              </dl>
            )}
            <Why diagnosis={diagnosis} />
          </>
        ) : undefined}
      </details>
      <footer class="copy-buttons">
        <CopyButton label={message('copySummary')} text={() => plainTextSummary(diagnosis)} />
        <CopyButton label={message('copyJson')} text={() => diagnosisJson(diagnosis)} />
      </footer>
    </article>
  );
}
