// Times Mozilla Readability + jsdom on each page of a list written by `Articles.Benchmarks --list FILE`
// (lines "name TAB path TAB url"). Same method as the .NET per-page timer: one warm-up run, then repeats until a
// time budget or an iteration cap, and the median is kept. Prints "name TAB median-ms" per page on stdout.
//   node readability-bench.mjs LIST [--budget-ms 150] [--smoke]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const listPath = args[0];
if (!listPath) {
  console.error('usage: node readability-bench.mjs LIST [--budget-ms 150] [--smoke]');
  process.exit(2);
}
const smoke = args.includes('--smoke');
const budgetMs = smoke ? 0 : Number(option('--budget-ms', '150'));
const minIterations = smoke ? 1 : 3;
const maxIterations = smoke ? 1 : 15;

// Pages' own console output and CSS errors would only add noise to the timings.
const quiet = new VirtualConsole();

function extract(bytes, url) {
  // jsdom sniffs the charset from the bytes (BOM, <meta charset>), as a browser would.
  const dom = new JSDOM(bytes, { url, virtualConsole: quiet });
  try {
    return new Readability(dom.window.document).parse();
  } finally {
    dom.window.close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const pages = readFileSync(listPath, 'utf8').split('\n').filter(Boolean).map((line) => {
  const [name, path, url] = line.split('\t');
  return { name, path, url };
});

console.log('# page\treadability_ms');
let done = 0;
for (const page of pages) {
  const bytes = readFileSync(page.path);
  let ms;
  try {
    extract(bytes, page.url);
    const samples = [];
    let spent = 0;
    while (samples.length < minIterations || (spent < budgetMs && samples.length < maxIterations)) {
      const start = performance.now();
      extract(bytes, page.url);
      const elapsed = performance.now() - start;
      samples.push(elapsed);
      spent += elapsed;
    }
    ms = median(samples);
  } catch (error) {
    console.error(`${page.name}: ${error.message}`);
    continue;
  }
  console.log(`${page.name}\t${ms.toFixed(3)}`);
  if (++done % 25 === 0) console.error(`  readability ${done}/${pages.length}`);
}
