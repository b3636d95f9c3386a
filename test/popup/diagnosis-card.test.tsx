// @vitest-environment happy-dom
/**
 * DiagnosisCard(): everything on the card comes from a bounce anyone can write, so the card makes one
 * kind of link only, to a provider's documentation page as our rules name it, and shows all else as text.
 */
import {act, cleanup, render, screen} from '@testing-library/preact';
import {afterEach, describe, expect, test, vi} from 'vitest';
import type {ProviderMatch, RecipientDiagnosis} from '../../src/decoder/types.ts';
import {DiagnosisCard} from '../../src/popup/diagnosis-card.tsx';
import {providers} from '../../src/rules/index.ts';
import {diagnosisOf, hardBounce} from './diagnoses.ts';

vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));

afterEach(cleanup);

const yahoo = providers.find(({info}) => info.id === 'yahoo')!;
/** A row's own page, which differs from the provider's: rows may name a page of their own. */
const rowDocsUrl = yahoo.rows.map(({docsUrl}) => docsUrl).find((url) => url !== yahoo.info.docsUrl)!;

/** Renders a card with its details opened, as a click on "Codes, provider and why" does. */
function renderOpened(diagnosis: RecipientDiagnosis): {container: Element} {
  const {container} = render(<DiagnosisCard diagnosis={diagnosis} />);
  const details = container.querySelector('details')!;
  void act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
  return {container};
}

function withDocs(docsUrl: string): RecipientDiagnosis {
  const provider: ProviderMatch = {id: 'yahoo', name: yahoo.info.name, code: 'TSS04', docsUrl};
  return diagnosisOf({provider});
}

