// LiteralSet (the Wu–Manber search behind every fixed-phrase scan) against the regular alternation
// it stands in for, and normalizeForMatch against the plain fold it replaced.

import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {
  escapeRegExp, foldTypography, includesAny, inOrder, type LiteralMatch, LiteralSet, maxSequenceGapLength, maxSequenceGapWords, normalizeForMatch,
} from '../../src/decoder/match-text.ts';

/** What `LiteralSet.matches` must equal: the alternation of the literals, longest first, flag `g`. */
function alternationMatches(literals: readonly string[], text: string, flags = 'g'): {text: string; index: number}[] {
  const sorted = [...new Set(literals)].filter((literal) => literal !== '').sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [];
  const pattern = new RegExp(sorted.map(escapeRegExp).join('|'), flags);
  return [...text.matchAll(pattern)].map((match) => ({text: flags.includes('i') ? match[0].toLowerCase() : match[0], index: match.index}));
}

describe('LiteralSet finds what the alternation of its literals finds', () => {
  const cases: {name: string; literals: string[]; text: string; want: [string, number][]}[] = [
    {name: 'one literal, twice', literals: ['user unknown'], text: 'user unknown; user unknown', want: [['user unknown', 0], ['user unknown', 14]]},
    {name: 'the longest at the same start', literals: ['mailbox', 'mailbox full'], text: 'the mailbox full', want: [['mailbox full', 4]]},
    {name: 'the leftmost before the longest', literals: ['box full', 'mailbox'], text: 'mailbox full', want: [['mailbox', 0]]},
    {name: 'no overlap after a match', literals: ['abcd', 'cdef'], text: 'abcdef', want: [['abcd', 0]]},
    {name: 'at the very end', literals: ['gsmtp'], text: 'over quota - gsmtp', want: [['gsmtp', 13]]},
    {name: 'literals of one character', literals: ['#', 'ab'], text: 'x#ab#', want: [['#', 1], ['ab', 2], ['#', 4]]},
    {name: 'non-ASCII literals', literals: ['сервером mail.ru', 'boîte pleine'], text: 'la boîte pleine; сервером mail.ru', want: [['boîte pleine', 3], ['сервером mail.ru', 17]]},
    {name: 'nothing there', literals: ['user unknown', 'mailbox full'], text: 'message accepted for delivery', want: []},
    {name: 'a text shorter than the window', literals: ['user unknown'], text: 'user', want: []},
    {name: 'an empty text', literals: ['x'], text: '', want: []},
    {name: 'no literals', literals: [], text: 'anything', want: []},
    {name: 'a prefix of a literal, not the literal', literals: ['delivery has failed'], text: 'delivery has fai', want: []},
  ];
  test.each(cases)('$name', ({literals, text, want}) => {
    const set = new LiteralSet(literals);
    expect([...set.matches(text)].map((match) => [match.text, match.index])).toEqual(want);
    expect(set.test(text)).toBe(want.length > 0);
    expect(set.first(text)?.index).toBe(want[0]?.[1]);
  });

  test('case-blind: ASCII and Latin-1 capitals match, other letters do not fold', () => {
    const set = new LiteralSet(['Delivery Has Failed', 'ursprüngliche nachricht'], {caseBlind: true});
    expect([...set.matches('DELIVERY HAS FAILED / URSPRÜNGLICHE NACHRICHT')].map((match) => match.text))
      .toEqual(['delivery has failed', 'ursprüngliche nachricht']);
    expect(new LiteralSet(['delivery']).test('DELIVERY')).toBe(false);
  });

  test('short and long literals interleave in one stream', () => {
    const set = new LiteralSet(['rbl', 'listed in the rbl', 'spf', 'spf check failed']);
    expect([...set.matches('rbl; spf check failed; listed in the rbl; spf')].map((match) => [match.text, match.index]))
      .toEqual([['rbl', 0], ['spf check failed', 5], ['listed in the rbl', 23], ['spf', 42]]);
    expect([...set.allIn('listed in the rbl')]).toEqual(['listed in the rbl', 'rbl']);
  });

  test('allIn and occurrences report overlapping literals too', () => {
    const set = new LiteralSet(['abcd', 'cdef', 'bc']);
    expect([...set.allIn('abcdef')].sort()).toEqual(['abcd', 'bc', 'cdef']);
    expect(set.occurrences('abcdef')).toEqual([{text: 'abcd', index: 0}, {text: 'bc', index: 1}, {text: 'cdef', index: 2}]);
    expect(set.allIn('xyz').size).toBe(0);
  });

  // Small alphabets make literals collide and overlap often: the hard cases for the shift table.
  // Lengths from 1 to 12 put literals on both sides of the short literals' own search.
  const letter = fc.constantFrom('a', 'b', 'c', ' ', '-', 'é');
  const literal = fc.array(letter, {minLength: 1, maxLength: 12}).map((letters) => letters.join(''));
  const literals = fc.array(literal, {minLength: 1, maxLength: 40});
  const text = fc.array(letter, {maxLength: 300}).map((letters) => letters.join(''));

  test('matches equal the alternation on generated literals and texts', () => {
    fc.assert(fc.property(literals, text, (list, input) => {
      expect([...new LiteralSet(list).matches(input)]).toEqual(alternationMatches(list, input));
    }), {numRuns: 500});
  });

  test('allIn equals the literals that the text includes', () => {
    fc.assert(fc.property(literals, text, (list, input) => {
      expect(new LiteralSet(list).allIn(input)).toEqual(new Set(list.filter((item) => input.includes(item))));
    }), {numRuns: 500});
  });

  test('occurrences equal every literal at every place, by where they start, then longest first', () => {
    fc.assert(fc.property(literals, text, (list, input) => {
      const distinct = [...new Set(list)];
      const want: {text: string; index: number}[] = [];
      for (let index = 0; index < input.length; index++) {
        for (const item of distinct.filter((candidate) => input.startsWith(candidate, index)).sort((a, b) => b.length - a.length)) want.push({text: item, index});
      }
      const set = new LiteralSet(list);
      expect(set.occurrences(input)).toEqual(want);
      expect([...set.allIn(input)]).toEqual([...new Set(want.map((match) => match.text))]);
    }), {numRuns: 500});
  });

  test.each([
    ['a long literal and a short one at the same place: the long one first', 'rbl listed', [['rbl listed', 0], ['rbl', 0]]],
    ['a short one before a long one', 'spf; rbl listed', [['spf', 0], ['rbl listed', 5], ['rbl', 5]]],
    ['a long one before a short one', 'rbl listed; spf', [['rbl listed', 0], ['rbl', 0], ['spf', 12]]],
    ['short ones only', 'spf rbl', [['spf', 0], ['rbl', 4]]],
    ['long ones only', 'mail is listed now', [['mail is listed', 0]]],
    ['none', 'nothing here', []],
  ] as const)('occurrences of short and long literals: %s', (_name, input, want) => {
    const set = new LiteralSet(['rbl', 'spf', 'rbl listed', 'mail is listed']);
    expect(set.occurrences(input).map((match) => [match.text, match.index])).toEqual(want);
  });

  test('case-blind matches equal the alternation with flag i, on ASCII', () => {
    const mixed = fc.array(fc.constantFrom('a', 'B', 'c', 'A', 'b', ' '), {maxLength: 200}).map((letters) => letters.join(''));
    const lower = fc.array(fc.array(fc.constantFrom('a', 'b', 'c', ' '), {minLength: 1, maxLength: 6}).map((letters) => letters.join('')), {minLength: 1, maxLength: 20});
    fc.assert(fc.property(lower, mixed, (list, input) => {
      expect([...new LiteralSet(list, {caseBlind: true}).matches(input)]).toEqual(alternationMatches(list, input, 'gi'));
    }), {numRuns: 500});
  });

  test('two scans of one set over different texts, interleaved, each find what they find alone', () => {
    // A set of few literals keeps where each literal was last found in the last text it read.
    for (const list of [['[data]'], ['rbl', 'spf'], ['user unknown', 'mailbox full'], ['a', 'b', 'c', 'd', 'e']]) {
      const set = new LiteralSet(list);
      const first = '[data] rbl a user unknown b spf [data] mailbox full c';
      const second = 'spf e mailbox full [data] d rbl';
      const alone = [[...set.matches(first)], [...set.matches(second)]];
      const scans = [set.matches(first), set.matches(second)];
      const interleaved: LiteralMatch[][] = [[], []];
      for (let done = [false, false]; !done.every(Boolean);) {
        for (const at of [0, 1]) {
          const step = scans[at]!.next();
          if (step.done) done[at] = true;
          else interleaved[at]!.push(step.value);
        }
      }
      expect(interleaved).toEqual(alone);
      expect(set.next(first, 30)).toEqual(alone[0]!.find((match) => match.index >= 30));
    }
  });

  test('the many literals of one set (hundreds, long) are all found', () => {
    const many = Array.from({length: 300}, (_, index) => `phrase number ${index} of the set`);
    const set = new LiteralSet(many);
    for (const phrase of many) expect(set.first(`x ${phrase} y`)).toEqual({text: phrase, index: 2});
    expect(set.test('phrase number 300 of the set')).toBe(false);
  });
});

