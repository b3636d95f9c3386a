import type {MtaFamily} from '../types.ts';

// gen_smtp (gen-smtp/gen_smtp), the SMTP client of Erlang and Elixir applications (Swoosh's SMTP
// adapter, Zotonic): a refused command throws {permanent_failure, Reply} (a reply of any class but
// 4) or {temporary_failure, Reply}, the reply as read, code and line ends kept; the call returns
// {error, no_more_hosts, {permanent_failure, Host, Reply}} or, its retries spent, {error,
// retries_exceeded, {temporary_failure, Host, Reply}}.
const client = 'gen-smtp/gen_smtp src/gen_smtp_client.erl@a07e8b73c6c816ed57989c034f2dcceaca0ff923 (try_MAIL_FROM, try_RCPT_TO, try_DATA: throw({permanent_failure, Msg}) or throw({temporary_failure, Msg}); send_it / try_smtp_sessions: {error, no_more_hosts, ...}, {error, retries_exceeded, ...})';
const swoosh = 'swoosh/swoosh lib/swoosh/adapters/smtp.ex@6872c054862edfd330cb8f24d4a82348d4afbd23 ({:error, type, message} -> {:error, {type, message}})';

/** gen_smtp's failures, as Erlang and Elixir print the term. */
export default {
  id: 'gen-smtp',
  name: 'gen_smtp (Erlang, Elixir)',
  source: `${client}; ${swoosh}`,
  // The failure's atom apart from its reply: the term's first element names it.
  exceptionNames: [
    {text: 'permanent_failure', source: client},
    {text: 'temporary_failure', source: client},
  ],
  permanent: [
    {text: '{permanent_failure,', source: `${client}: no retry, no other host tried`},
    {text: '{:permanent_failure,', source: `${swoosh}: the same term as Elixir prints it`},
  ],
  sendFailed: [
    {text: 'no_more_hosts', source: `${client}: every host tried, the message is not sent`},
    {text: 'retries_exceeded', source: `${client}: the retries spent; nothing is queued after the call`},
  ],
} satisfies MtaFamily;