describe('DiagnosisCard()', () => {
  test.each<[string, RecipientDiagnosis, string | undefined]>([
    ['links the provider\'s page from the rules', withDocs(yahoo.info.docsUrl), yahoo.info.docsUrl],
    ['links a provider row\'s own page from the rules', withDocs(rowDocsUrl), rowDocsUrl],
    ['links no https URL that no rule names', withDocs('https://evil.example/'), undefined],
    ['links no script URL', withDocs('javascript:alert(1)'), undefined],
    ['links nothing without a provider', hardBounce, undefined],
  ])('%s', (_name, diagnosis, linked) => {
    const {container} = renderOpened(diagnosis);
    const links = [...container.querySelectorAll('a, [href]')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(linked === undefined ? [] : [linked]);
    for (const link of links) {
      // Opened pages get neither a handle on the popup nor its address.
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      expect(link.textContent).toBe('Yahoo / AOL documentation');
    }
  });

  const spamhaus = providers.find(({info}) => info.id === 'spamhaus')!;
  const microsoft = providers.find(({info}) => info.id === 'microsoft365')!;
  const spamhausMatch: ProviderMatch = {id: 'spamhaus', name: spamhaus.info.name, meaning: 'The receiver points to a Spamhaus listing.', docsUrl: spamhaus.info.docsUrl};
  test.each<[string, RecipientDiagnosis, string[], string[]]>([
    [
      'shows the blocklist a provider\'s server quoted beside the provider, with its page',
      diagnosisOf({provider: {id: 'microsoft365', name: microsoft.info.name, docsUrl: microsoft.info.docsUrl}, blocklist: spamhausMatch}),
      ['Provider', 'Blocklist'], [microsoft.info.docsUrl, spamhaus.info.docsUrl],
    ],
    ['shows the blocklist once where it is the provider', diagnosisOf({provider: spamhausMatch, blocklist: spamhausMatch}), ['Provider'], [spamhaus.info.docsUrl]],
  ])('%s', (_name, diagnosis, labels, linked) => {
    const {container} = renderOpened(diagnosis);
    expect([...container.querySelectorAll('dt')].map((term) => term.textContent).filter((label) => label === 'Provider' || label === 'Blocklist')).toEqual(labels);
    expect([...container.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual(linked);
  });

  test.each<[string, readonly string[]]>([
    ['lists the places where the bounce contradicts itself, as text', ['Reply 550 is permanent, status 4.2.2 is temporary.', '<b>Status</b> <a href="https://evil.example/">says</a> otherwise']],
    ['says nothing about contradictions when there are none', []],
  ])('%s', (_name, conflicts) => {
    const {container} = renderOpened(diagnosisOf({conflicts}));
    const heading = screen.queryByRole('heading', {name: 'Where the bounce contradicts itself'});
    expect(heading === null).toBe(conflicts.length === 0);
    expect([...container.querySelectorAll('.conflicts > li')].map((item) => item.textContent)).toEqual(conflicts);
    expect(container.querySelector('b, a')).toBeNull();
  });
});

describe('the IP addresses a reply names', () => {
  test.each<[string, RecipientDiagnosis, string[]]>([
    ['a blocked server: its IP to copy', diagnosisOf({reason: {id: 'blocked', title: 'Your server was refused'}, hardBounce: false, ips: ['203.0.113.9'], diagnostic: '554 5.7.1 Client host [203.0.113.9] blocked'}), ['203.0.113.9']],
    ['a bad reputation: its IPs to copy', diagnosisOf({reason: {id: 'badreputation', title: 'Bad reputation'}, hardBounce: false, ips: ['203.0.113.9', '2001:db8::1'], diagnostic: '421 mail from 203.0.113.9 and from 2001:db8::1 deferred'}), ['203.0.113.9', '2001:db8::1']],
    ['a provider\'s dotted code is no IP to act on', diagnosisOf({reason: {id: 'badreputation', title: 'Bad reputation'}, hardBounce: false, ips: ['4.16.55.1'], diagnostic: '421 deferred due to user complaints - 4.16.55.1'}), []],
    ['an unknown address: the receiving server\'s IP, nothing to act on', diagnosisOf({ips: ['192.0.2.1']}), []],
    ['no IP named', diagnosisOf({reason: {id: 'blocked', title: 'Your server was refused'}, hardBounce: false, ips: []}), []],
  ])('%s', (_name, diagnosis, shown) => {
    const {container} = render(<DiagnosisCard diagnosis={diagnosis} />);
    expect([...container.querySelectorAll('.picked-out code')].map((code) => code.textContent)).toEqual(shown);
    expect(shown.map((ip) => screen.queryByRole('button', {name: `Copy ${ip}`}) !== null)).toEqual(shown.map(() => true));
  });
});

describe('the blocklist zones a reply names', () => {
  test.each<[string, string, string[]]>([
    ['a zone quoted', '554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org', ['zen.spamhaus.org']],
    ['none quoted', '550 5.1.1 user unknown', []],
  ])('%s', (_name, diagnostic, zones) => {
    const {container} = render(<DiagnosisCard diagnosis={diagnosisOf({diagnostic})} />);
    expect([...container.querySelectorAll('.picked-out code')].map((code) => code.textContent)).toEqual(zones);
    expect(zones.map((zone) => screen.queryByRole('button', {name: `Copy ${zone}`}) !== null)).toEqual(zones.map(() => true));
  });
});

describe('the public lookup of an IP address', () => {
  const blocked = (ips: string[]) => diagnosisOf({reason: {id: 'blocked', title: 'Your server was refused'}, hardBounce: false, ips, diagnostic: `554 5.7.1 ${ips.map((ip) => `Client host [${ip}]`).join(', ')} blocked`});
  test.each<[string, RecipientDiagnosis, (string | null)[]]>([
    ['a validated IPv4 address links to its lookup', blocked(['203.0.113.9']), ['https://check.spamhaus.org/results/?query=203.0.113.9']],
    ['an IPv6 address, in its usual form', blocked(['2001:DB8:0:0:0:0:0:1']), ['https://check.spamhaus.org/results/?query=2001%3Adb8%3A%3A1']],
    ['a value that is not an address links nothing', blocked(['javascript:alert(1)', '203.0.113.9/x']), []],
    ['no lookup where the IP is not the sender\'s', diagnosisOf({ips: ['192.0.2.1']}), []],
  ])('%s', (_name, diagnosis, hrefs) => {
    const {container} = render(<DiagnosisCard diagnosis={diagnosis} />);
    const links = [...container.querySelectorAll('a.lookup')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(hrefs);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  });
});

describe('the domain a blocklist listed', () => {
  test('is picked out to copy, with its lookup', () => {
    const {container} = render(<DiagnosisCard diagnosis={diagnosisOf({diagnostic: '554 5.7.1 Service unavailable; Sender address [bob@spam.example] blocked using dbl.spamhaus.org'})} />);
    expect([...container.querySelectorAll('.picked-out code')].map((code) => code.textContent)).toEqual(['dbl.spamhaus.org', 'spam.example']);
    expect([...container.querySelectorAll('a.lookup')].map((link) => link.getAttribute('href'))).toEqual(['https://check.spamhaus.org/results/?query=spam.example']);
  });
});