describe('normalizeForMatch folds white space as /\\s+/ did', () => {
  const cases: [string, string][] = [
    ['Mailbox  FULL', 'mailbox full'],
    ['a\tb\nc\r\nd', 'a b c d'],
    ['  leading and trailing \n', 'leading and trailing'],
    ['no\u00a0break\u2028line', 'no break line'],
    ['single spaces stay', 'single spaces stay'],
    ['', ''],
  ];
  test.each(cases)('%j', (input, want) => expect(normalizeForMatch(input)).toBe(want));

  test('folds two texts joined by a line as the two folded apart, joined by a space (the subject and the notice)', () => {
    const piece = fc.constantFrom('A', 'b', ' ', '\t', '\n', 'Σ', 'x', '');
    const text = fc.array(piece, {maxLength: 20}).map((pieces) => pieces.join(''));
    fc.assert(fc.property(text, text, (first, second) => {
      expect([normalizeForMatch(first), normalizeForMatch(second)].filter((words) => words !== '').join(' ')).toBe(normalizeForMatch(`${first}\n${second}`));
    }), {numRuns: 500});
  });

  test('equals the plain fold on generated text', () => {
    const piece = fc.constantFrom('A', 'b', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', 'É', 'x');
    fc.assert(fc.property(fc.array(piece, {maxLength: 100}).map((pieces) => pieces.join('')), (input) => {
      expect(normalizeForMatch(input)).toBe(input.toLowerCase().replace(/\s+/g, ' ').trim());
    }), {numRuns: 500});
  });
});

describe('foldTypography()', () => {
  test.each([
    ['a no-break space before a colon', 'Code d\'état\u00a0: 550', 'Code d\'état : 550'],
    ['a narrow no-break space', 'Erreur signalée\u202f: 550', 'Erreur signalée : 550'],
    ['a thin space', 'Objet\u2009: x', 'Objet : x'],
    ['a typographic apostrophe', 'couldn\u2019t be delivered', 'couldn\'t be delivered'],
    ['a modifier-letter apostrophe', 'n\u02bca pas pu', 'n\'a pas pu'],
    ['a full-width colon', '状態コード\uff1a550 5.1.10', '状態コード:550 5.1.10'],
    ['decomposed accents (NFD)', 'Empfa\u0308ngeradresse, signale\u0301e', 'Empfängeradresse, signalée'],
    ['ASCII text, as it is', 'Status code: 550 5.1.10', 'Status code: 550 5.1.10'],
    ['an en dash and an em dash', 'Delivery failed \u2013 550 \u2014 unknown', 'Delivery failed - 550 - unknown'],
    ['curled double quotes', 'returned \u201c550 5.1.1 User unknown\u201d', 'returned "550 5.1.1 User unknown"'],
    ['other letters, as they are', 'Статус: 550 · 配信不能', 'Статус: 550 · 配信不能'],
    ['a zero-width space after an @ (no mention, no mailto link)', 'bob@\u200bexample.org', 'bob@example.org'],
    ['a soft hyphen where a long word may wrap', 'Recipient\u00adNotFound', 'RecipientNotFound'],
    ['a word joiner and a stray byte order mark', 'user\u2060unknown\ufeff', 'userunknown'],
    ['a Persian word\'s zero-width non-joiner, as it is', 'می\u200cخواهید', 'می\u200cخواهید'],
    ['left-to-right marks a right-to-left page puts around an address', 'הכתובת \u200ebob@example.org\u200e לא נמצאה', 'הכתובת bob@example.org לא נמצאה'],
    ['a right-to-left mark at a line\'s start, an Arabic letter mark', '\u200f550 5.1.1\u061c', '550 5.1.1'],
    ['embeddings and isolates around a code', '\u202a550\u202c \u2066 5.1.1\u2069 \u2067x\u2069 \u2068y\u2069 \u202bz\u202c \u202dw\u202c \u202ev\u202c', '550  5.1.1 x y z w v'],
    ['Hebrew and Arabic letters, as they are', 'שלום مرحبا', 'שלום مرحبا'],
  ])('%s', (_name, text, folded) => {
    expect(foldTypography(text)).toBe(folded);
  });

  test('leaves an ASCII text the very same string, and every other length unchanged but for composed accents and invisible characters', () => {
    const ascii = 'Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound';
    expect(foldTypography(ascii)).toBe(ascii);
    fc.assert(fc.property(fc.string({unit: fc.constantFrom('a', ':', '\u00a0', '\u2019', '\uff1a', '\u202f', '\u2014', '\u201c', 'é', '配')}), (text) => {
      expect(foldTypography(text).length).toBe(text.length);
    }));
  });

  test('includesAny() matches lower-case patterns in text of any typography', () => {
    expect(includesAny('ERREUR SIGNALE\u0301E\u00a0: 550', ['erreur signalée :'])).toBe(true);
    expect(includesAny('Erreur signalée', ['erreur signalée :'])).toBe(false);
  });
});

/** What `inOrder` must equal: some place of the fragments in order, each middle short enough (every start and every later place tried). */
function referenceInOrder(text: string, fragments: readonly string[], from = 0, first = true): boolean {
  const [fragment, ...rest] = fragments;
  if (fragment === undefined) return true;
  for (let at = text.indexOf(fragment, from); at >= 0; at = text.indexOf(fragment, at + 1)) {
    const middle = text.slice(from, at).trim();
    const words = middle === '' ? 0 : middle.split(' ').length;
    if (!first && (at - from > maxSequenceGapLength || words > maxSequenceGapWords)) break;
    if (referenceInOrder(text, rest, at + fragment.length, false)) return true;
  }
  return false;
}

describe('inOrder(): a sequence\'s fragments in order, with a short middle between them', () => {
  test.each([
    ['a host name in the middle', 'dns lookup failure: host example.org not found', ['host ', ' not found'], true],
    ['an address in the middle', 'user bob@example.org does not exist', ['user ', ' does not exist'], true],
    ['a few words in the middle', 'mailbox for user bob is full', ['mailbox ', ' full'], true],
    ['three fragments', 'the size of message exceeds the limit', ['size ', ' message', ' exceeds '], true],
    ['a later start that is near, after an earlier one that is not', 'host mx.example.net said: 550 the mailbox you specified was not found; host example.org not found', ['host ', ' not found'], true],
    ['no middle at all', 'relay denied', ['relay', ' denied'], true],
    ['a frame and a reply between the words', 'host mx.example.com[192.0.2.1] said: 550 the mailbox you specified was not found', ['host ', ' not found'], false],
    ['words of two sentences of a notice', 'this is the mail system at host mx.example.net. i\'m sorry to have to inform you that the recipient was not found', ['host ', ' not found'], false],
    ['a middle past the length bound, in one word', `user ${'x'.repeat(maxSequenceGapLength + 1)} does not exist`, ['user ', ' does not exist'], false],
    ['the fragments the other way round', 'not found: host example.org', ['host ', ' not found'], false],
    ['a fragment missing', 'host example.org', ['host ', ' not found'], false],
  ] as const)('%s', (_name, text, fragments, want) => {
    expect(inOrder(text, fragments)).toBe(want);
    expect(referenceInOrder(text, fragments)).toBe(want);
  });

  test('equals the search that tries every place of every fragment', () => {
    const text = fc.string({unit: fc.constantFrom('a', 'b', ' ', 'ab ', 'x')});
    const fragments = fc.array(fc.constantFrom('a', 'b', 'ab', ' b', 'a '), {minLength: 1, maxLength: 3});
    fc.assert(fc.property(text, fragments, (input, parts) => {
      expect(inOrder(input, parts)).toBe(referenceInOrder(input, parts));
    }), {numRuns: 2000});
  });

  test('stays linear on a long text of near misses', () => {
    const text = `${'host a b c d e f g '.repeat(20_000)}not found`;
    const started = performance.now();
    expect(inOrder(text, ['host ', ' not found'])).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
