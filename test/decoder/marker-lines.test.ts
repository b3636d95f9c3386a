// The returned original starts at a server's marker line: a line that opens with one of the
// templates' markers (`originalMessageMarkers`), in any case, after optional indentation, whatever
// ends the lines (LF, CRLF, CR).

import {describe, expect, test} from 'vitest';
import {cutAtMarker} from '../../src/decoder/find-failures.ts';
import {templateOriginalMessageMarkers} from '../../src/decoder/templates.ts';

const noticeLines = ['This is the mail system at host mx.example.net.', '', '<bob@example.org>: 550 5.1.1 unknown'];
const lineEnds = {LF: '\n', CRLF: '\r\n', CR: '\r'};

describe('a marker line cuts the returned original', () => {
  const cases = templateOriginalMessageMarkers.flatMap((marker) => Object.entries(lineEnds).flatMap(([endName, end]) => [
    {name: `${marker} | ${endName}`, markerLine: marker, end, cut: true},
    {name: `${marker} | ${endName}, indented, in capitals`, markerLine: `  \t${marker.toUpperCase()}`, end, cut: true},
    {name: `${marker} | ${endName}, inside a line`, markerLine: `As quoted: ${marker}`, end, cut: false},
  ]));
  test.each(cases)('$name', ({markerLine, end, cut}) => {
    const notice = noticeLines.join(end) + end;
    const text = `${notice}${markerLine}${end}Subject: hi${end}`;
    expect(cutAtMarker(text)).toBe(cut ? notice : text);
  });
  test('a marker on the first line', () => {
    expect(cutAtMarker(`${templateOriginalMessageMarkers[0]}\nSubject: hi`)).toBe('');
  });
});
