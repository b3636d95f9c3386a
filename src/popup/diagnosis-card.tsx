import type {RecipientDiagnosis} from '../decoder/types.ts';

/**
 * One recipient's diagnosis. Everything in it comes from hostile input (a bounce anyone can write),
 * so it is rendered as text nodes only.
 */
export function DiagnosisCard({diagnosis}: {readonly diagnosis: RecipientDiagnosis}) {
  const {recipient, reason, replyCode, status, hardBounce, action} = diagnosis;
  return (
    <article class="card">
      <h2>{reason.title}</h2>
      {recipient === undefined ? undefined : <p class="recipient">{recipient}</p>}
      <dl>
        <dt>Reply code</dt>
        <dd>{replyCode?.code ?? 'none'}</dd>
        <dt>Status code</dt>
        <dd>{status?.code ?? 'none'}</dd>
        <dt>Hard bounce</dt>
        <dd class={hardBounce ? 'hard' : undefined}>{hardBounce ? 'yes' : 'no'}</dd>
      </dl>
      <p class="action">{action.summary}</p>
    </article>
  );
}
