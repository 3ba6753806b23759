// Shared driver of the peer extractors: reads analyze JSON Lines on stdin,
// calls `extract(text)` (which returns {numbers, entities} counts) for each
// document until --max-seconds of extraction time are spent, writes one JSON
// line per document on stdout, and a summary line on stderr:
// {"documents","bytes","seconds"} where seconds is extraction time only (model
// loading, a warm-up call and I/O are left out, in the peer's favour).
'use strict';
const fs = require('fs');

function run(extract) {
  const arg = process.argv.indexOf('--max-seconds');
  const maxSeconds = arg > 0 ? Number(process.argv[arg + 1]) : Infinity;
  const lines = fs.readFileSync(0, 'utf8').split('\n');
  extract('Warm-up: about 12 people paid $3 million, 40% more, said Dr. Lee Marsh.');
  const out = [];
  let bytes = 0, documents = 0, seconds = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    if (seconds >= maxSeconds) break;
    const doc = JSON.parse(line);
    const start = process.hrtime.bigint();
    const found = extract(doc.content);
    seconds += Number(process.hrtime.bigint() - start) / 1e9;
    bytes += Buffer.byteLength(doc.content, 'utf8');
    documents += 1;
    out.push(JSON.stringify({ id: doc.id, ...found }));
  }
  fs.writeFileSync(1, out.join('\n') + '\n');
  process.stderr.write(JSON.stringify({ documents, bytes, seconds }) + '\n');
}

module.exports = { run };
